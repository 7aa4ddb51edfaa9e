import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { envelope, expectSubmit } from '../../../helpers/chanjing-api';
import { expectUpload, itemWith, useFastUploads } from '../../../helpers/file-api';
import { expectGenerateBody, expectStoppedBeforeSubmit } from '../../../helpers/generate';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage } = require('../../../helpers/images');

/**
 * Image → Generate, Get and Get Many (node version 2) through n8n-core with nock. The bodies are
 * written from each model's page on doc.chanjing.cc (sources in shared/models.ts).
 */
const V2 = { typeVersion: 2 };
const PROMPT = 'A red fox in fresh snow, soft morning light';
const REF = 'https://example.com/reference.jpg';
const TASK_PATH = '/open/v1/ai_creation/task';
const LIST_PATH = '/open/v1/ai_creation/task/page';
const ID = '5b1c2d3e-0000-4000-8000-000000000003';
const CDN = 'https://cdn.chanjing.example';
// A PNG signature and the start of an IHDR chunk: enough for the image check of a download.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100802000000', 'hex');

function image(model: string, parameters: Record<string, unknown> = {}) {
	return { resource: 'image', operation: 'generate', model, imagePrompt: PROMPT, ...parameters };
}

const expectBody = (parameters: INodeParameters, body: Record<string, unknown>) =>
	expectGenerateBody(parameters, body, V2);

function rawImageTask(progressDesc: string, urls: string[]) {
	return {
		unique_id: ID,
		id: 9,
		create_time: 1795500000,
		type: 3,
		progress_desc: progressDesc,
		err_msg: '',
		output_url: urls,
		model_code: 'doubao-seedream-4.0',
		model_name: 'Seedream 4.0',
		motion_info: null,
		photo_info: {
			ref_img_url: [REF],
			ref_prompt: PROMPT,
			clarity: 2048,
			aspect_ratio: '1:1',
			quality_mode: '',
			number_of_images: urls.length || 2,
		},
	};
}

const realTiming = { ...pollTiming };
beforeEach(() => {
	pollTiming.msPerSecond = 1;
	pollTiming.sliceMs = 1;
});
afterEach(() => Object.assign(pollTiming, realTiming));

describe('Image → Generate: the body each model receives', () => {
	it('Seedream 3.0 (the default model): the page defaults 1:1 and 2048, one image', async () => {
		await expectBody(
			{ resource: 'image', operation: 'generate', imagePrompt: PROMPT },
			{
				creation_type: 3,
				model_code: 'doubao-seedream-3.0-t2i',
				ref_prompt: PROMPT,
				number_of_images: 1,
				aspect_ratio: '1:1',
				clarity: 2048,
			},
		);
	});

	it('Seedream 4.0 with reference image URLs: ref_img_url, trimmed, in order', async () => {
		await expectBody(
			image('doubao-seedream-4.0', {
				numberOfImages: 3,
				aspectRatio: '9:16',
				clarity: 4096,
				referenceImageSource: 'url',
				referenceImageUrls: [` ${REF} `, 'https://example.com/second.png'],
			}),
			{
				creation_type: 3,
				model_code: 'doubao-seedream-4.0',
				ref_prompt: PROMPT,
				number_of_images: 3,
				aspect_ratio: '9:16',
				clarity: 4096,
				ref_img_url: [REF, 'https://example.com/second.png'],
			},
		);
	});

	it('Kling v2.1: clarity 1024 by default, no reference images offered', async () => {
		await expectBody(
			image('kling-v2-1', { referenceImageSource: 'url', referenceImageUrls: [REF] }),
			{
				creation_type: 3,
				model_code: 'kling-v2-1',
				ref_prompt: PROMPT,
				number_of_images: 1,
				aspect_ratio: '1:1',
				clarity: 1024,
			},
		);
	});

	it('Wan 2.2: quality_mode std, no clarity (the page has none)', async () => {
		await expectBody(image('wan2.2-t2i', { numberOfImages: 4 }), {
			creation_type: 3,
			model_code: 'wan2.2-t2i',
			ref_prompt: PROMPT,
			number_of_images: 4,
			aspect_ratio: '1:1',
			quality_mode: 'std',
		});
	});

	it('Custom: creation type 3 by default, the JSON fields merged last', async () => {
		await expectBody(
			image('custom', {
				customModelCode: 'doubao-seedream-4.5',
				additionalBodyFields: '{ "number_of_images": 2, "clarity": 4096 }',
				options: { callbackUrl: ' https://example.com/hook ' },
			}),
			{
				creation_type: 3,
				model_code: 'doubao-seedream-4.5',
				ref_prompt: PROMPT,
				callback: 'https://example.com/hook',
				number_of_images: 2,
				clarity: 4096,
			},
		);
	});
});

