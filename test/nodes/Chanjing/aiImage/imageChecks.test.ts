import { findImageInputProblem } from '../../../../nodes/Chanjing/aiImage/imageChecks';
import type { ImageInput } from '../../../../nodes/Chanjing/aiImage/imageInput';
import { type ImageModel, imageModel } from '../../../../nodes/Chanjing/aiImage/imageModels';

const SEEDREAM_4 = imageModel('doubao-seedream-4.0') as ImageModel;

/** An item's input as readImageInput gives it: Seedream 4.0, its page's defaults. */
function input(patch: Partial<ImageInput> = {}): ImageInput {
	return {
		model: SEEDREAM_4,
		prompt: 'A red fox in fresh snow',
		numberOfImages: 1,
		aspectRatio: '1:1',
		clarity: 2048,
		qualityMode: undefined,
		referenceSource: 'none',
		referenceUrls: undefined,
		referenceBinaryProperties: undefined,
		callbackUrl: undefined,
		...patch,
	};
}

const CUSTOM = {
	custom: true as const,
	code: 'doubao-seedream-4.5',
	creationType: 3,
	additionalBodyFields: '{}',
};

describe('findImageInputProblem', () => {
	it('finds nothing in a good item', () => {
		expect(findImageInputProblem(input())).toBeUndefined();
		expect(
			findImageInputProblem(
				input({ numberOfImages: '4', referenceSource: 'url', referenceUrls: 'https://a/1.jpg' }),
			),
		).toBeUndefined();
	});

	it('a prompt is required, and the message speaks of images', () => {
		expect(findImageInputProblem(input({ prompt: ' ' }))).toEqual({
			field: 'Prompt',
			message: 'is empty; describe the images to generate',
		});
	});

	it.each([0, 5, 2.5, '1.5', 'two', undefined])('refuses %j images', (count) => {
		expect(findImageInputProblem(input({ numberOfImages: count }))).toEqual({
			field: 'Number of Images',
			message: `must be a whole number from 1 to 4, got ${JSON.stringify(count)}`,
		});
	});

	it('checks the model’s value sets', () => {
		expect(findImageInputProblem(input({ clarity: 1536 }))?.message).toBe(
			'must be 1K (1024), 2K (2048) or 4K (4096) for Seedream 4.0, got 1536',
		);
		expect(findImageInputProblem(input({ aspectRatio: '21:9' }))?.field).toBe('Aspect Ratio');
	});

	describe('reference image URLs', () => {
		it('an empty list is refused, with the way out', () => {
			expect(
				findImageInputProblem(input({ referenceSource: 'url', referenceUrls: [' '] })),
			).toEqual({
				field: 'Reference Image URLs',
				message:
					'is empty; add the public http(s) URL of an image, or set Reference Images to None',
			});
		});

		it('the first URL that is not http(s) is named', () => {
			expect(
				findImageInputProblem(
					input({
						referenceSource: 'url',
						referenceUrls: ['https://a/1.jpg', 'ftp://a/2.jpg', 'x'],
					}),
				),
			).toEqual({
				field: 'Reference Image URLs',
				message: 'must be public http:// or https:// URLs of images, got "ftp://a/2.jpg"',
			});
		});

		it('binary references are checked from their bytes later, not here', () => {
			expect(findImageInputProblem(input({ referenceSource: 'binary' }))).toBeUndefined();
		});
	});

	it('a bad Callback URL is named last', () => {
		expect(findImageInputProblem(input({ callbackUrl: 'hook' }))?.field).toBe('Callback URL');
		expect(findImageInputProblem(input({ callbackUrl: 'hook', numberOfImages: 9 }))?.field).toBe(
			'Number of Images',
		);
	});

	describe('a Custom model', () => {
		it('is checked by its own fields first, then the prompt and the Callback URL', () => {
			expect(findImageInputProblem(input({ model: CUSTOM }))).toBeUndefined();
			expect(
				findImageInputProblem(input({ model: { ...CUSTOM, code: ' ' }, prompt: '' }))?.field,
			).toBe('Model Code');
			expect(findImageInputProblem(input({ model: CUSTOM, prompt: '' }))?.field).toBe('Prompt');
			expect(findImageInputProblem(input({ model: CUSTOM, callbackUrl: 'x' }))?.field).toBe(
				'Callback URL',
			);
		});

		it('has no documented value sets: the number of images and sizes are its JSON’s business', () => {
			expect(
				findImageInputProblem(
					input({ model: CUSTOM, numberOfImages: 9, clarity: 1, aspectRatio: 'x' }),
				),
			).toBeUndefined();
		});
	});
});
