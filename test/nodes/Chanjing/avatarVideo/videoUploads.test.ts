import { createHash } from 'node:crypto';

import type { INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	VIDEO_AUDIO_SERVICE,
	VIDEO_BACKGROUND_SERVICE,
} from '../../../../nodes/Chanjing/avatarVideo/paths';
import type { AvatarVideoInput } from '../../../../nodes/Chanjing/avatarVideo/videoInput';
import {
	readVideoFiles,
	uploadVideoFiles,
} from '../../../../nodes/Chanjing/avatarVideo/videoUploads';
import { binaryOf, expectUpload, useFastUploads } from '../../../helpers/file-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, webpImage } = require('../../../helpers/images');

/**
 * An avatar video's binary audio and background: read and checked from the item's bytes in
 * n8n-core's item context (nothing sent), then uploaded once each for its own service, with nock.
 */
useFastUploads();

// a WAV header with a 44.1 kHz rate and four bytes of samples
const WAV = Buffer.concat([
	Buffer.from('RIFF'),
	Buffer.alloc(4),
	Buffer.from('WAVEfmt '),
	Buffer.from([16, 0, 0, 0, 1, 0, 1, 0, 0x44, 0xac, 0, 0, 0x88, 0x58, 1, 0, 2, 0, 16, 0]),
	Buffer.from('data'),
	Buffer.from([4, 0, 0, 0, 0xff, 0x7f, 0x01, 0x80]),
]);
const PNG: Buffer = pngImage(1080, 1920);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function contextWith(item: INodeExecutionData) {
	return chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }, 0, undefined, {
		items: [item],
	}).context;
}

function input(extra: Partial<AvatarVideoInput>): AvatarVideoInput {
	return {
		avatar: 'dp-1',
		figureType: '',
		driveWith: 'text',
		canvas: 'portrait',
		background: 'color',
		backgroundColor: '#EDEDED',
		subtitles: false,
		subtitle: {},
		resolution: 0,
		options: {},
		...extra,
	};
}

const BOTH = input({
	driveWith: 'audioBinary',
	audioBinaryProperty: ' voice ',
	background: 'imageBinary',
	backgroundBinaryProperty: 'studio',
});
const ITEM: INodeExecutionData = {
	json: {},
	binary: {
		voice: binaryOf(WAV, 'audio/wav', 'v.wav'),
		studio: binaryOf(PNG, 'image/png', 's.png'),
	},
};

describe('readVideoFiles', () => {
	it('text drive on a colour background: no file read', async () => {
		expect(await readVideoFiles(contextWith(ITEM), input({}))).toEqual({});
	});

	it('binary audio and background: each named by its field and trimmed property, its kind from its bytes', async () => {
		const files = await readVideoFiles(contextWith(ITEM), BOTH);
		expect(files.audio).toMatchObject({
			field: 'Audio Binary Property',
			property: 'voice',
			format: 'wav',
			sizeBytes: WAV.length,
			sha256: sha(WAV),
			uploadName: `${sha(WAV).slice(0, 16)}.wav`,
		});
		expect(files.background).toMatchObject({
			field: 'Background Binary Property',
			property: 'studio',
			sizeBytes: PNG.length,
			sha256: sha(PNG),
			uploadName: `${sha(PNG).slice(0, 16)}.png`,
		});
		expect(Buffer.from((await files.audio!.body()) as Buffer).equals(WAV)).toBe(true);
	});

	it('a property the item does not have names the ones it has', async () => {
		const error = await readVideoFiles(
			contextWith(ITEM),
			input({ driveWith: 'audioBinary', audioBinaryProperty: 'data' }),
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: `Audio Binary Property "data" is not there: this item's binary properties are "voice", "studio"`,
			description:
				"Nothing was uploaded or sent to Chanjing for this item. Fix the file, or the value in the parameter 'Audio Binary Property'.",
		});
	});

	it('a WebP background is refused: Chanjing takes JPG or PNG', async () => {
		const item = {
			json: {},
			binary: { data: binaryOf(webpImage(64, 64), 'image/webp', 'a.webp') },
		};
		await expect(
			readVideoFiles(
				contextWith(item),
				input({ background: 'imageBinary', backgroundBinaryProperty: 'data' }),
			),
		).rejects.toThrow(
			'Background Binary Property "data" is a WebP image; Chanjing takes JPG or PNG backgrounds only',
		);
	});

	it('an image given as audio is refused from its bytes, whatever its MIME type says', async () => {
		const item = { json: {}, binary: { data: binaryOf(PNG, 'audio/mpeg', 'a.mp3') } };
		await expect(
			readVideoFiles(
				contextWith(item),
				input({ driveWith: 'audioBinary', audioBinaryProperty: 'data' }),
			),
		).rejects.toThrow('Audio Binary Property "data" is not a WAV, MP3 or M4A audio file');
	});
});

describe('uploadVideoFiles', () => {
	it('no files: no request, no file IDs', async () => {
		expect(await uploadVideoFiles(contextWith(ITEM), {})).toEqual({
			audioFileId: undefined,
			backgroundFileId: undefined,
		});
	});

	it('the audio for make_video_audio, the background for make_video_background: their file IDs', async () => {
		const context = contextWith(ITEM);
		const files = await readVideoFiles(context, BOTH);
		const audio = expectUpload({
			bytes: WAV,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-audio',
			service: VIDEO_AUDIO_SERVICE,
		});
		const background = expectUpload({
			bytes: PNG,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'file-bg',
			service: VIDEO_BACKGROUND_SERVICE,
		});

		expect(await uploadVideoFiles(context, files)).toEqual({
			audioFileId: 'file-audio',
			backgroundFileId: 'file-bg',
		});
		for (const scope of [audio, background]) {
			expect(scope.create.isDone() && scope.put.isDone() && scope.detail.isDone()).toBe(true);
		}
		// the same files again in this execution: nothing is uploaded twice
		expect(await uploadVideoFiles(context, files)).toEqual({
			audioFileId: 'file-audio',
			backgroundFileId: 'file-bg',
		});
	});
});
