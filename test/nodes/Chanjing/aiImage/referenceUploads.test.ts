import { NodeOperationError } from 'n8n-workflow';

import {
	binaryPropertiesOf,
	uploadReferenceImages,
} from '../../../../nodes/Chanjing/aiImage/referenceUploads';
import { expectSubmit } from '../../../helpers/chanjing-api';
import { binaryOf, expectUpload, itemWith, useFastUploads } from '../../../helpers/file-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage } = require('../../../helpers/images');

/**
 * Image → Generate's binary reference images: each read and checked before any upload, uploaded
 * once per execution to the ai_creation service, their URLs in the order of the properties.
 * Through n8n-core with nock (the file API: create_upload_url, the PUT, file_detail).
 */
const V2 = { typeVersion: 2 };
const PROMPT = 'A red fox in fresh snow, soft morning light';

function image(model: string, parameters: Record<string, unknown> = {}) {
	return { resource: 'image', operation: 'generate', model, imagePrompt: PROMPT, ...parameters };
}

useFastUploads();

describe('binaryPropertiesOf', () => {
	it.each([
		['data, photo', ['data', 'photo']],
		[' a ,, b ,', ['a', 'b']],
		['photo', ['photo']],
		['', ['data']],
		[' , ', ['data']],
		[undefined, ['data']],
	])('%j names %j', (value, names) => {
		expect(binaryPropertiesOf(value)).toEqual(names);
	});
});

describe('uploadReferenceImages', () => {
	const contextWith = (binary: Record<string, Buffer>) =>
		chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }, 0, undefined, {
			items: [
				{
					json: {},
					binary: Object.fromEntries(Object.entries(binary).map(([k, v]) => [k, binaryOf(v)])),
				},
			],
			parameters: image('doubao-seedream-4.0', { referenceImageSource: 'binary' }),
		}).context;

	it('the same image under two properties is uploaded once, its URL given for each', async () => {
		const png = pngImage(64, 64);
		const upload = expectUpload({ bytes: png, ext: 'png', mimeType: 'image/png', fileId: 'r-1' });
		const urls = await uploadReferenceImages(contextWith({ data: png, again: png }), 'data, again');
		expect(urls).toEqual([upload.fullPath, upload.fullPath]);
		for (const scope of [upload.create, upload.put, upload.detail])
			expect(scope.isDone()).toBe(true);
	});

	it('a bad second image stops the item before the good first one is uploaded', async () => {
		const error = await uploadReferenceImages(
			contextWith({
				data: pngImage(64, 64),
				photo: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
			}),
			'data, photo',
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Reference Image Binary Properties "photo" is not a JPG, PNG or WebP image',
		});
	});
});

describe('Image → Generate with binary reference images', () => {
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
