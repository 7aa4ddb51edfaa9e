import type { INodeParameters } from 'n8n-workflow';

import { expectGenerateBody } from '../../../helpers/generate';

/**
 * The image models (imageModels.ts) as Chanjing receives them: Image → Generate (node version 2)
 * through n8n-core with nock, one request per model. The bodies are written from each model's
 * page on doc.chanjing.cc (sources in shared/models.ts), not from the node.
 */
const V2 = { typeVersion: 2 };
const PROMPT = 'A red fox in fresh snow, soft morning light';
const REF = 'https://example.com/reference.jpg';

function image(model: string, parameters: Record<string, unknown> = {}) {
	return { resource: 'image', operation: 'generate', model, imagePrompt: PROMPT, ...parameters };
}

const expectBody = (parameters: INodeParameters, body: Record<string, unknown>) =>
	expectGenerateBody(parameters, body, V2);

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
