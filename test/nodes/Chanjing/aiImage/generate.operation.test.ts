import nock from 'nock';

import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { envelope } from '../../../helpers/chanjing-api';
import { expectStoppedBeforeSubmit } from '../../../helpers/generate';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Image → Generate, Get and Get Many (node version 2) through n8n-core with nock. The bodies are
 * written from each model's page on doc.chanjing.cc (sources in shared/models.ts). (The body
 * each model receives: imageModels.test.ts; binary reference images: referenceUploads.test.ts.)
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
