import { readImageInput, referenceUrlsOf } from '../../../../nodes/Chanjing/aiImage/imageInput';
import { IMAGE_MODELS, imageModel } from '../../../../nodes/Chanjing/aiImage/imageModels';
import { itemContext } from '../../../helpers/item-context';

const BODY = {
	ref_prompt: 'A fox',
	number_of_images: 2,
	aspect_ratio: '1:1',
	clarity: 2048,
	quality_mode: 'std',
	callback: 'https://n8n.example.com/hook',
};

describe('readImageInput', () => {
	it('takes the routed fields from the body n8n built, the model from its parameter', () => {
		const input = readImageInput(
			itemContext({ parameters: { model: 'doubao-seedream-3.0-t2i' } }),
			BODY,
		);

		expect(input).toEqual({
			model: imageModel('doubao-seedream-3.0-t2i'),
			prompt: 'A fox',
			numberOfImages: 2,
			aspectRatio: '1:1',
			clarity: 2048,
			qualityMode: 'std',
			referenceSource: 'none',
			referenceUrls: undefined,
			referenceBinaryProperties: undefined,
			callbackUrl: 'https://n8n.example.com/hook',
		});
	});

	it('no Model (or an unknown one) is the default model', () => {
		expect(readImageInput(itemContext(), BODY).model).toBe(IMAGE_MODELS[0]);
		expect(readImageInput(itemContext({ parameters: { model: 'gone-model' } }), BODY).model).toBe(
			IMAGE_MODELS[0],
		);
	});

	it('Custom: the code, creation type and JSON fields as entered', () => {
		const input = readImageInput(
			itemContext({
				parameters: {
					model: 'custom',
					customModelCode: 'doubao-seedream-4.5',
					creationType: 3,
					additionalBodyFields: '{ "size": "2K" }',
					referenceImageSource: 'url',
				},
			}),
			BODY,
		);

		expect(input.model).toEqual({
			custom: true,
			code: 'doubao-seedream-4.5',
			creationType: 3,
			additionalBodyFields: '{ "size": "2K" }',
		});
		// a Custom model's references, if any, are in its JSON fields
		expect(input.referenceSource).toBe('none');
	});

	it('reference image URLs, for a model that takes them', () => {
		const input = readImageInput(
			itemContext({
				parameters: {
					model: 'doubao-seedream-4.0',
					referenceImageSource: 'url',
					referenceImageUrls: ['https://example.com/a.jpg'],
					referenceImageBinaryProperties: 'data',
				},
			}),
			BODY,
		);

		expect(input).toMatchObject({
			referenceSource: 'url',
			referenceUrls: ['https://example.com/a.jpg'],
			referenceBinaryProperties: undefined,
		});
	});

	it('reference binary properties, "data" when none is given', () => {
		const parameters = { model: 'doubao-seedream-4.0', referenceImageSource: 'binary' };
		expect(readImageInput(itemContext({ parameters }), BODY)).toMatchObject({
			referenceSource: 'binary',
			referenceUrls: undefined,
			referenceBinaryProperties: 'data',
		});
		expect(
			readImageInput(
				itemContext({ parameters: { ...parameters, referenceImageBinaryProperties: 'a, b' } }),
				BODY,
			).referenceBinaryProperties,
		).toBe('a, b');
	});

	it('a model without reference images ignores a left-over Reference Images choice', () => {
		const input = readImageInput(
			itemContext({
				parameters: {
					model: 'kling-v2-1',
					referenceImageSource: 'url',
					referenceImageUrls: ['https://example.com/a.jpg'],
				},
			}),
			BODY,
		);

		expect(input).toMatchObject({ referenceSource: 'none', referenceUrls: undefined });
	});
});

describe('referenceUrlsOf', () => {
	it('takes a list or comma-separated text, trimmed, without empty entries', () => {
		expect(referenceUrlsOf([' https://a/1.jpg ', '', 'https://a/2.jpg'])).toEqual([
			'https://a/1.jpg',
			'https://a/2.jpg',
		]);
		expect(referenceUrlsOf('https://a/1.jpg, https://a/2.jpg,')).toEqual([
			'https://a/1.jpg',
			'https://a/2.jpg',
		]);
	});

	it('anything else is no URL', () => {
		expect(referenceUrlsOf(undefined)).toEqual([]);
		expect(referenceUrlsOf(null)).toEqual([]);
		expect(referenceUrlsOf(42)).toEqual([]);
		expect(referenceUrlsOf([null, undefined])).toEqual([]);
	});
});
