import nock from 'nock';
import type { INodeExecutionData } from 'n8n-workflow';

import { uploadTiming } from '../../../../nodes/Chanjing/upload/filePacing';
import {
	FAILED_STATUSES,
	isFileRefusal,
	MAX_READY_WAIT_S,
} from '../../../../nodes/Chanjing/upload/fileApi';
import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import {
	binaryOf,
	CDN,
	CREATE,
	DETAIL,
	expectUpload,
	itemWith,
	OSS,
	sha,
	useFastUploads,
} from '../../../helpers/file-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage } = require('../../../helpers/images');

/**
 * Chanjing's file API as an upload meets it (an upload URL, the PUT to the signed URL, file_detail
 * until the file is checked), through a binary first frame of Video → Generate: n8n-core with nock.
 */
const FIRST_BINARY = { mode: 'firstFrameToVideo', firstFrameSource: 'binary' };

useFastUploads();

describe('an upload', () => {
	it('PUTs exactly the Content-Type Chanjing returned, whatever the binary data claims', async () => {
		const jpeg = jpegImage(1280, 720);
		const upload = expectUpload({
			bytes: jpeg,
			ext: 'jpg',
			mimeType: 'image/jpeg',
			fileId: 'f-2',
			statuses: [1],
		});
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: upload.fullPath });
		const item: INodeExecutionData = {
			json: {},
			binary: { photo: binaryOf(jpeg, 'application/octet-stream', 'upload.bin') },
		};

		const { error } = await runChanjing({
			parameters: generateParameters({ ...FIRST_BINARY, firstFrameBinaryProperty: 'photo' }),
			inputItems: [item],
		});

		expect(error).toBeUndefined();
		expect(upload.put.isDone()).toBe(true);
		expect(submit.isDone()).toBe(true);
	});

	it('takes file status 2 as ready, as one official client does', async () => {
		const png = pngImage(400, 400);
		const upload = expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'f-2',
			statuses: [2],
		});
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: upload.fullPath });

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(error).toBeUndefined();
		expect(upload.detail.isDone()).toBe(true);
		expect(submit.isDone()).toBe(true);
	});

	it('a PUT answered 5xx is sent again (the same bytes, the same Content-Type)', async () => {
		const png = pngImage(402, 400);
		const name = `${sha(png).slice(0, 16)}.png`;
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(CREATE)
			.query({ service: 'ai_creation', name })
			.reply(
				200,
				envelope(0, {
					sign_url: `${OSS}/b/retry?Signature=s`,
					full_path: `${CDN}/retry.png`,
					mime_type: 'image/png',
					file_id: 'f-retry',
				}),
			);
		const puts = nock(OSS, {
			reqheaders: { 'content-type': 'image/png', 'content-length': String(png.length) },
			badheaders: ['access_token'],
		})
			.put('/b/retry', (body) => Buffer.from(body, 'hex').equals(png))
			.query({ Signature: 's' })
			.reply(503, '<Error><Code>ServiceUnavailable</Code></Error>')
			.put('/b/retry', (body) => Buffer.from(body, 'hex').equals(png))
			.query({ Signature: 's' })
			.reply(200, '');
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(DETAIL)
			.query({ id: 'f-retry' })
			.reply(200, envelope(0, { id: 'f-retry', status: 1 }));
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: `${CDN}/retry.png` });

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(error).toBeUndefined();
		expect(puts.isDone()).toBe(true);
		expect(submit.isDone()).toBe(true);
	});

	it.each([
		['no sign_url', { full_path: `${CDN}/x.png`, mime_type: 'image/png', file_id: 'f' }],
		[
			'a full_path that is no URL',
			{ sign_url: `${OSS}/x`, full_path: 'x.png', mime_type: 'image/png', file_id: 'f' },
		],
		['no mime_type', { sign_url: `${OSS}/x`, full_path: `${CDN}/x.png`, file_id: 'f' }],
		[
			'an empty file_id',
			{ sign_url: `${OSS}/x`, full_path: `${CDN}/x.png`, mime_type: 'image/png', file_id: '' },
		],
	])(
		'an upload URL answer with %s fails the item; nothing uploaded or submitted',
		async (_what, data) => {
			const png = pngImage(403, 400);
			const create = nock(TEST_BASE_URL)
				.get(CREATE)
				.query({ service: 'ai_creation', name: `${sha(png).slice(0, 16)}.png` })
				.reply(200, envelope(0, data));

			const { error } = await runChanjing({
				parameters: generateParameters(FIRST_BINARY),
				inputItems: [itemWith({ data: png })],
			});

			expect(create.isDone()).toBe(true);
			expect(error?.message).toBe("Chanjing's upload URL answer is incomplete");
			expect(error?.description).toMatch(/^Nothing was submitted for this item\. Answer data: \{/);
		},
	);
});

describe('isFileRefusal', () => {
	it.each(Object.keys(FAILED_STATUSES).map(Number))(
		'file status %i is Chanjing’s verdict on the content',
		(status) => {
			expect(isFileRefusal({ context: { fileStatus: status } })).toBe(true);
		},
	);

	it.each([
		[{ context: { fileStatus: 0 } }],
		[{ context: { chanjingCode: 40001 } }],
		[{ message: 'socket hang up' }],
		[undefined],
	])('%j is not (an upload may be tried again)', (error) => {
		expect(isFileRefusal(error)).toBe(false);
	});
});

