import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { prepareImageSubmit } from '../../../../nodes/Chanjing/aiImage/imageBody';
import { itemContext } from '../../../helpers/item-context';

/**
 * prepareImageSubmit, the preSend of Image → Generate, in an item's context: the body as n8n's
 * routing built it from the fields, completed or refused before anything is sent. (Binary
 * references, which upload: referenceUploads.test.ts; the wire: generate.operation.test.ts.)
 */
const PROMPT = 'A red fox in fresh snow';
const REF = 'https://example.com/reference.jpg';

function request(body: IDataObject): IHttpRequestOptions {
	return { method: 'POST', url: '/open/v1/ai_creation/task/submit', body };
}

async function prepared(parameters: Record<string, unknown>, body: IDataObject, itemIndex = 0) {
	return await prepareImageSubmit.call(itemContext({ parameters, itemIndex }), request(body));
}

const ROUTED = {
	creation_type: 3,
	ref_prompt: PROMPT,
	number_of_images: 1,
	aspect_ratio: '1:1',
	clarity: 2048,
};

describe('prepareImageSubmit', () => {
	it("the model's code and the values as numbers; the request otherwise as routed", async () => {
		expect(
			await prepared(
				{ model: 'doubao-seedream-4.0' },
				{ ...ROUTED, number_of_images: ' 2 ', clarity: '4096', aspect_ratio: ' 9:16 ' },
			),
		).toEqual(
			request({
				...ROUTED,
				number_of_images: 2,
				clarity: 4096,
				aspect_ratio: '9:16',
				model_code: 'doubao-seedream-4.0',
			}),
		);
	});

	it('no model chosen: the first image model', async () => {
		const { body } = await prepared({}, { ...ROUTED });
		expect((body as IDataObject).model_code).toBe('doubao-seedream-3.0-t2i');
	});

	it('reference URLs trimmed, empty ones left out, in order, as ref_img_url', async () => {
		const { body } = await prepared(
			{
				model: 'doubao-seedream-4.0',
				referenceImageSource: 'url',
				referenceImageUrls: [` ${REF} `, '', 'https://example.com/b.png'],
			},
			{ ...ROUTED },
		);
		expect((body as IDataObject).ref_img_url).toEqual([REF, 'https://example.com/b.png']);
	});

	it('no references: no ref_img_url, even with URLs left in the field', async () => {
		const none = await prepared(
			{ model: 'doubao-seedream-4.0', referenceImageSource: 'none', referenceImageUrls: [REF] },
			{ ...ROUTED },
		);
		// Kling v2.1 takes no reference images: its Reference Images field is hidden
		const kling = await prepared(
			{ model: 'kling-v2-1', referenceImageSource: 'url', referenceImageUrls: [REF] },
			{ ...ROUTED, clarity: 1024 },
		);
		expect(none.body).not.toHaveProperty('ref_img_url');
		expect(kling.body).not.toHaveProperty('ref_img_url');
	});

	it('the Callback URL trimmed as callback; a blank one not sent', async () => {
		const sent = await prepared(
			{ model: 'doubao-seedream-4.0' },
			{ ...ROUTED, callback: ' https://example.com/hook ' },
		);
		const blank = await prepared({ model: 'doubao-seedream-4.0' }, { ...ROUTED, callback: '  ' });
		expect((sent.body as IDataObject).callback).toBe('https://example.com/hook');
		expect(blank.body).not.toHaveProperty('callback');
	});

	it("Custom: the model's code and creation type, its JSON fields merged last", async () => {
		const { body } = await prepared(
			{
				model: 'custom',
				customModelCode: ' doubao-seedream-4.5 ',
				creationType: 3,
				additionalBodyFields: '{ "number_of_images": 2, "style": "ink" }',
			},
			{ creation_type: 3, ref_prompt: PROMPT },
		);
		expect(body).toEqual({
			creation_type: 3,
			model_code: 'doubao-seedream-4.5',
			ref_prompt: PROMPT,
			number_of_images: 2,
			style: 'ink',
		});
	});

	it('a bad value stops the item before anything is sent, naming the field and the item', async () => {
		const error = await prepared(
			{ model: 'doubao-seedream-3.0-t2i' },
			{ ...ROUTED, number_of_images: 5 },
			3,
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: expect.stringMatching(/^Number of Images must be a whole number from 1 to 4, got 5/),
			context: { itemIndex: 3 },
			description:
				"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Number of Images'.",
		});
	});
});
