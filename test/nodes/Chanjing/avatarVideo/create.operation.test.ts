import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { envelope, expectPost } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { expectUpload, useFastUploads } from '../../../helpers/file-api';
import {
	CDN,
	clonedVoice,
	customAvatar,
	expectClonedVoices,
	expectCustomAvatars,
	expectPublicAvatars,
	expectPublicVoices,
	publicAvatar,
	publicAvatar4k,
	publicVoice,
} from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { askTool } from '../../../helpers/tool-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, webpImage } = require('../../../helpers/images');

/**
 * Avatar Video → Create (node version 2) through n8n-core with nock: the body Chanjing's own
 * script sends (VC create_task), the checks before it, waiting, download, money.
 */
const V2 = { typeVersion: 2 };
const CREATE = '/open/v1/create_video';
const DETAIL = '/open/v1/video';
const LIST = '/open/v1/video_list';
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';
const SCRIPT = '大家好，欢迎来到蝉镜。';
const VIDEO_URL = `${CDN}/video/${ID}.mp4`;
// An MP4 signature (a box of type ftyp): enough for the video check of a download.
const MP4 = Buffer.from('0000001866747970697336d6f6d0000020069736f6d6d703432', 'hex');
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function avatarVideo(parameters: INodeParameters = {}): INodeParameters {
	return {
		resource: 'avatarVideo',
		operation: 'create',
		avatar: { __rl: true, mode: 'list', value: 'dp-1' },
		script: SCRIPT,
		voice: { __rl: true, mode: 'list', value: 'voice-1' },
		...parameters,
	};
}

/** What the default input sends: dp-1's whole-body figure filling the 1080×1920 canvas. */
const BODY = {
	person: { id: 'dp-1', x: 0, y: 0, width: 1080, height: 1920, figure_type: 'whole_body' },
	audio: {
		type: 'tts',
		volume: 100,
		language: 'cn',
		tts: { text: [SCRIPT], speed: 1, audio_man: 'voice-1', pitch: 1 },
	},
	bg_color: '#EDEDED',
	screen_width: 1080,
	screen_height: 1920,
	model: 0,
	backway: 1,
	add_compliance_watermark: false,
	compliance_watermark_position: 0,
	resolution_rate: 0,
	subtitle_config: { show: false },
};

function expectCreate(body: object, answer: object = envelope(0, ID)) {
	return expectPost(CREATE, body, answer);
}

function detail(status: number, extra: Record<string, unknown> = {}) {
	const done = status === 30;
	return {
		id: ID,
		status,
		progress: done ? 100 : 40,
		msg: done ? 'success' : '',
		video_url: done ? VIDEO_URL : '',
		subtitle_data_url: done ? `${CDN}/video/${ID}.srt` : '',
		preview_url: done ? `${CDN}/video/${ID}.png` : '',
		duration: done ? 4 : 0,
		create_time: 1795500000,
		audio_urls: [],
		...extra,
	};
}

function expectDetails(...answers: object[]) {
	const scope = api();
	for (const answer of answers) {
		scope.get(DETAIL).query({ id: ID }).reply(200, envelope(0, answer));
	}
	return scope;
}

async function expectBody(
	parameters: INodeParameters,
	body: object,
	lookups: () => nock.Scope[] = () => [expectPublicAvatars([publicAvatar(1)])],
) {
	const scopes = lookups();
	const create = expectCreate(body);
	const { items, error } = await runChanjing({ parameters: avatarVideo(parameters), node: V2 });
	expect(error).toBeUndefined();
	expect(scopes.every((scope) => scope.isDone())).toBe(true);
	expect(create.isDone()).toBe(true);
	expect(items?.[0].json).toEqual({ videoId: ID, traceId: 'trace-1' });
}

async function expectStoppedBeforeAnyRequest(parameters: INodeParameters, message: RegExp) {
	const anything = api().post(CREATE).reply(200, envelope(0, ID));
	const lists = api()
		.get(/.*/)
		.reply(200, envelope(0, { list: [] }));
	const { error } = await runChanjing({ parameters: avatarVideo(parameters), node: V2 });
	expect(error?.message).toMatch(message);
	expect(error?.description).toMatch(
		/^Nothing was (sent to Chanjing|uploaded or sent to Chanjing) for this item/,
	);
	expect(anything.isDone() || lists.isDone()).toBe(false);
	nock.cleanAll();
}