describe('upload failures', () => {
	it("status 98 fails the item with Chanjing's reason and submits nothing", async () => {
		const png = pngImage(400, 400);
		const upload = expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'f-98',
			statuses: [0, 98],
			detail: { err_msg: '内容安全检测失败' },
		});

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(upload.detail.isDone()).toBe(true);
		expect(error).toMatchObject({
			message:
				'Chanjing refused First Frame Binary Property "data": file rejected by the content check (内容安全检测失败)',
			description: expect.stringContaining('Nothing was submitted for this item'),
		});
	});

	it('status 99 with a reason of its own shows both', async () => {
		const png = pngImage(401, 400);
		expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'f-99',
			statuses: [99],
			detail: { err_msg: 'removed by the account owner' },
		});

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(error?.message).toBe(
			'Chanjing refused First Frame Binary Property "data": file marked deleted (文件标记删除) – removed by the account owner',
		);
	});

	it("a 403 from the storage (signature) fails the item with the storage's code; nothing submitted", async () => {
		const png = pngImage(400, 400);
		const name = `${sha(png).slice(0, 16)}.png`;
		nock(TEST_BASE_URL)
			.get(CREATE)
			.query({ service: 'ai_creation', name })
			.reply(
				200,
				envelope(0, {
					sign_url: `${OSS}/b/x?Signature=s`,
					full_path: `${CDN}/x`,
					mime_type: 'image/png',
					file_id: 'f-403',
				}),
			);
		const put = nock(OSS)
			.put('/b/x')
			.query(true)
			.reply(
				403,
				'<?xml version="1.0"?><Error><Code>SignatureDoesNotMatch</Code><Message>bad sig</Message></Error>',
			);

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(put.isDone()).toBe(true);
		expect(error?.message).toBe(
			'Could not upload First Frame Binary Property "data" to chanjing-oss.example.com: HTTP 403 SignatureDoesNotMatch: bad sig',
		);
	});

	it('40001 and 50000 from the file API are waited out, like polls', async () => {
		const png = pngImage(400, 400);
		nock(TEST_BASE_URL)
			.get(CREATE)
			.query(true)
			.reply(200, envelope(40001, null, '超出 QPS 限制'));
		nock(TEST_BASE_URL)
			.get(CREATE)
			.query(true)
			.reply(200, envelope(50000, null, '系统内部错误'));
		nock(TEST_BASE_URL)
			.get(DETAIL)
			.query(true)
			.reply(200, envelope(40001, null, '超出 QPS 限制'));
		const upload = expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'f-r',
			statuses: [1],
		});
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: upload.fullPath });

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
	});

	it(`waiting for "ready" ends after ${MAX_READY_WAIT_S} s of file time with the last status; nothing submitted`, async () => {
		const png = pngImage(400, 400);
		// delays 1, 2, 4, then 5 s until 180 s: 3 + ceil(173 / 5) = 38 polls
		const upload = expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'f-slow',
			statuses: Array(38).fill(0),
		});

		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(upload.detail.isDone()).toBe(true);
		expect(error?.message).toBe(
			`First Frame Binary Property "data" was uploaded but not ready after ${MAX_READY_WAIT_S} s (last file status: 0)`,
		);
	});
});

describe('pacing under the file API limit (upload/filePacing.ts)', () => {
	it('16 images in one execution (48 file API requests) never put more than 30 into a minute', async () => {
		const times: number[] = [];
		const images = Array.from({ length: 16 }, (_, i) => pngImage(300 + i, 300));
		const fullPaths = images.map((png, i) => {
			const name = `${sha(png).slice(0, 16)}.png`;
			nock(TEST_BASE_URL)
				.get(CREATE)
				.query({ service: 'ai_creation', name })
				.reply(200, () => {
					times.push(Date.now());
					return envelope(0, {
						sign_url: `${OSS}/p/${i}?Signature=s`,
						full_path: `${CDN}/p/${i}`,
						mime_type: 'image/png',
						file_id: `f${i}`,
					});
				});
			nock(OSS).put(`/p/${i}`).query(true).reply(200, '');
			for (const status of [0, 1]) {
				nock(TEST_BASE_URL)
					.get(DETAIL)
					.query({ id: `f${i}` })
					.reply(200, () => {
						times.push(Date.now());
						return envelope(0, { id: `f${i}`, status });
					});
			}
			return `${CDN}/p/${i}`;
		});
		nock(TEST_BASE_URL)
			.post('/open/v1/ai_creation/task/submit')
			.times(16)
			.reply(200, envelope(0, 'c'));
		uploadTiming.msPerSecond = 5; // a minute lasts 300 ms

		const { items, error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: images.map((png) => itemWith({ data: png })),
		});

		expect(error).toBeUndefined();
		expect(items?.map((i) => i.json.firstFrameUrl).sort()).toEqual([...fullPaths].sort());
		times.sort((a, b) => a - b);
		expect(times).toHaveLength(48);
		const minuteMs = 60 * uploadTiming.msPerSecond;
		for (let i = 30; i < times.length; i++) {
			expect(times[i] - times[i - 30]).toBeGreaterThanOrEqual(minuteMs);
		}
	});
});
