import { createHash } from 'node:crypto';

import type { BinaryDataService } from 'n8n-core';
import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readAudioFile } from '../../../../nodes/Chanjing/media/audioRules';
import { type FileRules, readBinaryFile } from '../../../../nodes/Chanjing/upload/binaryFile';
import { binaryOf } from '../../../helpers/file-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { filesystemBinaryData } = require('../../../helpers/binary-data');

/**
 * A binary file of the item that is not an image (audio, video), read and checked by its first
 * bytes in n8n-core's item context: carried in the item (n8n's default mode) or stored by n8n's
 * BinaryDataService (filesystem mode, as S3), where only an ID is in the item. Nothing is sent.
 */
const FIELD = 'Audio Binary Property';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// an MP3 (ID3 tag) with filler after the header
const MP3 = Buffer.concat([
	Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'),
	Buffer.alloc(200, 7),
]);

function contextWith(binary?: Record<string, IBinaryData>, itemIndex = 0) {
	const item: INodeExecutionData = { json: {}, ...(binary ? { binary } : {}) };
	return chanjingSingleContext(
		{ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
		itemIndex,
		undefined,
		{
			items: [item, item],
		},
	).context;
}

/** Rules that record what they were shown and answer `answers` in turn. */
function recordingRules(...answers: Array<{ format: string } | { problem: string }>) {
	const seen: Array<{ head: Buffer; size: number }> = [];
	const rules: FileRules = (head, size) => {
		seen.push({ head: Buffer.from(head), size });
		return answers[Math.min(seen.length - 1, answers.length - 1)];
	};
	return { rules, seen };
}

async function bytesOf(body: Buffer | AsyncIterable<unknown>): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

describe('readBinaryFile: the file in the item', () => {
	it('checked by its first bytes and size, then hashed and named by content and format', async () => {
		const file = await readBinaryFile(
			contextWith({ voice: binaryOf(MP3, 'audio/mpeg', 'v.mp3') }),
			FIELD,
			'voice',
			readAudioFile,
		);
		expect(file).toEqual({
			field: FIELD,
			property: 'voice',
			format: 'mp3',
			sizeBytes: MP3.length,
			sha256: sha(MP3),
			uploadName: `${sha(MP3).slice(0, 16)}.mp3`,
			body: expect.any(Function),
		});
		expect(await file.body()).toEqual(MP3);
	});

	it('the rules see the first headBytes bytes (64 by default) and the size', async () => {
		const { rules, seen } = recordingRules({ format: 'bin' });
		await readBinaryFile(contextWith({ data: binaryOf(MP3) }), FIELD, 'data', rules);
		await readBinaryFile(contextWith({ data: binaryOf(MP3) }), FIELD, 'data', rules, 12);
		expect(seen.map(({ head, size }) => [head.toString('hex'), size])).toEqual([
			[MP3.subarray(0, 64).toString('hex'), MP3.length],
			[MP3.subarray(0, 64).toString('hex'), MP3.length],
			[MP3.subarray(0, 12).toString('hex'), MP3.length],
			[MP3.subarray(0, 12).toString('hex'), MP3.length],
		]);
	});

	it("a file the rules refuse: the field, the property and the rules' words, nothing uploaded", async () => {
		const error = await readBinaryFile(
			contextWith({ voice: binaryOf(Buffer.from('%PDF-1.7\n'), 'application/pdf', 'a.pdf') }, 1),
			FIELD,
			'voice',
			readAudioFile,
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Audio Binary Property "voice" is not a WAV, MP3 or M4A audio file',
			context: { itemIndex: 1 },
			description:
				"Nothing was uploaded or sent to Chanjing for this item. Fix the file, or the value in the parameter 'Audio Binary Property'.",
		});
	});

	it('a missing property names the properties the item has', async () => {
		const error = await readBinaryFile(
			contextWith({ data: binaryOf(MP3), image: binaryOf(MP3) }),
			FIELD,
			'voice',
			readAudioFile,
		).catch((e: unknown) => e);
		expect(error).toMatchObject({
			message: `Audio Binary Property "voice" is not there: this item's binary properties are "data", "image"`,
		});
	});

	it('an item without binary data says where a file comes from', async () => {
		await expect(readBinaryFile(contextWith(), FIELD, 'data', readAudioFile)).rejects.toThrow(
			'Audio Binary Property "data" is not there: this item has no binary data; give it a file from a previous node (e.g. a form upload or an HTTP Request download)',
		);
	});
});

describe('readBinaryFile: a file stored by n8n (filesystem mode)', () => {
	let service: BinaryDataService;
	let removeStorage: () => void;

	beforeAll(async () => {
		({ service, remove: removeStorage } = await filesystemBinaryData('chanjing-file-'));
	});

	afterAll(() => removeStorage());

	async function stored(bytes: Buffer): Promise<IBinaryData> {
		return await service.store(
			{ type: 'execution', workflowId: 'wf-context', executionId: 'exec-1' },
			bytes,
			{ data: '', fileName: 'v.mp3', mimeType: 'audio/mpeg' },
		);
	}

	it('read through n8n’s helpers: checked, hashed, and streamed afresh for the upload', async () => {
		// 300 KB: more than one chunk of the stream
		const big = Buffer.concat([MP3, Buffer.alloc(300 * 1024, 1)]);
		const binary = await stored(big);
		expect(binary.id).toBeDefined();
		const file = await readBinaryFile(
			contextWith({ voice: binary }),
			FIELD,
			'voice',
			readAudioFile,
		);
		expect(file).toMatchObject({
			format: 'mp3',
			sizeBytes: big.length,
			sha256: sha(big),
			uploadName: `${sha(big).slice(0, 16)}.mp3`,
		});
		expect((await bytesOf(await file.body())).equals(big)).toBe(true);
		expect((await bytesOf(await file.body())).equals(big)).toBe(true);
	});

	it('the rules see the stored size first, then the size the hash pass counted', async () => {
		const { rules, seen } = recordingRules({ format: 'mp3' });
		await readBinaryFile(contextWith({ voice: await stored(MP3) }), FIELD, 'voice', rules);
		expect(seen.map(({ size }) => size)).toEqual([MP3.length, MP3.length]);
		expect(seen[0].head.subarray(0, 64)).toEqual(MP3.subarray(0, 64));
	});

	it('a file refused on its second check (its counted size) is not kept', async () => {
		const { rules } = recordingRules({ format: 'mp3' }, { problem: 'is too long' });
		await expect(
			readBinaryFile(contextWith({ voice: await stored(MP3) }), FIELD, 'voice', rules),
		).rejects.toThrow('Audio Binary Property "voice" is too long');
	});
});