useFastWaits();
useFastUploads();

describe('Avatar Video → Create: a script becomes an avatar video', () => {
	it('public avatar with its own voice, subtitles, waiting and the MP4 (no voice list read)', async () => {
		const avatars = expectPublicAvatars([publicAvatar(1)]);
		const create = expectCreate({
			...BODY,
			subtitle_config: {
				show: true,
				x: 31,
				y: 1521,
				width: 1000,
				height: 200,
				font_size: 64,
				color: '#FFFFFF',
				stroke_width: 7,
				asr_type: 0,
			},
		});
		const polls = expectDetails(detail(10), detail(30));
		const download = nock(CDN)
			.get(`/video/${ID}.mp4`)
			.reply(200, MP4, { 'Content-Type': 'video/mp4' });

		const { items, error } = await runChanjing({
			parameters: avatarVideo({ subtitles: true, waitForCompletion: true, downloadVideo: true }),
			node: V2,
		});

		expect(error).toBeUndefined();
		for (const scope of [avatars, create, polls, download]) expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			videoId: ID,
			traceId: 'trace-1',
			status: 'succeeded',
			statusCode: 30,
			progress: 100,
			videoUrl: VIDEO_URL,
			subtitleDataUrl: `${CDN}/video/${ID}.srt`,
			previewUrl: `${CDN}/video/${ID}.png`,
			duration: 4,
			createdAt: '2026-11-24T06:00:00.000Z',
			errorMessage: null,
		});
		expect(items?.[0].binary?.data).toMatchObject({ fileName: `${ID}.mp4`, mimeType: 'video/mp4' });
		expect(items?.[0].pairedItem).toEqual({ item: 0 });
	});

	it('landscape canvas: the figure fitted and standing on the bottom edge, subtitles scaled', async () => {
		await expectBody(
			{
				canvas: 'landscape',
				subtitles: true,
				subtitleOptions: { fontId: 'f-1', strokeColor: '#000000' },
			},
			{
				...BODY,
				person: { id: 'dp-1', x: 656, y: 0, width: 608, height: 1080, figure_type: 'whole_body' },
				screen_width: 1920,
				screen_height: 1080,
				subtitle_config: {
					show: true,
					x: 55,
					y: 856,
					width: 1778,
					height: 113,
					font_size: 36,
					color: '#FFFFFF',
					stroke_color: '#000000',
					stroke_width: 7,
					font_id: 'f-1',
					asr_type: 0,
				},
			},
		);
	});

	it('4K on an avatar filmed in 4K: resolution_rate 1, the 4K subtitle box on a 4K canvas', async () => {
		await expectBody(
			{
				avatar: { __rl: true, mode: 'id', value: 'dp-2' },
				voice: { __rl: true, mode: 'id', value: 'voice-2' },
				canvas: 'portrait4k',
				resolution: 1,
				subtitles: true,
			},
			{
				...BODY,
				person: { id: 'dp-2', x: 0, y: 0, width: 2160, height: 3840, figure_type: 'sit_body' },
				audio: { ...BODY.audio, tts: { ...BODY.audio.tts, audio_man: 'voice-2' } },
				screen_width: 2160,
				screen_height: 3840,
				resolution_rate: 1,
				subtitle_config: {
					show: true,
					x: 80,
					y: 2840,
					width: 2000,
					height: 1000,
					font_size: 150,
					color: '#FFFFFF',
					stroke_width: 7,
					asr_type: 0,
				},
			},
			() => [expectPublicAvatars([publicAvatar(1), publicAvatar4k(2)])],
		);
	});

	it('circle figure, background image URL, a public voice, every option', async () => {
		await expectBody(
			{
				figureType: 'circle_view',
				voice: { __rl: true, mode: 'id', value: 'voice-9' },
				speed: 1.2,
				pitch: 0.9,
				background: 'imageUrl',
				backgroundImageUrl: ' https://example.com/studio.jpg ',
				backgroundColor: '#102030',
				options: {
					quality: 1,
					complianceWatermark: true,
					watermarkPosition: 3,
					callbackUrl: 'https://example.com/hook',
					driveMode: 'random',
					backway: 2,
					volume: 80,
					language: 'en',
				},
			},
			{
				person: { id: 'dp-1', x: 0, y: 420, width: 1080, height: 1080, figure_type: 'circle_view' },
				audio: {
					type: 'tts',
					volume: 80,
					language: 'en',
					tts: { text: [SCRIPT], speed: 1.2, audio_man: 'voice-9', pitch: 0.9 },
				},
				bg_color: '#102030',
				screen_width: 1080,
				screen_height: 1920,
				model: 1,
				backway: 2,
				drive_mode: 'random',
				add_compliance_watermark: true,
				compliance_watermark_position: 3,
				resolution_rate: 0,
				subtitle_config: { show: false },
				bg: { src_url: 'https://example.com/studio.jpg', x: 0, y: 0, width: 1080, height: 1920 },
				callback: 'https://example.com/hook',
			},
			() => [expectPublicAvatars([publicAvatar(1)]), expectPublicVoices([publicVoice(9)])],
		);
	});

	it('a custom avatar made on the website: no figure_type, source 1, its own size', async () => {
		await expectBody(
			{
				avatar: { __rl: true, mode: 'id', value: 'C-web' },
				voice: { __rl: true, mode: 'id', value: 'C-Audio-1' },
			},
			{
				...BODY,
				person: { id: 'C-web', x: 0, y: 0, width: 1080, height: 1920 },
				audio: { ...BODY.audio, tts: { ...BODY.audio.tts, audio_man: 'C-Audio-1' } },
				source: 1,
			},
			() => [
				expectPublicAvatars([publicAvatar(1)]),
				...expectCustomAvatars([customAvatar('C-1')], [customAvatar('C-web')]),
				expectPublicVoices([publicVoice(1)]),
				expectClonedVoices([clonedVoice('C-Audio-1')]),
			],
		);
	});

	it('driven by an audio URL: audio.wav_url, no voice read', async () => {
		await expectBody(
			{ driveWith: 'audioUrl', audioUrl: 'https://example.com/voice.mp3' },
			{
				...BODY,
				audio: {
					type: 'audio',
					volume: 100,
					language: 'cn',
					wav_url: 'https://example.com/voice.mp3',
				},
			},
		);
	});

	it('driven by binary audio and a binary background: both uploaded for their services, sent as file_id', async () => {
		// a WAV header with a 44.1 kHz rate (bytes that are not UTF-8, as real audio is)
		const wav = Buffer.concat([
			Buffer.from('RIFF'),
			Buffer.alloc(4),
			Buffer.from('WAVEfmt '),
			Buffer.from([16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xac, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0]),
			Buffer.from('data'),
			Buffer.from([4, 0, 0, 0, 0xff, 0x7f, 0x01, 0x80]),
		]);
		const png = pngImage(1080, 1920);
		const avatars = expectPublicAvatars([publicAvatar(1)]);
		const audioUpload = expectUpload({
			bytes: wav,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-audio',
			service: 'make_video_audio',
		});
		const imageUpload = expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'file-bg',
			service: 'make_video_background',
		});
		const create = expectCreate({
			...BODY,
			audio: { type: 'audio', volume: 100, language: 'cn', file_id: 'file-audio' },
			bg: { file_id: 'file-bg', x: 0, y: 0, width: 1080, height: 1920 },
		});
		const { error } = await runChanjing({
			parameters: avatarVideo({
				driveWith: 'audioBinary',
				audioBinaryProperty: 'voice',
				background: 'imageBinary',
				backgroundBinaryProperty: 'studio',
			}),
			inputItems: [
				{
					json: {},
					binary: {
						voice: { data: wav.toString('base64'), mimeType: 'audio/wav', fileName: 'v.wav' },
						studio: { data: png.toString('base64'), mimeType: 'image/png', fileName: 's.png' },
					},
				},
			],
			node: V2,
		});
		expect(error).toBeUndefined();
		for (const scope of [avatars, audioUpload.create, audioUpload.put, imageUpload.put, create])
			expect(scope.isDone()).toBe(true);
	});
});

