import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { expectUpload, itemWith, useFastUploads } from '../../../helpers/file-api';
import { runChanjing } from '../../../helpers/run-workflow';

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
});
