import nock from 'nock';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { lipSyncBody, prepareLipSync } from '../../../../nodes/Chanjing/lipSync/lipSyncBody';
import type { LipSyncInput } from '../../../../nodes/Chanjing/lipSync/lipSyncInput';
import { processMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import { binaryOf, expectUpload, useFastUploads } from '../../../helpers/file-api';
import {
	clonedVoice,
	customAvatar,
	expectClonedVoices,
	expectCustomAvatars,
	expectPublicAvatars,
	expectPublicVoices,
	publicAvatar,
	publicVoice,
} from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sampleVideo } = require('../../../simulator/sample-video');

/**
 * lipSyncBody: the video_lip_sync/create body from a checked input, the canvas and the uploaded
 * file IDs (catalogue 4). prepareLipSync (the preSend) in n8n-core's item context with nock: the
 * input checked, then the files, then the voice against Chanjing's lists, then the uploads.
 * (The whole create with waiting and download: LipSync.resource.test.ts.)
 */
const SCRIPT = '大家好，欢迎来到蝉镜。';
const CANVAS = { width: 1080, height: 1920 };
const UPLOADED = { videoFileId: 'file-video' };

function input(extra: Partial<LipSyncInput> = {}): LipSyncInput {
	return {
		videoSource: 'binary',
		videoBinaryProperty: 'data',
		driveWith: 'text',
		script: SCRIPT,
		voice: ' voice-1 ',
		speed: 1,
		pitch: 1,
		model: 0,
		canvas: 'video',
		options: {},
		...extra,
	};
}

describe('lipSyncBody', () => {
	it('a script with the defaults: tts with the script in a one-string array (D4), the voice trimmed', () => {
		expect(lipSyncBody(input(), CANVAS, UPLOADED)).toEqual({
			video_file_id: 'file-video',
			screen_width: 1080,
			screen_height: 1920,
			model: 0,
			backway: 1,
			audio_type: 'tts',
			tts_config: { text: [SCRIPT], audio_man_id: 'voice-1', speed: 1, pitch: 1 },
			volume: 100,
		});
	});

	it('the script as written (line breaks, spaces); rates, model and options given as text sent as numbers', () => {
		const body = lipSyncBody(
			input({
				script: ' 第一行\n第二行 ',
				speed: '1.25',
				pitch: '0.8',
				model: '2',
				options: { backway: '2', volume: ' 60 ' },
			}),
			CANVAS,
			UPLOADED,
		);
		expect(body.tts_config).toEqual({
			text: [' 第一行\n第二行 '],
			audio_man_id: 'voice-1',
			speed: 1.25,
			pitch: 0.8,
		});
		expect(body).toMatchObject({ model: 2, backway: 2, volume: 60 });
	});

	it.each(['audioUrl', 'audioBinary'] as const)(
		'speech from a recording (%s): the uploaded audio by file ID, no tts_config',
		(driveWith) => {
			const body = lipSyncBody(input({ driveWith, script: undefined, voice: undefined }), CANVAS, {
				videoFileId: 'file-video',
				audioFileId: 'file-audio',
			});
			expect(body).toEqual({
				video_file_id: 'file-video',
				screen_width: 1080,
				screen_height: 1920,
				model: 0,
				backway: 1,
				audio_type: 'audio',
				audio_file_id: 'file-audio',
				volume: 100,
			});
		},
	);

	it('the canvas given is the screen size sent', () => {
		expect(lipSyncBody(input(), { width: 32, height: 48 }, UPLOADED)).toMatchObject({
			screen_width: 32,
			screen_height: 48,
		});
	});

	it('drive_mode only when Random Frames; the callback trimmed', () => {
		const body = lipSyncBody(
			input({ options: { driveMode: 'random', callbackUrl: ' https://example.com/hook ' } }),
			CANVAS,
			UPLOADED,
		);
		expect(body).toMatchObject({ drive_mode: 'random', callback: 'https://example.com/hook' });
		const sequential = lipSyncBody(input({ options: { driveMode: '' } }), CANVAS, UPLOADED);
		expect(sequential).not.toHaveProperty('drive_mode');
	});

	it.each([['   '], [''], [undefined], [42]])('a callback of %j is not sent', (callbackUrl) => {
		const body = lipSyncBody(input({ options: { callbackUrl } }), CANVAS, UPLOADED);
		expect(body).not.toHaveProperty('callback');
	});
});

