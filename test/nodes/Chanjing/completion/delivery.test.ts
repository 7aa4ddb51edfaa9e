import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { listFiles } from '../../../../nodes/Chanjing/completion/delivery';
import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { aiImageAdapter } from '../../../../nodes/Chanjing/aiImage/adapter';
import { envelope, expectSubmit } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Issue 21, points 2 and 9: what a finished image task delivers. Every item says how many images
 * were asked and delivered; a short delivery (a URL absent, empty or null, or an image whose
 * download fails) fails the item by default, or keeps what came with On Short Delivery →
 * Return What Was Delivered. Through n8n-core with nock.
 */
const V2 = { typeVersion: 2 };
const ID = '5b1c2d3e-0000-4000-8000-000000000009';
const TASK_PATH = '/open/v1/ai_creation/task';
const CDN = 'https://cdn.chanjing.example';
const PROMPT = 'A red fox in fresh snow';
// A PNG signature and the start of an IHDR chunk: enough for the image check of a download.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100802000000', 'hex');
const url = (n: number) => `${CDN}/${ID}-${n}.png`;
const FOUR = [1, 2, 3, 4].map(url);

function succeeded(urls: unknown[], numberOfImages: number | null = 4) {
	return {
		unique_id: ID,
		id: 9,
		create_time: 1795500000,
		type: 3,
		progress_desc: 'Success',
		err_msg: '',
		output_url: urls,
		model_code: 'doubao-seedream-4.0',
		photo_info: {
			ref_prompt: PROMPT,
			clarity: 2048,
			aspect_ratio: '1:1',
			number_of_images: numberOfImages,
		},
	};
}

/** Image → Get of the task, which Chanjing answers as finished with these URLs. */
async function getImages(
	urls: unknown[],
	parameters: Record<string, unknown> = {},
	numberOfImages: number | null = 4,
) {
	const detail = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
		.get(TASK_PATH)
		.query({ unique_id: ID })
		.reply(200, envelope(0, succeeded(urls, numberOfImages)));
	const result = await runChanjing({
		parameters: {
			resource: 'image',
			operation: 'get',
			creationId: { __rl: true, mode: 'id', value: ID },
			downloadImages: true,
			...parameters,
		},
		node: V2,
	});
	expect(detail.isDone()).toBe(true);
	return result;
}

/** The image files at the CDN: a PNG each, or the given failure. */
function files(
	answers: Record<number, [number, string | Buffer, string]> = {},
	which = [1, 2, 3, 4],
) {
	const scope = nock(CDN, { badheaders: ['access_token'] });
	for (const n of which) {
		const [status, body, type] = answers[n] ?? [200, PNG, 'image/png'];
		scope.get(`/${ID}-${n}.png`).reply(status, body, { 'content-type': type });
	}
	return scope;
}

const RETURN_DELIVERED = { onShortDelivery: 'returnDelivered' };

describe('listFiles: what a finished image task lists', () => {
	const task = (outputUrls: unknown[], numberOfImages: number | null = 4): IDataObject => ({
		creationId: ID,
		outputUrls,
		numberOfImages,
	});

	it('every asked position: a usable URL, or missing with the reason', () => {
		expect(listFiles(aiImageAdapter, task([url(1), '', null]))).toEqual({
			requested: 4,
			listed: [{ index: 0, url: url(1) }],
			missing: [
				{ index: 1, url: '', reason: "its URL in Chanjing's answer is empty" },
				{ index: 2, url: null, reason: "its URL in Chanjing's answer is null" },
				{ index: 3, url: null, reason: "Chanjing's answer lists no URL for it" },
			],
		});
	});

	it('a URL of spaces is empty', () => {
		expect(listFiles(aiImageAdapter, task(['  '], 1)).missing).toHaveLength(1);
	});

	it('without a recorded number (a Custom model), the listed URLs are what was asked', () => {
		expect(listFiles(aiImageAdapter, task([url(1), url(2)], null))).toMatchObject({
			requested: 2,
			missing: [],
		});
	});

	it('more URLs than asked: all are delivered', () => {
		expect(listFiles(aiImageAdapter, task(FOUR, 2)).listed).toHaveLength(4);
	});
});

describe('a full delivery: every item says 4 asked, 4 delivered', () => {
	it('4 of 4', async () => {
		const cdn = files();

		const { items, error } = await getImages(FOUR);

		expect(error).toBeUndefined();
		expect(cdn.isDone()).toBe(true);
		expect(items?.map((item) => item.json)).toEqual(
			FOUR.map((imageUrl, imageIndex) =>
				expect.objectContaining({
					imagesRequested: 4,
					imagesDelivered: 4,
					missingImages: [],
					imageIndex,
					imageUrl,
				}),
			),
		);
	});

	it('without Download Images: one item with the counts', async () => {
		const { items, error } = await getImages(FOUR, { downloadImages: false });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items?.[0].json).toMatchObject({
			outputUrls: FOUR,
			imagesRequested: 4,
			imagesDelivered: 4,
			missingImages: [],
		});
	});
});