describe('Avatar Video → Create: bad input is stopped before any request, naming the field', () => {
	it.each([
		[{ script: '字'.repeat(4001) }, /^Script has 4001 characters; Chanjing allows at most 4000$/],
		[{ backgroundColor: 'red' }, /^Background Color must be a colour written #RRGGBB/],
		[
			{ subtitles: true, subtitleOptions: { color: '#FFF' } },
			/^Color must be a colour written #RRGGBB \(e.g. #FFFFFF\), got "#FFF"$/,
		],
		[
			{ canvas: 'landscape', subtitles: true, subtitleOptions: { y: 1000 } },
			/^Subtitle Y puts the subtitles off the 1920×1080 canvas \(y 1000 \+ height 113 = 1113, more than 1080\)/,
		],
		[
			{ subtitles: true, subtitleOptions: { width: 1100 } },
			/^Subtitle Width puts the subtitles off the 1080×1920 canvas \(x 31 \+ width 1100 = 1131/,
		],
		[
			{ figureType: '={{ "standing" }}' },
			/^Figure Type must be Auto, Whole Body, Sitting or Circle/,
		],
		[
			{ canvas: 'custom', canvasWidth: 0 },
			/^Canvas Width must be a whole number from 1 to 7680, got 0$/,
		],
		[
			{ driveWith: 'audioUrl', audioUrl: 'voice.mp3' },
			/^Audio URL must be the public http\(s\) URL/,
		],
		[{ speed: 2.5 }, /^Speed must be a number from 0.5 to 2, got 2.5$/],
		[{ options: { volume: 0 } }, /^Volume must be a whole number from 1 to 100, got 0$/],
		[{ options: { callbackUrl: 'hook' } }, /^Callback URL must be an http/],
	])('%j', async (parameters, message) => {
		await expectStoppedBeforeAnyRequest(parameters as INodeParameters, message);
	});

	it('binary audio that is not audio is refused from its bytes, before any request', async () => {
		const anything = api()
			.get(/.*/)
			.reply(200, envelope(0, { list: [] }));
		const { error } = await runChanjing({
			parameters: avatarVideo({ driveWith: 'audioBinary' }),
			inputItems: [
				{
					json: {},
					binary: { data: { data: pngImage(10, 10).toString('base64'), mimeType: 'audio/mpeg' } },
				},
			],
			node: V2,
		});
		expect(error?.message).toBe('Audio Binary Property "data" is not a WAV, MP3 or M4A audio file');
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a WebP background is refused: Chanjing takes JPG or PNG', async () => {
		const { error } = await runChanjing({
			parameters: avatarVideo({ background: 'imageBinary' }),
			inputItems: [
				{
					json: {},
					binary: { data: { data: webpImage(64, 64).toString('base64'), mimeType: 'image/webp' } },
				},
			],
			node: V2,
		});
		expect(error?.message).toBe(
			'Background Binary Property "data" is a WebP image; Chanjing takes JPG or PNG backgrounds only',
		);
	});
});

describe('Avatar Video → Create: what the lists tell, before anything is created', () => {
	async function expectRefused(
		parameters: INodeParameters,
		lookups: () => nock.Scope[],
		message: string,
	) {
		const scopes = lookups();
		const create = api().post(CREATE).reply(200, envelope(0, ID));
		const { error } = await runChanjing({ parameters: avatarVideo(parameters), node: V2 });
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(error?.message).toBe(message);
		expect(error?.description).toMatch(/^Nothing was created for this item/);
		expect(create.isDone()).toBe(false);
		nock.cleanAll();
	}

	it('4K on an avatar without 4K', async () => {
		await expectRefused(
			{ resolution: 1 },
			() => [expectPublicAvatars([publicAvatar(1)])],
			'Resolution 4K is not offered by the avatar "主播1" as Whole Body (1080×1920); choose 1080p or an avatar that supports 4K',
		);
	});

	it('4K on a custom avatar without support_4k', async () => {
		await expectRefused(
			{ avatar: { __rl: true, mode: 'id', value: 'C-1' }, resolution: 1 },
			() => [expectPublicAvatars([]), ...expectCustomAvatars([customAvatar('C-1')])],
			'Resolution 4K is not offered by the custom avatar "My avatar C-1"; choose 1080p, or an avatar made in 4K',
		);
	});

	it('a figure the avatar does not offer', async () => {
		await expectRefused(
			{ figureType: 'sit_body' },
			() => [expectPublicAvatars([publicAvatar(1)])],
			'Figure Type Sitting is not offered by the avatar "主播1"; choose Whole Body or Circle (or Auto)',
		);
	});

	it('an avatar the account does not have', async () => {
		await expectRefused(
			{ avatar: { __rl: true, mode: 'id', value: 'nobody' } },
			() => [expectPublicAvatars([publicAvatar(1)]), ...expectCustomAvatars([])],
			'Avatar "nobody" is none of Chanjing\'s public avatars or your custom avatars; pick one From List',
		);
	});

	it('a custom avatar still training', async () => {
		await expectRefused(
			{ avatar: { __rl: true, mode: 'id', value: 'C-2' } },
			() => [expectPublicAvatars([]), ...expectCustomAvatars([customAvatar('C-2', { status: 1 })])],
			'Avatar "My avatar C-2" is a custom avatar that is training; only a ready custom avatar can speak',
		);
	});

	it('a voice that is in no list', async () => {
		await expectRefused(
			{ voice: { __rl: true, mode: 'id', value: 'voice-404' } },
			() => [
				expectPublicAvatars([publicAvatar(1)]),
				expectPublicVoices([publicVoice(1)]),
				expectClonedVoices([]),
				...expectCustomAvatars([]),
			],
			'Voice "voice-404" is none of Chanjing\'s public voices, your cloned voices or an avatar\'s voice; pick one From List',
		);
	});

	it('two items read the avatar list once', async () => {
		const avatars = expectPublicAvatars([publicAvatar(1)]);
		const creates = api().post(CREATE).times(2).reply(200, envelope(0, ID));
		const { items, error } = await runChanjing({
			parameters: avatarVideo(),
			items: [{}, {}],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(avatars.isDone() && creates.isDone()).toBe(true);
		expect(items).toHaveLength(2);
	});
});

describe('Avatar Video → Create: the task after the create', () => {
	it('a billing failure in the detail fails the item with a hint to top up, even at status 30', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		expectCreate(BODY);
		expectDetails(detail(30, { msg: '扣费失败,蝉豆不足' }));
		const { error } = await runChanjing({
			parameters: avatarVideo({ waitForCompletion: true }),
			node: V2,
		});
		expect(error?.message).toBe(
			`Chanjing could not charge avatar video ${ID}: the account is out of credits (扣费失败,蝉豆不足)`,
		);
		expect(error?.description).toMatch(/Top up/);
	});

	it('status 50 fails the item with Chanjing’s message', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		expectCreate(BODY);
		expectDetails(detail(50, { msg: '视频合成失败:服务异常' }));
		const { error } = await runChanjing({
			parameters: avatarVideo({ waitForCompletion: true }),
			node: V2,
		});
		expect(error?.message).toBe(
			`Chanjing could not generate avatar video ${ID}: 视频合成失败:服务异常`,
		);
		expect(error?.description).toBe(
			`The task ended as "50". Whether Chanjing charges for a failed avatar video is not documented. Video ID: ${ID}.`,
		);
	});

	it('a lost answer (HTTP 502) is looked up in video_list, never sent again', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		const create = api().post(CREATE).reply(502, '<html>Bad Gateway</html>');
		const list = api()
			.post(LIST, (sent) => {
				expect(sent).toEqual({ page: 1, page_size: 50 });
				return true;
			})
			.reply(
				200,
				envelope(0, {
					list: [detail(10, { create_time: Math.floor(Date.now() / 1000) })],
					pageInfo: { page: 1, size: 50, total_count: 1, total_page: 1 },
				}),
				// Chanjing's clock, which tells a task of this create from an earlier one
				{ Date: new Date().toUTCString() },
			);
		const { items, error } = await runChanjing({ parameters: avatarVideo(), node: V2 });
		expect(error).toBeUndefined();
		expect(create.isDone() && list.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ videoId: ID, recovered: true });
	});

	it('40001 (nothing created) is sent again when the pace allows', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		const refused = api()
			.post(CREATE)
			.reply(200, envelope(40001, null, '超出 QPS 限制'));
		const create = expectCreate(BODY);
		const { items, error } = await runChanjing({ parameters: avatarVideo(), node: V2 });
		expect(error).toBeUndefined();
		expect(refused.isDone() && create.isDone()).toBe(true);
		expect(items?.[0].json.videoId).toBe(ID);
	});

	it('as an AI tool: created once, with what to do next', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		const create = expectCreate(BODY);
		const answer = await askTool(
			'make_avatar_video',
			{
				...avatarVideo(),
				script: "={{ $fromAI('script', 'What the avatar says', 'string') }}",
			},
			{ script: SCRIPT },
		);
		expect(create.isDone()).toBe(true);
		expect(answer).toMatchObject({ videoId: ID, status: 'submitted' });
		expect(answer.message).toMatch(/Avatar Video → Get/);
	});
});
