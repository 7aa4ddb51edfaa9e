import nock from 'nock';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { envelope, expectPost } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { expectUpload, useFastUploads } from '../../../helpers/file-api';
import { CDN, expectPublicVoices, publicVoice } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingToolNode, runTools } from '../../../helpers/tool-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage } = require('../../../helpers/images');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sampleVideo } = require('../../../simulator/sample-video');

/**
 * Lip Sync (node version 2) through n8n-core with nock: the footage and audio checked by their
 * bytes and uploaded for their services, the video_lip_sync/create body of catalogue 4, waiting
 * (20 success, 30 failed), download, Get, Get Many, money.
 */
const V2 = { typeVersion: 2 };
const CREATE = '/open/v1/video_lip_sync/create';
const DETAIL = '/open/v1/video_lip_sync/detail';
const LIST = '/open/v1/video_lip_sync/list';
const ID = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const SCRIPT = '大家好，欢迎来到蝉镜。';
const VIDEO_URL = `${CDN}/lipsync/${ID}.mp4`;
/** A real MP4 of 32×32 pixels (the simulator's sample): the canvas is read from it. */
const FOOTAGE: Buffer = sampleVideo();
const WAV = Buffer.concat([
	Buffer.from('RIFF'),
	Buffer.alloc(4),
	Buffer.from('WAVEfmt '),
	Buffer.from([16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xac, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0]),
	Buffer.from('data'),
	Buffer.from([4, 0, 0, 0, 0xff, 0x7f, 0x01, 0x80]),
]);
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function lipSync(parameters: INodeParameters = {}): INodeParameters {
	return {
		resource: 'lipSync',
		operation: 'create',
		script: SCRIPT,
		voice: { __rl: true, mode: 'list', value: 'voice-1' },
		...parameters,
	};
}

function itemWithFiles(files: Record<string, [Buffer, string, string]>): INodeExecutionData {
	return {
		json: {},
		binary: Object.fromEntries(
			Object.entries(files).map(([name, [bytes, mimeType, fileName]]) => [
				name,
				{ data: bytes.toString('base64'), mimeType, fileName },
			]),
		),
	};
}

const footageItem = () => itemWithFiles({ data: [FOOTAGE, 'video/mp4', 'clip.mp4'] });

/** What the default input sends: the 32×32 footage's own size, the script with voice-1. */
const BODY = {
	video_file_id: 'file-video',
	screen_width: 32,
	screen_height: 32,
	model: 0,
	backway: 1,
	audio_type: 'tts',
	tts_config: { text: [SCRIPT], audio_man_id: 'voice-1', speed: 1, pitch: 1 },
	volume: 100,
};

/** Driven by an uploaded audio file: audio_type audio, audio_file_id, no tts_config. */
const AUDIO_BODY = {
	video_file_id: 'file-video',
	screen_width: 32,
	screen_height: 32,
	model: 0,
	backway: 1,
	audio_type: 'audio',
	audio_file_id: 'file-audio',
	volume: 100,
};

const videoUpload = (fileId = 'file-video', statuses?: number[]) =>
	expectUpload({
		bytes: FOOTAGE,
		ext: 'mp4',
		mimeType: 'video/mp4',
		fileId,
		service: 'lip_sync_video',
		...(statuses ? { statuses } : {}),
	});

function expectCreate(body: object, answer: object = envelope(0, ID)) {
	return expectPost(CREATE, body, answer);
}

function detail(status: number, extra: Record<string, unknown> = {}) {
	const done = status === 20;
	return {
		id: ID,
		status,
		progress: done ? 100 : 40,
		msg: done ? 'success' : '',
		video_url: done ? VIDEO_URL : '',
		preview_url: done ? `${CDN}/lipsync/${ID}.png` : '',
		duration: done ? 2500 : 0,
		create_time: 1795500000,
		...extra,
	};
}

function expectDetails(...answers: object[]) {
	const scope = api();
	for (const answer of answers) scope.get(DETAIL).query({ id: ID }).reply(200, envelope(0, answer));
	return scope;
}

useFastWaits();
useFastUploads();

