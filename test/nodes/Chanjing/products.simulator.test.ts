/**
 * Chanjing's own products against the local simulator (real HTTP on 127.0.0.1), which serves
 * them as the products catalogue describes, with its lenient variants (the video list's pager as
 * page_info, pageInfo or PageInfo: D6) and a billing failure that arrives in a task's detail.
 * The simulator records every request and task, so what was created is counted on its side.
 */
import type { INodeParameters } from 'n8n-workflow';

import { processMemory } from '../../../nodes/Chanjing/memory/processMemory';
import { uploadTiming } from '../../../nodes/Chanjing/upload/filePacing';
import { useFastSimulator } from '../../helpers/fast-simulator';
import { runChanjing } from '../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PUBLIC_AVATARS, PUBLIC_VOICES } = require('../../simulator/catalogue');

const CREATE_VIDEO = '/open/v1/create_video';
const CREATE_SPEECH = '/open/v1/create_audio_task';

const sim = useFastSimulator({ apiMs: 2000 });

const V2 = { typeVersion: 2 };
const run = (parameters: INodeParameters) =>
	runChanjing({
		credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
		parameters,
		node: V2,
	});

/** Avatar 0 offers three figures, its body figures filmed in 4K; avatar 1 sits, in 1080p. */
const [AVATAR_4K, AVATAR_SITTING] = PUBLIC_AVATARS;

function avatarVideo(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'avatarVideo',
		operation: 'create',
		avatar: { __rl: true, mode: 'list', value: AVATAR_SITTING.id },
		script: '大家好，欢迎来到蝉镜。',
		voice: { __rl: true, mode: 'list', value: AVATAR_SITTING.audioManId },
		subtitles: true,
		waitForCompletion: true,
		downloadVideo: true,
		...extra,
	};
}

describe('Avatar Video against the simulator', () => {
	it('a script becomes an avatar video: subtitles, waited, the MP4 attached', async () => {
		const { items, error } = await run(avatarVideo());
		expect(error).toBeUndefined();
		expect(items?.[0].json).toMatchObject({ status: 'succeeded', statusCode: 30 });
		expect(items?.[0].json.subtitleDataUrl).toMatch(/\.srt$/);
		expect(items?.[0].binary?.data.mimeType).toBe('video/mp4');
		const [create] = sim.requests({ path: CREATE_VIDEO });
		expect(create.body.person).toEqual({
			id: AVATAR_SITTING.id,
			x: 0,
			y: 0,
			width: 1080,
			height: 1920,
			figure_type: 'sit_body',
		});
	});

	it('4K on an avatar filmed in 4K is made; on one without it, nothing is sent', async () => {
		const made = await run(
			avatarVideo({
				avatar: { __rl: true, mode: 'id', value: AVATAR_4K.id },
				voice: { __rl: true, mode: 'id', value: PUBLIC_VOICES[3].id },
				canvas: 'portrait4k',
				resolution: 1,
				downloadVideo: false,
			}),
		);
		expect(made.error).toBeUndefined();
		const refused = await run(avatarVideo({ resolution: 1 }));
		expect(refused.error?.message).toMatch(/^Resolution 4K is not offered by the avatar/);
		expect(sim.requests({ path: CREATE_VIDEO })).toHaveLength(1);
	});

	it('out of credits: Chanjing accepts, then the detail fails the item with a hint to top up', async () => {
		sim.configure({ creditsLeft: 0 });
		const { error } = await run(avatarVideo());
		expect(error?.message).toMatch(
			/^Chanjing could not charge avatar video \w+: the account is out of credits \(扣费失败,蝉豆不足\)$/,
		);
		expect(error?.description).toMatch(/Top up/);
	});

	it.each(['page_info', 'pageInfo', 'PageInfo'])(
		'a dropped answer is found in video_list with its pager as %s (D6), one video made',
		async (pagerKey) => {
			sim.configure({
				pagerKey,
				faultsFor: [{ path: CREATE_VIDEO, kind: 'drop', afterHandling: true }],
			});
			const { items, error } = await run(
				avatarVideo({ waitForCompletion: false, downloadVideo: false }),
			);
			expect(error).toBeUndefined();
			expect(items?.[0].json).toMatchObject({ recovered: true });
			expect(sim.requests({ path: CREATE_VIDEO })).toHaveLength(1);
		},
	);
});