describe('Image → Generate: binary reference images', () => {
	useFastUploads();

	it('uploads each (any size: the image pages state no minimum) and sends their URLs as ref_img_url', async () => {
		const small = pngImage(64, 64);
		const wide = jpegImage(1200, 200);
		const first = expectUpload({ bytes: small, ext: 'png', mimeType: 'image/png', fileId: 'r-1' });
		const second = expectUpload({ bytes: wide, ext: 'jpg', mimeType: 'image/jpeg', fileId: 'r-2' });
		const submit = expectSubmit({
			creation_type: 3,
			model_code: 'doubao-seedream-4.0',
			ref_prompt: PROMPT,
			number_of_images: 1,
			aspect_ratio: '1:1',
			clarity: 2048,
			ref_img_url: [first.fullPath, second.fullPath],
		});

		const { error } = await runChanjing({
			parameters: image('doubao-seedream-4.0', {
				referenceImageSource: 'binary',
				referenceImageBinaryProperties: 'data, photo',
			}),
			inputItems: [itemWith({ data: small, photo: wide })],
			node: V2,
		});

		expect(error).toBeUndefined();
		for (const scope of [first.create, first.put, first.detail, second.create, second.put, submit])
			expect(scope.isDone()).toBe(true);
	});

	it('refuses a file that is not an image before anything is uploaded', async () => {
		const { error } = await runChanjing({
			parameters: image('doubao-seedream-4.0', { referenceImageSource: 'binary' }),
			inputItems: [itemWith({ data: Buffer.from('%PDF-1.7 not an image') })],
			node: V2,
		});

		expect(error?.message).toBe(
			'Reference Image Binary Properties "data" is not a JPG, PNG or WebP image',
		);
	});
});

describe('Image → Generate: bad values stopped before any request', () => {
	it.each([
		[
			'five images',
			image('doubao-seedream-3.0-t2i', { numberOfImages: '={{ 5 }}' }),
			/^Number of Images must be a whole number from 1 to 4, got 5/,
		],
		[
			'an aspect ratio the page does not list (Seedream 3.0)',
			image('doubao-seedream-3.0-t2i', { aspectRatio: '={{ "21:9" }}' }),
			/^Aspect Ratio must be 1:1, 3:4, 4:3, 9:16 or 16:9 for Seedream 3\.0, got "21:9"/,
		],
		[
			'a clarity Kling v2.1 does not take',
			image('kling-v2-1', { clarity: '={{ 4096 }}' }),
			/^Clarity must be 1K \(1024\) or 2K \(2048\) for Kling v2\.1, got 4096/,
		],
		[
			'a reference image that is not a URL',
			image('doubao-seedream-4.0', {
				referenceImageSource: 'url',
				referenceImageUrls: ['reference.jpg'],
			}),
			/^Reference Image URLs must be public http:\/\/ or https:\/\/ URLs of images, got "reference\.jpg"/,
		],
	])('%s', async (_name, parameters, message) => {
		await expectStoppedBeforeSubmit(parameters, message, V2);
	});
});

