import nock from 'nock';
import type { INodeExecutionData } from 'n8n-workflow';

import { uploadTiming } from '../../../../nodes/Chanjing/upload/filePacing';
import { MAX_READY_WAIT_S } from '../../../../nodes/Chanjing/upload/fileApi';
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
import { runChanjing, TEST_BASE_URL } from '../../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');

const LAST_URL = 'https://example.com/frames/last.jpg';

const FIRST_BINARY = { mode: 'firstFrameToVideo', firstFrameSource: 'binary' };

useFastUploads();

describe('Generate with First Frame Source "Binary"', () => {
	it('uploads the image, waits until the file is ready, sends its full_path as start_frame and shows it', async () => {
		const png = pngImage(640, 360);
		const upload = expectUpload({ bytes: png, ext: 'png', mimeType: 'image/png', fileId: 'f-1' });
		const submit = expectSubmit({ ...TEXT_BODY, start_frame: upload.fullPath });

		const { items, error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: png })],
		});

		expect(error).toBeUndefined();
		for (const scope of [upload.create, upload.put, upload.detail, submit])
			expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			creationId: 'creation-1',
			traceId: 'trace-1',
			firstFrameUrl: upload.fullPath,
		});
	});

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

	it('first frame from binary and last frame from a URL, sent as start_frame and end_frame', async () => {
		const webp = webpImage(1024, 576);
		const upload = expectUpload({
			bytes: webp,
			ext: 'webp',
			mimeType: 'image/webp',
			fileId: 'f-3',
		});
		const submit = expectSubmit({
			...TEXT_BODY,
			start_frame: upload.fullPath,
			end_frame: LAST_URL,
		});

		const { items, error } = await runChanjing({
			parameters: generateParameters({
				mode: 'firstAndLastFrameToVideo',
				firstFrameSource: 'binary',
				lastFrameUrl: LAST_URL,
			}),
			inputItems: [itemWith({ data: webp })],
		});

		expect(error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
		expect(items?.[0].json.firstFrameUrl).toBe(upload.fullPath);
		expect(items?.[0].json).not.toHaveProperty('lastFrameUrl');
	});

	it('first and last frame from two binary properties, with Frame Fields "Both"', async () => {
		const first = pngImage(600, 400, { rgb: [1, 2, 3] });
		const last = pngImage(600, 400, { rgb: [200, 2, 3] });
		const up1 = expectUpload({ bytes: first, ext: 'png', mimeType: 'image/png', fileId: 'f-a' });
		const up2 = expectUpload({ bytes: last, ext: 'png', mimeType: 'image/png', fileId: 'f-b' });
		const submit = expectSubmit({
			...TEXT_BODY,
			start_frame: up1.fullPath,
			end_frame: up2.fullPath,
			ref_img_url: [up1.fullPath, up2.fullPath],
		});

		const { items, error } = await runChanjing({
			parameters: generateParameters({
				mode: 'firstAndLastFrameToVideo',
				firstFrameSource: 'binary',
				firstFrameBinaryProperty: 'start',
				lastFrameSource: 'binary',
				lastFrameBinaryProperty: 'end',
				options: { frameFields: 'both' },
			}),
			inputItems: [itemWith({ start: first, end: last })],
		});

		expect(error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({
			firstFrameUrl: up1.fullPath,
			lastFrameUrl: up2.fullPath,
		});
	});

	it('one image in three items (and as first and last frame) is uploaded once per execution', async () => {
		const png = pngImage(500, 500);
		const upload = expectUpload({
			bytes: png,
			ext: 'png',
			mimeType: 'image/png',
			fileId: 'f-same',
		});
		const body = { ...TEXT_BODY, start_frame: upload.fullPath, end_frame: upload.fullPath };
		const submits = [1, 2, 3].map((n) => expectSubmit(body, envelope(0, `creation-${n}`)));

		const { items, error } = await runChanjing({
			parameters: generateParameters({
				mode: 'firstAndLastFrameToVideo',
				firstFrameSource: 'binary',
				lastFrameSource: 'binary',
			}),
			inputItems: [itemWith({ data: png }), itemWith({ data: png }), itemWith({ data: png })],
		});

		expect(error).toBeUndefined();
		for (const scope of submits) expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(3);
		expect(items?.map((i) => i.json.firstFrameUrl)).toEqual(Array(3).fill(upload.fullPath));
		// the interceptors answer once each: a second upload would have found none and failed
		expect(upload.create.isDone() && upload.put.isDone()).toBe(true);
	});
});

describe('one binary property as both frames (version 2)', () => {
	const BOTH_BINARY = {
		mode: 'firstAndLastFrameToVideo',
		firstFrameSource: 'binary',
		lastFrameSource: 'binary',
		lastFrameBinaryProperty: 'data',
	};

	it('is refused before any request, naming the field and the way out', async () => {
		const { error } = await runChanjing({
			parameters: generateParameters(BOTH_BINARY),
			inputItems: [itemWith({ data: pngImage(500, 500) })],
			node: { typeVersion: 2 },
		});

		expect(error?.message).toBe(
			'Last Frame Binary Property is "data", the same as First Frame Binary Property: the video would start and end with one image. Name the binary property of the last frame, or turn on Options → Same Image for Both Frames',
		);
		expect(error?.description).toMatch(/Nothing was sent to Chanjing/);
	});

	it('is sent, uploaded once, when Options → Same Image for Both Frames is on', async () => {
		const png = pngImage(500, 500);
		const upload = expectUpload({ bytes: png, ext: 'png', mimeType: 'image/png', fileId: 'f-1' });
		const submit = expectSubmit({
			...TEXT_BODY,
			start_frame: upload.fullPath,
			end_frame: upload.fullPath,
		});

		const { error } = await runChanjing({
			parameters: generateParameters({ ...BOTH_BINARY, options: { sameImageForBothFrames: true } }),
			inputItems: [itemWith({ data: png })],
			node: { typeVersion: 2 },
		});

		expect(error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
	});
});

describe('binary frames refused before any request', () => {
	it.each([
		[
			'a text file',
			Buffer.from('just some text, not an image at all'),
			'First Frame Binary Property "data" is not a JPG, PNG or WebP image; Hailuo 02 takes only these formats',
		],
		[
			'a 200×200 PNG',
			pngImage(200, 200),
			'First Frame Binary Property "data" is 200×200 px; Hailuo 02 needs the short side to be at least 300 px',
		],
		[
			'a 1000×300 JPEG',
			jpegImage(1000, 300),
			'First Frame Binary Property "data" is 1000×300 px (aspect ratio 3.33); Hailuo 02 needs an aspect ratio between 2:5 and 5:2',
		],
	])('%s', async (_what, bytes, message) => {
		const { error } = await runChanjing({
			parameters: generateParameters(FIRST_BINARY),
			inputItems: [itemWith({ data: bytes })],
		});

		expect(error).toMatchObject({
			message,
			description: expect.stringContaining('Nothing was uploaded or sent to Chanjing'),
		});
	});

	it('a good first frame is not uploaded when the last frame is refused', async () => {
		const { error } = await runChanjing({
			parameters: generateParameters({
				mode: 'firstAndLastFrameToVideo',
				firstFrameSource: 'binary',
				lastFrameSource: 'binary',
				lastFrameBinaryProperty: 'end',
			}),
			inputItems: [itemWith({ data: pngImage(400, 400), end: pngImage(100, 400) })],
		});

		expect(error?.message).toBe(
			'Last Frame Binary Property "end" is 100×400 px; Hailuo 02 needs the short side to be at least 300 px',
		);
	});

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

describe('pacing under the file API limit', () => {
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
