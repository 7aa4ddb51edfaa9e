import nock from 'nock';
import type { BinaryDataService } from 'n8n-core';
import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	readLipSyncFiles,
	uploadLipSyncFiles,
} from '../../../../nodes/Chanjing/lipSync/lipSyncFiles';
import type { LipSyncInput } from '../../../../nodes/Chanjing/lipSync/lipSyncInput';
import { binaryOf, expectUpload, sha, useFastUploads } from '../../../helpers/file-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { filesystemBinaryData } = require('../../../helpers/binary-data');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage } = require('../../../helpers/images');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sampleVideo } = require('../../../simulator/sample-video');

/**
 * A lip-sync item's footage and recording: read and checked by their bytes in n8n-core's item
 * context — from the item's binary data (in memory or stored by n8n) or fetched from a URL —,
 * the footage's size read when the canvas is its own; then uploaded once each, the footage for
 * lip_sync_video and the recording for lip_sync_audio, with nock.
 */
useFastUploads();

/** A real MP4 of 32×32 pixels: ftyp, moov (with the size), mdat. */
const FOOTAGE: Buffer = sampleVideo();
/** The same MP4 with 1.5 MB of `free` box before its moov: its size lies past the first MB. */
const MOOV_LATE = (() => {
	const free = Buffer.alloc(1.5 * 1024 * 1024);
	free.writeUInt32BE(free.length, 0);
	free.write('free', 4, 'latin1');
	return Buffer.concat([FOOTAGE.subarray(0, 32), free, FOOTAGE.subarray(32)]);
})();
const WAV = Buffer.concat([
	Buffer.from('RIFF'),
	Buffer.alloc(4),
	Buffer.from('WAVEfmt '),
	Buffer.from([16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xac, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0]),
	Buffer.from('data'),
	Buffer.from([4, 0, 0, 0, 0xff, 0x7f, 0x01, 0x80]),
]);
const FILES = 'https://files.example.com';

function contextWith(binary: Record<string, IBinaryData> = {}) {
	const item: INodeExecutionData = { json: {}, binary };
	return chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }, 0, undefined, {
		items: [item],
	}).context;
}

function input(extra: Partial<LipSyncInput> = {}): LipSyncInput {
	return {
		videoSource: 'binary',
		videoBinaryProperty: 'data',
		driveWith: 'text',
		script: '你好',
		voice: 'voice-1',
		model: 0,
		canvas: 'video',
		options: {},
		...extra,
	};
}

const footageItem = () => ({ data: binaryOf(FOOTAGE, 'video/mp4', 'clip.mp4') });