describe('Speech against the simulator', () => {
	const speech: INodeParameters = {
		resource: 'speech',
		operation: 'generate',
		voice: { __rl: true, mode: 'list', value: PUBLIC_VOICES[0].id },
		text: '欢迎来到蝉镜。今天介绍三款新品。',
	};

	it('text to speech: waited, the audio attached, sentence timings', async () => {
		const { items, error } = await run(speech);
		expect(error).toBeUndefined();
		expect(items?.[0].json).toMatchObject({ status: 'succeeded', statusCode: 9 });
		expect(items?.[0].json.sentences).toEqual([
			{ start: 0, end: 1.4, text: '欢迎来到蝉镜。' },
			{ start: 1.4, end: 3.2, text: '今天介绍三款新品。' },
		]);
		expect(items?.[0].binary?.data.mimeType).toBe('audio/wav');
		expect(sim.requests({ path: CREATE_SPEECH })).toHaveLength(1);
	});

	it('out of credits: the failure in the detail fails the item, never success', async () => {
		sim.configure({ creditsLeft: 0 });
		const { error } = await run(speech);
		expect(error?.message).toMatch(
			/^Chanjing could not charge speech \w+: the account is out of credits/,
		);
	});
});

describe('Lip Sync against the simulator', () => {
	const CREATE_LIP_SYNC = '/open/v1/video_lip_sync/create';
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const footage: Buffer = require('../../simulator/sample-video').sampleVideo();
	/** Half a second of 8 kHz 16-bit mono silence, a WAV the simulator reads the length of. */
	const wav = (() => {
		const header = Buffer.alloc(44);
		header.write('RIFF', 0, 'latin1');
		header.writeUInt32LE(36 + 8000, 4);
		header.write('WAVEfmt ', 8, 'latin1');
		header.writeUInt32LE(16, 16);
		header.writeUInt16LE(1, 20);
		header.writeUInt16LE(1, 22);
		header.writeUInt32LE(8000, 24);
		header.writeUInt32LE(16000, 28);
		header.writeUInt16LE(2, 32);
		header.writeUInt16LE(16, 34);
		header.write('data', 36, 'latin1');
		header.writeUInt32LE(8000, 40);
		return Buffer.concat([header, Buffer.alloc(8000)]);
	})();
	const lipSync = (extra: INodeParameters = {}): INodeParameters => ({
		resource: 'lipSync',
		operation: 'create',
		script: '大家好，欢迎来到蝉镜。',
		voice: { __rl: true, mode: 'list', value: PUBLIC_VOICES[0].id },
		waitForCompletion: true,
		downloadVideo: true,
		...extra,
	});
	const runWithFiles = (parameters: INodeParameters) =>
		runChanjing({
			credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
			parameters,
			inputItems: [
				{
					json: {},
					binary: {
						data: { data: footage.toString('base64'), mimeType: 'video/mp4', fileName: 'a.mp4' },
						audio: { data: wav.toString('base64'), mimeType: 'audio/wav', fileName: 'a.wav' },
					},
				},
			],
			node: V2,
		});

	beforeEach(() => {
		processMemory.uploads.clear();
		processMemory.fileApiRequests.clear();
		uploadTiming.msPerSecond = 1;
		sim.configure({ fileCheckMs: 20 });
	});
	afterEach(() => {
		uploadTiming.msPerSecond = 1000;
	});

	it('footage and a script: uploaded as lip_sync_video, status 20 is success, the MP4 attached', async () => {
		const { items, error } = await runWithFiles(lipSync());
		expect(error).toBeUndefined();
		expect(items?.[0].json).toMatchObject({ status: 'succeeded', statusCode: 20 });
		expect(items?.[0].binary?.data.mimeType).toBe('video/mp4');
		const [create] = sim.requests({ path: CREATE_LIP_SYNC });
		expect(create.body).toMatchObject({ screen_width: 32, screen_height: 32, audio_type: 'tts' });
		expect(sim.requests({ path: CREATE_LIP_SYNC })).toHaveLength(1);
	});

	it('footage and binary audio: two uploads, one per service, sent as file IDs', async () => {
		const { items, error } = await runWithFiles(lipSync({ driveWith: 'audioBinary' }));
		expect(error).toBeUndefined();
		expect(items?.[0].json.status).toBe('succeeded');
		const uploads = sim.requests({
			path: '/open/v1/common/create_upload_url',
		}) as unknown as Array<{
			query: { service: string };
		}>;
		expect(uploads.map((r) => r.query.service).sort()).toEqual([
			'lip_sync_audio',
			'lip_sync_video',
		]);
		expect(sim.requests({ path: CREATE_LIP_SYNC })[0].body).toMatchObject({ audio_type: 'audio' });
	});

	it('footage the content check rejects (98): the item fails, nothing is created', async () => {
		sim.configure({ rejectNextFiles: { count: 1, service: 'lip_sync_video' } });
		const { error } = await runWithFiles(lipSync());
		expect(error?.message).toMatch(/content check/);
		expect(sim.requests({ path: CREATE_LIP_SYNC })).toHaveLength(0);
	});

	it('out of credits: status 30 with the billing message fails the item with a hint to top up', async () => {
		sim.configure({ creditsLeft: 0 });
		const { error } = await runWithFiles(lipSync());
		expect(error?.message).toMatch(
			/^Chanjing could not charge lip-sync video \w+: the account is out of credits/,
		);
	});
});