describe('prepareLipSync', () => {
	useFastUploads();
	// the lists are remembered per execution, and every context here is execution exec-1
	beforeEach(() => processMemory.lookups.clear());

	const REQUEST = { method: 'POST' as const, url: '/open/v1/video_lip_sync/create' };
	/** A real MP4 of 32×32 pixels: its size is read from its bytes. */
	const FOOTAGE: Buffer = sampleVideo();
	/**
	 * Its ftyp box and then bytes that are no box: an MP4 whose size cannot be read (the bytes
	 * that are not UTF-8 keep it binary for nock's check of the upload).
	 */
	const NO_INDEX = Buffer.concat([FOOTAGE.subarray(0, 32), Buffer.alloc(16, 0xff)]);

	function contextOf(parameters: INodeParameters, footage: Buffer = FOOTAGE) {
		const item: INodeExecutionData = {
			json: {},
			binary: { data: binaryOf(footage, 'video/mp4', 'clip.mp4') },
		};
		return chanjingSingleContext(
			{ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
			0,
			undefined,
			{
				items: [item],
				parameters: {
					resource: 'lipSync',
					operation: 'create',
					script: SCRIPT,
					voice: { __rl: true, mode: 'list', value: 'voice-1' },
					...parameters,
				},
			},
		).context;
	}

	const videoUpload = (bytes: Buffer = FOOTAGE) =>
		expectUpload({
			bytes,
			ext: 'mp4',
			mimeType: 'video/mp4',
			fileId: 'file-video',
			service: 'lip_sync_video',
		});

	it('the video’s own size read from its bytes, the voice found, the footage uploaded: the body', async () => {
		const voices = expectPublicVoices([publicVoice(1)]);
		const upload = videoUpload();
		const prepared = await prepareLipSync.call(contextOf({}), REQUEST);
		for (const scope of [voices, upload.create, upload.put, upload.detail]) {
			expect(scope.isDone()).toBe(true);
		}
		expect(prepared).toEqual({
			...REQUEST,
			body: {
				video_file_id: 'file-video',
				screen_width: 32,
				screen_height: 32,
				model: 0,
				backway: 1,
				audio_type: 'tts',
				tts_config: { text: [SCRIPT], audio_man_id: 'voice-1', speed: 1, pitch: 1 },
				volume: 100,
			},
		});
	});

	it('a Custom canvas is sent as given, even for footage whose size cannot be read', async () => {
		expectPublicVoices([publicVoice(1)]);
		const upload = videoUpload(NO_INDEX);
		const prepared = await prepareLipSync.call(
			contextOf({ canvas: 'custom', canvasWidth: 720, canvasHeight: 1280 }, NO_INDEX),
			REQUEST,
		);
		expect(upload.put.isDone()).toBe(true);
		expect(prepared.body).toMatchObject({ screen_width: 720, screen_height: 1280 });
	});

	it('speech from a binary recording reads no voice list', async () => {
		const wav = Buffer.concat([
			Buffer.from('RIFF'),
			Buffer.alloc(4),
			Buffer.from('WAVEfmt '),
			Buffer.from([16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xac, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0]),
			Buffer.from('data'),
			Buffer.from([4, 0, 0, 0, 0xff, 0x7f, 0x01, 0x80]),
		]);
		const context = chanjingSingleContext(
			{ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
			0,
			undefined,
			{
				items: [
					{
						json: {},
						binary: {
							data: binaryOf(FOOTAGE, 'video/mp4', 'clip.mp4'),
							voice: binaryOf(wav, 'audio/wav', 'voice.wav'),
						},
					},
				],
				parameters: {
					resource: 'lipSync',
					operation: 'create',
					driveWith: 'audioBinary',
					audioBinaryProperty: 'voice',
				},
			},
		).context;
		const video = videoUpload();
		const audio = expectUpload({
			bytes: wav,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-audio',
			service: 'lip_sync_audio',
		});
		const prepared = await prepareLipSync.call(context, REQUEST);
		expect(video.put.isDone() && audio.put.isDone()).toBe(true);
		expect(prepared.body).toMatchObject({ audio_type: 'audio', audio_file_id: 'file-audio' });
		expect(prepared.body).not.toHaveProperty('tts_config');
	});

	it('a bad input is refused naming its field before any file, list or upload', async () => {
		const anything = nock(TEST_BASE_URL).get(/.*/).reply(200, {});
		const error = await prepareLipSync
			.call(contextOf({ options: { volume: 0 } }), REQUEST)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Volume must be a whole number from 1 to 100, got 0',
			description:
				"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Volume'.",
		});
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("the video's own size unread names Canvas and says to choose Custom, before any list or upload", async () => {
		const anything = nock(TEST_BASE_URL).get(/.*/).reply(200, {});
		const error = await prepareLipSync
			.call(contextOf({}, NO_INDEX), REQUEST)
			.catch((e: unknown) => e);
		expect(error).toMatchObject({
			message:
				"Canvas is the video's own size, which the node could not read from the file (an MP4 or MOV whose index comes after the first MB, or a damaged file); choose Custom and give the video's width and height",
			description:
				"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Canvas'.",
		});
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a cloned voice still being cloned is refused after the lists, before the footage is uploaded', async () => {
		const lists = [
			expectPublicVoices([publicVoice(1)]),
			expectClonedVoices([clonedVoice('C-Audio-1', 1, { name: 'My narrator' })]),
		];
		const upload = nock(TEST_BASE_URL)
			.get('/open/v1/common/create_upload_url')
			.query(true)
			.reply(200, {});
		const error = await prepareLipSync
			.call(contextOf({ voice: { __rl: true, mode: 'id', value: 'C-Audio-1' } }), REQUEST)
			.catch((e: unknown) => e);
		expect(lists.every((scope) => scope.isDone())).toBe(true);
		expect(error).toMatchObject({
			message:
				'Voice is the cloned voice "My narrator", which is cloning; only a cloned voice that is ready can speak',
			description:
				"Nothing was created for this item: the node only read Chanjing's lists of avatars and voices to check it. Fix the value in the parameter 'Voice'.",
		});
		expect(upload.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a voice in no list is refused once every list was read: nothing uploaded', async () => {
		const lists = [
			expectPublicVoices([publicVoice(1)]),
			expectClonedVoices([]),
			...expectCustomAvatars([customAvatar('C-1')]),
			expectPublicAvatars([publicAvatar(1)]),
		];
		const upload = nock(TEST_BASE_URL)
			.get('/open/v1/common/create_upload_url')
			.query(true)
			.reply(200, {});
		const error = await prepareLipSync
			.call(contextOf({ voice: { __rl: true, mode: 'id', value: 'voice-404' } }), REQUEST)
			.catch((e: unknown) => e);
		expect(lists.every((scope) => scope.isDone())).toBe(true);
		expect(error).toMatchObject({
			message:
				'Voice "voice-404" is none of Chanjing\'s public voices, your cloned voices or an avatar\'s voice; pick one From List',
		});
		expect(upload.isDone()).toBe(false);
		nock.cleanAll();
	});
});