describe('readLipSyncFiles', () => {
	it('binary footage and a script: the footage, named by its field and trimmed property, and its size', async () => {
		const files = await readLipSyncFiles(
			contextWith({ clip: binaryOf(FOOTAGE, 'video/mp4', 'clip.mp4') }),
			input({ videoBinaryProperty: ' clip ' }),
		);
		expect(files).toEqual({
			video: expect.objectContaining({
				field: 'Video Binary Property',
				property: 'clip',
				sizeBytes: FOOTAGE.length,
				sha256: sha(FOOTAGE),
				uploadName: `${sha(FOOTAGE).slice(0, 16)}.mp4`,
			}),
			videoSize: { width: 32, height: 32 },
		});
		expect(files).not.toHaveProperty('audio');
	});

	it('a Custom canvas: the size is not read', async () => {
		const files = await readLipSyncFiles(
			contextWith(footageItem()),
			input({ canvas: 'custom', canvasWidth: 720, canvasHeight: 1280 }),
		);
		expect(files.video.field).toBe('Video Binary Property');
		expect(files.videoSize).toBeUndefined();
	});

	it('footage by URL: fetched from the trimmed URL, checked by its bytes, its size read', async () => {
		const fetch = nock(FILES)
			.get('/presenter.mov')
			.reply(200, FOOTAGE, { 'Content-Type': 'application/octet-stream' });
		const files = await readLipSyncFiles(
			contextWith(),
			input({ videoSource: 'url', videoUrl: ` ${FILES}/presenter.mov ` }),
		);
		expect(fetch.isDone()).toBe(true);
		expect(files.video).toMatchObject({
			field: 'Video URL',
			property: `${FILES}/presenter.mov`,
			sizeBytes: FOOTAGE.length,
			sha256: sha(FOOTAGE),
		});
		expect(files.videoSize).toEqual({ width: 32, height: 32 });
	});

	it('a recording from the item: named Audio Binary Property, trimmed', async () => {
		const files = await readLipSyncFiles(
			contextWith({ ...footageItem(), voice: binaryOf(WAV, 'audio/wav', 'v.wav') }),
			input({ driveWith: 'audioBinary', audioBinaryProperty: ' voice ' }),
		);
		expect(files.audio).toMatchObject({
			field: 'Audio Binary Property',
			property: 'voice',
			sizeBytes: WAV.length,
			uploadName: `${sha(WAV).slice(0, 16)}.wav`,
		});
	});

	it('a recording by URL: fetched from the trimmed URL, named Audio URL', async () => {
		const fetch = nock(FILES).get('/voice-over').reply(200, WAV, { 'Content-Type': 'audio/wav' });
		const files = await readLipSyncFiles(
			contextWith(footageItem()),
			input({ driveWith: 'audioUrl', audioUrl: ` ${FILES}/voice-over ` }),
		);
		expect(fetch.isDone()).toBe(true);
		expect(files.audio).toMatchObject({
			field: 'Audio URL',
			property: `${FILES}/voice-over`,
			uploadName: `${sha(WAV).slice(0, 16)}.wav`,
		});
	});

	it('an image given as footage is refused from its bytes, naming the field and the property', async () => {
		const error = await readLipSyncFiles(
			contextWith({ data: binaryOf(pngImage(8, 8), 'video/mp4', 'clip.mp4') }),
			input(),
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Video Binary Property "data" is not an MP4, MOV or WebM video',
			description:
				"Nothing was uploaded or sent to Chanjing for this item. Fix the file, or the value in the parameter 'Video Binary Property'.",
		});
	});

	it('an image given as the recording is refused naming Audio URL', async () => {
		nock(FILES).get('/voice.mp3').reply(200, pngImage(8, 8));
		await expect(
			readLipSyncFiles(
				contextWith(footageItem()),
				input({ driveWith: 'audioUrl', audioUrl: `${FILES}/voice.mp3` }),
			),
		).rejects.toThrow(/^Audio URL is not a WAV, MP3 or M4A audio file/);
	});

	it('a footage URL that answers 404 names Video URL; the recording is not fetched', async () => {
		nock(FILES).get('/gone.mp4').reply(404, 'Not Found');
		const recording = nock(FILES).get('/voice-over').reply(200, WAV);
		await expect(
			readLipSyncFiles(
				contextWith(),
				input({
					videoSource: 'url',
					videoUrl: `${FILES}/gone.mp4`,
					driveWith: 'audioUrl',
					audioUrl: `${FILES}/voice-over`,
				}),
			),
		).rejects.toThrow('Video URL could not be fetched: HTTP 404');
		expect(recording.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('in memory, the size is read wherever the moov box lies', async () => {
		const files = await readLipSyncFiles(
			contextWith({ data: binaryOf(MOOV_LATE, 'video/mp4', 'clip.mp4') }),
			input(),
		);
		expect(files.videoSize).toEqual({ width: 32, height: 32 });
	});
});

describe('readLipSyncFiles: footage stored by n8n (filesystem mode)', () => {
	let service: BinaryDataService;
	let removeStorage: () => void;

	beforeAll(async () => {
		({ service, remove: removeStorage } = await filesystemBinaryData('chanjing-lipsync-'));
	});

	afterAll(() => removeStorage());

	async function stored(bytes: Buffer): Promise<IBinaryData> {
		return await service.store(
			{ type: 'execution', workflowId: 'wf-context', executionId: 'exec-1' },
			bytes,
			{ data: '', fileName: 'clip.mp4', mimeType: 'video/mp4' },
		);
	}

	it('the size is read from the start of the stored file', async () => {
		const binary = await stored(FOOTAGE);
		expect(binary.id).toBeDefined();
		const files = await readLipSyncFiles(contextWith({ data: binary }), input());
		expect(files.video).toMatchObject({ sizeBytes: FOOTAGE.length, sha256: sha(FOOTAGE) });
		expect(files.videoSize).toEqual({ width: 32, height: 32 });
	});

	it('a size past the first MB is not read (the canvas must then be Custom)', async () => {
		const files = await readLipSyncFiles(contextWith({ data: await stored(MOOV_LATE) }), input());
		expect(files.video.sizeBytes).toBe(MOOV_LATE.length);
		expect(files.videoSize).toBeUndefined();
	});
});

describe('uploadLipSyncFiles', () => {
	const videoUpload = () =>
		expectUpload({
			bytes: FOOTAGE,
			ext: 'mp4',
			mimeType: 'video/mp4',
			fileId: 'file-video',
			service: 'lip_sync_video',
		});

	it('the footage alone, for lip_sync_video: its file ID, no audio', async () => {
		const context = contextWith(footageItem());
		const files = await readLipSyncFiles(context, input());
		const upload = videoUpload();
		expect(await uploadLipSyncFiles(context, files)).toEqual({
			videoFileId: 'file-video',
			audioFileId: undefined,
		});
		expect(upload.create.isDone() && upload.put.isDone() && upload.detail.isDone()).toBe(true);
	});

	it('footage and recording each for its service; again in this execution: nothing uploaded twice', async () => {
		const context = contextWith({ ...footageItem(), voice: binaryOf(WAV, 'audio/wav', 'v.wav') });
		const files = await readLipSyncFiles(
			context,
			input({ driveWith: 'audioBinary', audioBinaryProperty: 'voice' }),
		);
		const video = videoUpload();
		const audio = expectUpload({
			bytes: WAV,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-audio',
			service: 'lip_sync_audio',
		});
		const ids = { videoFileId: 'file-video', audioFileId: 'file-audio' };
		expect(await uploadLipSyncFiles(context, files)).toEqual(ids);
		for (const scope of [video, audio]) {
			expect(scope.create.isDone() && scope.put.isDone() && scope.detail.isDone()).toBe(true);
		}
		expect(await uploadLipSyncFiles(context, files)).toEqual(ids);
	});
});
