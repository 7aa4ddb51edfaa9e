import { createHash } from 'node:crypto';

import nock from 'nock';
import type { BinaryDataService } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';

import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { expectUpload, itemWith, useFastUploads } from '../../../helpers/file-api';

/* eslint-disable @typescript-eslint/no-require-imports */
const { jpegImage, pngImage } = require('../../../helpers/images');
const { filesystemBinaryData } = require('../../../helpers/binary-data');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A binary image of the item, read and checked before its upload (upload/binaryImage.ts), through
 * a binary first frame of Video → Generate. In n8n's filesystem binary mode (the default of n8n
 * 2.x; S3 works through the same helpers) the item carries only an ID, and the node must read the
 * bytes through n8n's helpers; in the default mode the item carries them.
 */
const FIRST_BINARY = { mode: 'firstFrameToVideo', firstFrameSource: 'binary' };
// a 20 MB image is made, stored and streamed: slower than a unit test on a busy machine
jest.setTimeout(60_000);

let service: BinaryDataService;
let removeStorage: () => void;

beforeAll(async () => {
	({ service, remove: removeStorage } = await filesystemBinaryData('chanjing-binary-'));
});

afterAll(() => removeStorage());

useFastUploads();

async function stored(bytes: Buffer, fileName: string, mimeType: string): Promise<IBinaryData> {
	return await service.store(
		{ type: 'execution', workflowId: 'wf-test', executionId: 'exec-1' },
		bytes,
		{ data: '', fileName, mimeType },
	);
}

describe('binary frames in filesystem mode', () => {
	it('checks the stored image and PUTs its bytes, read through n8n’s helpers', async () => {
		// 2 MB: a JPEG header with filler, as large files are streamed
		const jpeg = jpegImage(1920, 1080, { exifBytes: 30_000, padTo: 2 * 1024 * 1024 });
		const binary = await stored(jpeg, 'photo.jpg', 'image/jpeg');
		expect(binary.id).toMatch(/^filesystem/);
		const name = `${createHash('sha256').update(jpeg).digest('hex').slice(0, 16)}.jpg`;
		nock(TEST_BASE_URL)
			.get('/open/v1/common/create_upload_url')
			.query({ service: 'ai_creation', name })
			.reply(
				200,
				envelope(0, {
					sign_url: 'https://oss.example.com/up/1?Signature=s',
					full_path: 'https://cdn.example.com/up/1.jpg',
					mime_type: 'image/jpeg',
					file_id: 'fs-1',
				}),
			);
		const put = nock('https://oss.example.com', {
			reqheaders: { 'content-type': 'image/jpeg', 'content-length': String(jpeg.length) },
			badheaders: ['access_token'],
		})
			.put('/up/1', (body) => Buffer.from(body, 'hex').equals(jpeg))
			.query(true)
			.reply(200, '');
		nock(TEST_BASE_URL)
			.get('/open/v1/common/file_detail')
			.query({ id: 'fs-1' })
			.reply(200, envelope(0, { status: 1 }));
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: 'https://cdn.example.com/up/1.jpg' });

		const { error, items } = await runChanjing({
			parameters: generateParameters({ mode: 'firstFrameToVideo', firstFrameSource: 'binary' }),
			inputItems: [{ json: {}, binary: { data: binary } }],
		});

		expect(error).toBeUndefined();
		expect(put.isDone()).toBe(true);
		expect(submit.isDone()).toBe(true);
		expect(items?.[0].json.firstFrameUrl).toBe('https://cdn.example.com/up/1.jpg');
	});

	it('refuses a stored image from its header, and one of 20 MB from its stored size', async () => {
		const small = await stored(pngImage(120, 90), 'small.png', 'image/png');
		const big = await stored(
			pngImage(400, 400, { padTo: 20 * 1024 * 1024 }),
			'big.png',
			'image/png',
		);

		const { items } = await runChanjing({
			parameters: generateParameters({ mode: 'firstFrameToVideo', firstFrameSource: 'binary' }),
			inputItems: [
				{ json: {}, binary: { data: small } },
				{ json: {}, binary: { data: big } },
			],
			continueOnFail: true,
		});

		expect(items?.map((i) => i.json.error)).toEqual([
			'First Frame Binary Property "data" is 120×90 px; Hailuo 02 needs the short side to be at least 300 px',
			'First Frame Binary Property "data" is 20.0 MB; Hailuo 02 takes frames under 20 MB',
		]);
	});
});

describe('the binary property of the item', () => {
	it('a missing binary property names the ones the item has', async () => {
		const { error } = await runChanjing({
			parameters: generateParameters({ ...FIRST_BINARY, firstFrameBinaryProperty: 'image' }),
			inputItems: [itemWith({ file: pngImage(400, 400), photo: pngImage(400, 400) })],
		});

		expect(error?.message).toBe(
			'First Frame Binary Property "image" is not there: this item\'s binary properties are "file", "photo"',
		);
	});

	it('an item without binary data says so; with Continue On Fail the other items still go', async () => {
		const png = pngImage(400, 400);
		const upload = expectUpload({ bytes: png, ext: 'png', mimeType: 'image/png', fileId: 'f-ok' });
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: upload.fullPath });

		const { items } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [{ json: {} }, itemWith({ data: png })],
			continueOnFail: true,
		});

		expect(submit.isDone()).toBe(true);
		expect(String(items?.[0].json.error)).toContain(
			'First Frame Binary Property "data" is not there: this item has no binary data',
		);
		expect(items?.[1].json.creationId).toBe('creation-1');
	});
});