describe('Lip Sync → Create: a script in the footage', () => {
	it('binary footage uploaded as lip_sync_video, the canvas from its own size, waiting and the MP4', async () => {
		const voices = expectPublicVoices([publicVoice(1)]);
		const upload = videoUpload();
		const create = expectCreate(BODY);
		const polls = expectDetails(detail(0), detail(10), detail(20));
		const download = nock(CDN)
			.get(`/lipsync/${ID}.mp4`)
			.reply(200, FOOTAGE, { 'Content-Type': 'video/mp4' });

		const { items, error } = await runChanjing({
			parameters: lipSync({ waitForCompletion: true, downloadVideo: true }),
			inputItems: [footageItem()],
			node: V2,
		});

		expect(error).toBeUndefined();
		for (const scope of [voices, upload.create, upload.put, upload.detail, create, polls, download])
			expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			videoId: ID,
			traceId: 'trace-1',
			status: 'succeeded',
			statusCode: 20,
			progress: 100,
			videoUrl: VIDEO_URL,
			previewUrl: `${CDN}/lipsync/${ID}.png`,
			durationSeconds: 2.5,
			createdAt: '2026-11-24T06:00:00.000Z',
			errorMessage: null,
		});
		expect(items?.[0].binary?.data).toMatchObject({ fileName: `${ID}.mp4`, mimeType: 'video/mp4' });
		expect(items?.[0].pairedItem).toEqual({ item: 0 });
	});

	it('Pro model, a custom canvas and every option in the body', async () => {
		expectPublicVoices([publicVoice(1)]);
		const upload = videoUpload();
		const create = expectCreate({
			...BODY,
			screen_width: 1080,
			screen_height: 1920,
			model: 1,
			backway: 2,
			drive_mode: 'random',
			tts_config: { text: [SCRIPT], audio_man_id: 'voice-1', speed: 1.25, pitch: 1 },
			volume: 60,
			callback: 'https://example.com/hook',
		});
		const { error } = await runChanjing({
			parameters: lipSync({
				lipSyncModel: 1,
				canvas: 'custom',
				canvasWidth: 1080,
				canvasHeight: 1920,
				speed: 1.25,
				options: {
					backway: 2,
					driveMode: 'random',
					volume: 60,
					callbackUrl: ' https://example.com/hook ',
				},
			}),
			inputItems: [footageItem()],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(upload.put.isDone() && create.isDone()).toBe(true);
	});

	it('the cartoon model is model 2', async () => {
		expectPublicVoices([publicVoice(1)]);
		videoUpload();
		const create = expectCreate({ ...BODY, model: 2 });
		const { error } = await runChanjing({
			parameters: lipSync({ lipSyncModel: 2 }),
			inputItems: [footageItem()],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});
});

describe('Lip Sync → Create: driven by audio', () => {
	it('binary footage and binary audio in one item: each uploaded for its service, sent as file IDs', async () => {
		const video = videoUpload();
		const audio = expectUpload({
			bytes: WAV,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-audio',
			service: 'lip_sync_audio',
		});
		const create = expectCreate(AUDIO_BODY);
		const { error } = await runChanjing({
			parameters: lipSync({ driveWith: 'audioBinary', audioBinaryProperty: 'voice' }),
			inputItems: [
				itemWithFiles({
					data: [FOOTAGE, 'video/mp4', 'clip.mp4'],
					voice: [WAV, 'audio/wav', 'voice.wav'],
				}),
			],
			node: V2,
		});
		expect(error).toBeUndefined();
		for (const scope of [video.put, audio.put, audio.detail, create])
			expect(scope.isDone()).toBe(true);
	});

	it('a video URL and an audio URL: fetched, checked by their bytes and uploaded (lip sync takes file IDs only)', async () => {
		const files = nock('https://files.example.com')
			.get('/presenter.mov')
			.reply(200, FOOTAGE, { 'Content-Type': 'application/octet-stream' })
			.get('/voice-over')
			.reply(200, WAV, { 'Content-Type': 'audio/wav' });
		const video = videoUpload();
		const audio = expectUpload({
			bytes: WAV,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-audio',
			service: 'lip_sync_audio',
		});
		const create = expectCreate(AUDIO_BODY);
		const { error } = await runChanjing({
			parameters: lipSync({
				videoSource: 'url',
				videoUrl: 'https://files.example.com/presenter.mov',
				driveWith: 'audioUrl',
				audioUrl: 'https://files.example.com/voice-over',
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		for (const scope of [files, video.put, audio.put, create]) expect(scope.isDone()).toBe(true);
	});

	it('a video URL that answers 404 fails the item naming Video URL, before any Chanjing request', async () => {
		nock('https://files.example.com').get('/gone.mp4').reply(404, 'Not Found');
		const anything = api().get(/.*/).reply(200, envelope(0, {}));
		const { error } = await runChanjing({
			parameters: lipSync({ videoSource: 'url', videoUrl: 'https://files.example.com/gone.mp4' }),
			node: V2,
		});
		expect(error?.message).toBe('Video URL could not be fetched: HTTP 404');
		expect(error?.description).toMatch(/^Nothing was uploaded or sent to Chanjing for this item/);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});
});

describe('Lip Sync → Create: uploads and money', () => {
	it('two items with the same footage: one upload, two creates (uploads counted per item)', async () => {
		// the voice list is read once per execution
		expectPublicVoices([publicVoice(1)]);
		const upload = videoUpload();
		const creates = api()
			.post(CREATE, (sent) => {
				expect(sent).toEqual(BODY);
				return true;
			})
			.times(2)
			.reply(200, envelope(0, ID));
		const { items, error } = await runChanjing({
			parameters: lipSync(),
			inputItems: [footageItem(), footageItem()],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(upload.create.isDone() && upload.put.isDone() && creates.isDone()).toBe(true);
		expect(items?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('footage the content check rejects (status 98) fails the item; nothing is created', async () => {
		expectPublicVoices([publicVoice(1)]);
		const upload = videoUpload('file-bad', [0, 98]);
		const create = api().post(CREATE).reply(200, envelope(0, ID));
		const { error } = await runChanjing({
			parameters: lipSync(),
			inputItems: [footageItem()],
			node: V2,
		});
		expect(upload.detail.isDone()).toBe(true);
		expect(error?.message).toMatch(/content check/);
		expect(create.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a lost answer (HTTP 502) is looked up in the lip-sync list, never sent again', async () => {
		expectPublicVoices([publicVoice(1)]);
		videoUpload();
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
					page_info: { page: 1, size: 50, total_count: 1, total_page: 1 },
				}),
				// Chanjing's clock, which tells a task of this create from an earlier one
				{ Date: new Date().toUTCString() },
			);
		const { items, error } = await runChanjing({
			parameters: lipSync(),
			inputItems: [footageItem()],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone() && list.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ videoId: ID, recovered: true });
	});

	it('status 30 is a failure for lip sync (20 is success; D9), with Chanjing’s message', async () => {
		expectPublicVoices([publicVoice(1)]);
		videoUpload();
		expectCreate(BODY);
		expectDetails(detail(10), detail(30, { msg: '对口型视频生成失败:素材中未检测到人脸' }));
		const { error } = await runChanjing({
			parameters: lipSync({ waitForCompletion: true }),
			inputItems: [footageItem()],
			node: V2,
		});
		expect(error?.message).toBe(
			`Chanjing could not generate lip-sync video ${ID}: 对口型视频生成失败:素材中未检测到人脸`,
		);
	});

	it('as an AI tool (footage by URL): created once, with what to do next', async () => {
		nock('https://files.example.com').get('/presenter.mp4').reply(200, FOOTAGE);
		expectPublicVoices([publicVoice(1)]);
		videoUpload();
		const create = expectCreate(BODY);
		const { results } = await runTools(
			[
				{
					...chanjingToolNode('lip_sync', {
						...lipSync({ videoSource: 'url', videoUrl: 'https://files.example.com/presenter.mp4' }),
						script: "={{ $fromAI('script', 'What the person says', 'string') }}",
					}),
					typeVersion: 2,
				},
			],
			[{ tool: 'lip_sync', args: { script: SCRIPT } }],
		);
		expect(create.isDone()).toBe(true);
		const [answer] = JSON.parse(results[0].text as string);
		expect(answer).toMatchObject({ videoId: ID, status: 'submitted' });
		expect(answer.message).toMatch(/Lip Sync → Get/);
	});
});

describe('Lip Sync → Create: bad input is stopped before any request, naming the field', () => {
	async function expectStopped(
		parameters: INodeParameters,
		message: string | RegExp,
		inputItems: INodeExecutionData[] = [footageItem()],
	) {
		const anything = api().post(/.*/).reply(200, envelope(0, ID));
		const lists = api()
			.get(/.*/)
			.reply(200, envelope(0, { list: [] }));
		const { error } = await runChanjing({ parameters: lipSync(parameters), inputItems, node: V2 });
		if (typeof message === 'string') expect(error?.message).toBe(message);
		else expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(
			/^Nothing was (sent to Chanjing|uploaded or sent to Chanjing) for this item/,
		);
		expect(anything.isDone() || lists.isDone()).toBe(false);
		nock.cleanAll();
	}

	it.each([
		[
			{ videoSource: 'url', videoUrl: 'clip.mp4' },
			/^Video URL must be the public http\(s\) URL of an MP4, MOV or WebM video/,
		],
		[
			{ videoBinaryProperty: ' ' },
			'Video Binary Property is empty; name the binary field of the video',
		],
		[
			{ script: '=字{{ "字".repeat(4000) }}' },
			'Script has 4001 characters; Chanjing allows at most 4000',
		],
		[{ speed: 2.5 }, 'Speed must be a number from 0.5 to 2, got 2.5'],
		[
			{ driveWith: 'audioUrl', audioUrl: 'voice.mp3' },
			/^Audio URL must be the public http\(s\) URL/,
		],
		[{ lipSyncModel: '={{ "pro" }}' }, 'Model must be Basic, Pro or Cartoon, got "pro"'],
		[
			{ canvas: 'custom', canvasWidth: 0 },
			'Canvas Width must be a whole number from 1 to 7680, got 0',
		],
		[{ options: { volume: 0 } }, 'Volume must be a whole number from 1 to 100, got 0'],
		[{ options: { callbackUrl: 'hook' } }, /^Callback URL must be an http/],
	])('%j', async (parameters, message) => {
		await expectStopped(parameters as INodeParameters, message);
	});

	it('a PNG called clip.mp4 is refused from its bytes, not its name', async () => {
		await expectStopped({}, 'Video Binary Property "data" is not an MP4, MOV or WebM video', [
			itemWithFiles({ data: [pngImage(8, 8), 'video/mp4', 'clip.mp4'] }),
		]);
	});

	it('an item without the binary property names it and the ones it has', async () => {
		await expectStopped(
			{ videoBinaryProperty: 'video' },
			/^Video Binary Property "video" is not there: this item's binary properties are "data"$/,
		);
	});

	it("the video's own size unread (an MP4 without its index) names Canvas and says to choose Custom", async () => {
		const ftypOnly = FOOTAGE.subarray(0, 32);
		await expectStopped({}, /^Canvas is the video's own size, which the node could not read/, [
			itemWithFiles({ data: [ftypOnly, 'video/mp4', 'clip.mp4'] }),
		]);
	});
});

describe('Lip Sync → Get and Get Many', () => {
	it('Get: GET detail ?id=, status 20 with its URL is succeeded', async () => {
		const polls = expectDetails(detail(20));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'lipSync',
				operation: 'get',
				videoId: { __rl: true, mode: 'id', value: ` ${ID} ` },
			},
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(polls.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ videoId: ID, status: 'succeeded', statusCode: 20 });
	});

	it('Get Many: POST list {page, page_size}, each entry simplified (pageInfo read too, D6)', async () => {
		const list = api()
			.post(LIST, (sent) => {
				expect(sent).toEqual({ page: 1, page_size: 50 });
				return true;
			})
			.reply(
				200,
				envelope(0, {
					list: [detail(20), detail(30, { id: 'other-1', msg: '失败' })],
					pageInfo: { page: 1, size: 50, total_count: 2, total_page: 1 },
				}),
			);
		const { items, error } = await runChanjing({
			parameters: { resource: 'lipSync', operation: 'getAll' },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(items?.map((item) => [item.json.videoId, item.json.status])).toEqual([
			[ID, 'succeeded'],
			['other-1', 'failed'],
		]);
	});
});