describe('point 2: a short delivery (fewer URLs, an empty or null URL)', () => {
	it.each([
		['3 URLs for 4 images', FOUR.slice(0, 3), "image 4: Chanjing's answer lists no URL for it"],
		['an empty URL', [...FOUR.slice(0, 3), ''], "image 4: its URL in Chanjing's answer is empty"],
		['a null URL', [...FOUR.slice(0, 3), null], "image 4: its URL in Chanjing's answer is null"],
		[
			'two missing',
			[url(1), null, url(3)],
			"image 2: its URL in Chanjing's answer is null; image 4: Chanjing's answer lists no URL for it",
		],
	])(
		'%s: by default the item fails before any download, naming each',
		async (_name, urls, which) => {
			const { items, error } = await getImages(urls);

			expect(items).toBeUndefined();
			const delivered = urls.filter(Boolean).length;
			expect(error?.message).toBe(`Image task ${ID} delivered ${delivered} of 4 images: ${which}`);
			expect(error?.message).not.toMatch(/yet/);
			expect(error?.description).toMatch(/^The task succeeded at Chanjing/);
			expect(error?.description).toContain(
				`Set On Short Delivery to 'Return What Was Delivered' to get the ${delivered} images that came`,
			);
			expect(error?.description).toMatch(
				/running the create again makes \(and pays for\) a new task/,
			);
		},
	);

	it.each([
		['3 URLs for 4 images', FOUR.slice(0, 3), null, "Chanjing's answer lists no URL for it"],
		['an empty URL', [...FOUR.slice(0, 3), ''], '', "its URL in Chanjing's answer is empty"],
		['a null URL', [...FOUR.slice(0, 3), null], null, "its URL in Chanjing's answer is null"],
	])(
		'%s, Return What Was Delivered: 3 items, each saying 4 asked, 3 delivered, image 4 missing',
		async (_name, urls, missingUrl, reason) => {
			const cdn = files({}, [1, 2, 3]);

			const { items, error } = await getImages(urls, RETURN_DELIVERED);

			expect(error).toBeUndefined();
			expect(cdn.isDone()).toBe(true);
			expect(items).toHaveLength(3);
			items!.forEach((item, index) => {
				expect(item.json).toMatchObject({
					imageIndex: index,
					imageUrl: url(index + 1),
					imagesRequested: 4,
					imagesDelivered: 3,
					missingImages: [{ imageIndex: 3, imageUrl: missingUrl, reason }],
				});
				expect(item.binary?.data.mimeType).toBe('image/png');
				expect(item.pairedItem).toEqual({ item: 0 });
			});
		},
	);

	it('Return What Was Delivered without Download Images: one item with the counts', async () => {
		const { items, error } = await getImages(FOUR.slice(0, 3), {
			...RETURN_DELIVERED,
			downloadImages: false,
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items?.[0].json).toMatchObject({ imagesRequested: 4, imagesDelivered: 3 });
		expect(items?.[0].json.missingImages).toHaveLength(1);
	});

	it('without Download Images the short delivery still fails by default', async () => {
		const { error } = await getImages(FOUR.slice(0, 3), { downloadImages: false });

		expect(error?.message).toBe(
			`Image task ${ID} delivered 3 of 4 images: image 4: Chanjing's answer lists no URL for it`,
		);
	});

	it('no URL at all fails the item, even with Return What Was Delivered, and says it is missing', async () => {
		const { error } = await getImages([null, ''], RETURN_DELIVERED, 2);

		expect(error?.message).toBe(
			`Image task ${ID} delivered 0 of 2 images: image 1: its URL in Chanjing's answer is null; image 2: its URL in Chanjing's answer is empty`,
		);
		expect(error?.description).not.toMatch(/Set On Short Delivery/);
	});

	it('an empty URL list without a recorded number: succeeded but delivered none', async () => {
		const { error } = await getImages([], {}, null);

		expect(error?.message).toBe(
			`Image task ${ID} succeeded but delivered no images: Chanjing's answer lists no URL`,
		);
	});

	describe('through Generate with Wait for Completion', () => {
		const realTiming = { ...pollTiming };
		beforeEach(() => {
			pollTiming.msPerSecond = 1;
			pollTiming.sliceMs = 1;
		});
		afterEach(() => Object.assign(pollTiming, realTiming));

		it('Seedream 4.0 asked for 4 answers 3 URLs: the item fails, no image is downloaded', async () => {
			const submit = expectSubmit(
				{
					creation_type: 3,
					model_code: 'doubao-seedream-4.0',
					ref_prompt: PROMPT,
					number_of_images: 4,
					aspect_ratio: '1:1',
					clarity: 2048,
				},
				envelope(0, ID),
			);
			const detail = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
				.get(TASK_PATH)
				.query({ unique_id: ID })
				.reply(200, envelope(0, succeeded(FOUR.slice(0, 3))));

			const { error } = await runChanjing({
				parameters: {
					resource: 'image',
					operation: 'generate',
					model: 'doubao-seedream-4.0',
					imagePrompt: PROMPT,
					numberOfImages: 4,
					waitForCompletion: true,
					downloadImages: true,
				},
				node: V2,
			});

			expect(submit.isDone()).toBe(true);
			expect(detail.isDone()).toBe(true);
			expect(error?.message).toBe(
				`Image task ${ID} delivered 3 of 4 images: image 4: Chanjing's answer lists no URL for it`,
			);
		});
	});
});

describe('point 9: one of four images cannot be downloaded', () => {
	const HTML = '<!doctype html><html><body>Access denied</body></html>';

	it.each([
		['answers 404', [404, 'Not Found', 'text/plain'], 'the file server answered HTTP 404'],
		[
			'answers an HTML page',
			[200, HTML, 'text/html'],
			'the answer is not an image (content type text/html',
		],
	] as Array<[string, [number, string, string], string]>)(
		'image 2 %s: by default the item fails, naming image 2',
		async (_name, answer, reason) => {
			const cdn = files({ 2: answer }, [1, 2]);

			const { items, error } = await getImages(FOUR);

			expect(items).toBeUndefined();
			expect(cdn.isDone()).toBe(true);
			expect(error?.message).toMatch(
				new RegExp(
					`^Could not download image 2 of 4 of image task ${ID} from cdn\\.chanjing\\.example: ${reason.replace(/[()]/g, '\\$&')}`,
				),
			);
		},
	);

	it.each([
		['answers 404', [404, 'Not Found', 'text/plain'], /the file server answered HTTP 404$/],
		[
			'answers an HTML page',
			[200, HTML, 'text/html'],
			/the answer is not an image \(content type text\/html/,
		],
	] as Array<[string, [number, string, string], RegExp]>)(
		'image 2 %s, Return What Was Delivered: images 1, 3, 4, each stating image 2 failed and why',
		async (_name, answer, reason) => {
			const cdn = files({ 2: answer });

			const { items, error } = await getImages(FOUR, RETURN_DELIVERED);

			expect(error).toBeUndefined();
			expect(cdn.isDone()).toBe(true);
			expect(items?.map((item) => item.json.imageIndex)).toEqual([0, 2, 3]);
			for (const item of items!) {
				expect(item.json).toMatchObject({ imagesRequested: 4, imagesDelivered: 3 });
				expect(item.json.missingImages).toEqual([
					{
						imageIndex: 1,
						imageUrl: url(2),
						reason: expect.stringMatching(
							new RegExp(`^Could not download image 2 of 4 of image task ${ID}`),
						),
					},
				]);
				expect((item.json.missingImages as Array<{ reason: string }>)[0].reason).toMatch(reason);
				expect(item.binary?.data.fileName).toBe(`${ID}-${Number(item.json.imageIndex) + 1}.png`);
			}
		},
	);

	it('a missing URL and a failed download together: both listed, in order', async () => {
		const cdn = files({ 1: [404, 'gone', 'text/plain'] }, [1, 2, 3]);

		const { items, error } = await getImages(FOUR.slice(0, 3), RETURN_DELIVERED);

		expect(error).toBeUndefined();
		expect(cdn.isDone()).toBe(true);
		expect(items).toHaveLength(2);
		expect(
			(items![0].json.missingImages as Array<{ imageIndex: number }>).map((m) => m.imageIndex),
		).toEqual([0, 3]);
		expect(items![0].json.imagesDelivered).toBe(2);
	});

	it('every download fails: the item fails even with Return What Was Delivered', async () => {
		const failing: [number, string, string] = [404, 'gone', 'text/plain'];
		const cdn = files({ 1: failing, 2: failing }, [1, 2]);

		const { error } = await getImages(FOUR.slice(0, 2), RETURN_DELIVERED, 2);

		expect(cdn.isDone()).toBe(true);
		expect(error?.message).toMatch(
			new RegExp(
				`^Image task ${ID} delivered 0 of 2 images: image 1: Could not download image 1 of 2`,
			),
		);
	});
});