describe('Image → Get', () => {
	function get(parameters: Record<string, unknown> = {}) {
		return {
			resource: 'image',
			operation: 'get',
			creationId: { __rl: true, mode: 'id', value: ` ${ID} ` },
			...parameters,
		};
	}

	it('waits, then puts out one item per image with the PNG as binary data', async () => {
		const urls = [`${CDN}/${ID}-1.png`, `${CDN}/${ID}-2.png`];
		const api = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(TASK_PATH)
			.query({ unique_id: ID })
			.reply(200, envelope(0, rawImageTask('Generating', [])))
			.get(TASK_PATH)
			.query({ unique_id: ID })
			.reply(200, envelope(0, rawImageTask('Success', urls)));
		const files = nock(CDN, { badheaders: ['access_token'] })
			.get(`/${ID}-1.png`)
			.reply(200, PNG, { 'content-type': 'image/png' })
			.get(`/${ID}-2.png`)
			.reply(200, PNG, { 'content-type': 'application/octet-stream' });

		const { items, error } = await runChanjing({
			parameters: get({
				waitForCompletion: true,
				downloadImages: true,
				binaryPropertyName: 'image',
			}),
			node: V2,
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(files.isDone()).toBe(true);
		expect(items).toHaveLength(2);
		items!.forEach((item, index) => {
			expect(item.json).toMatchObject({
				creationId: ID,
				status: 'succeeded',
				outputUrls: urls,
				model: 'doubao-seedream-4.0',
				prompt: PROMPT,
				clarity: 2048,
				aspectRatio: '1:1',
				numberOfImages: 2,
				imageIndex: index,
				imageUrl: urls[index],
			});
			expect(item.json).not.toHaveProperty('videoUrl');
			expect(item.binary?.image).toMatchObject({
				mimeType: 'image/png',
				fileName: `${ID}-${index + 1}.png`,
			});
			expect(item.pairedItem).toEqual({ item: 0 });
		});
	});

	it('refuses a file that is not an image (an HTML error page)', async () => {
		const urls = [`${CDN}/${ID}-1.png`];
		nock(TEST_BASE_URL)
			.get(TASK_PATH)
			.query({ unique_id: ID })
			.reply(200, envelope(0, rawImageTask('Success', urls)));
		nock(CDN).get(`/${ID}-1.png`).reply(200, '<html>Access denied</html>', {
			'content-type': 'text/html',
		});

		const { error } = await runChanjing({ parameters: get({ downloadImages: true }), node: V2 });

		expect(error?.message).toMatch(
			new RegExp(
				`^Could not download image 1 of 1 of image task ${ID} from cdn\\.chanjing\\.example: the answer is not an image`,
			),
		);
	});

	it('with Simplify off, gives the task as Chanjing sent it', async () => {
		const raw = rawImageTask('Success', [`${CDN}/${ID}-1.png`]);
		nock(TEST_BASE_URL).get(TASK_PATH).query({ unique_id: ID }).reply(200, envelope(0, raw));

		const { items, error } = await runChanjing({ parameters: get({ simplify: false }), node: V2 });

		expect(error).toBeUndefined();
		// the delivery report joins Chanjing's record
		expect(items?.[0].json).toEqual({
			...raw,
			imagesRequested: 1,
			imagesDelivered: 1,
			missingImages: [],
		});
	});
});

describe('Image → Get Many', () => {
	it('lists image tasks: type 3', async () => {
		const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.post(LIST_PATH, { type: 3, page: 1, page_size: 5 })
			.reply(
				200,
				envelope(0, {
					list: [rawImageTask('Success', [`${CDN}/${ID}-1.png`])],
					page_info: { page: 1, size: 5, total_count: 1, total_page: 1 },
				}),
			);

		const { items, error } = await runChanjing({
			parameters: { resource: 'image', operation: 'getAll', limit: 5 },
			node: V2,
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json.creationId)).toEqual([ID]);
	});
});
