import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { prepareSubmit } from '../../../../nodes/Chanjing/aiVideo/videoBody';
import { itemContext } from '../../../helpers/item-context';

/**
 * prepareSubmit, the preSend of Video → Generate, in an item's context (node version 2): the
 * body as n8n's routing built it from the fields, completed or refused before anything is sent.
 * Frames here are URLs (nothing uploaded); binary frames: binaryFrames.test.ts; the body each
 * model receives on the wire: videoModels.test.ts.
 */
const PROMPT = 'A paper boat drifts down a rainy street';
const START = 'https://example.com/start.jpg';
const END = 'https://example.com/end.jpg';
const ROUTED = { ref_prompt: PROMPT, creation_type: 4, clarity: 720, video_duration: 6 };

function request(body: IDataObject): IHttpRequestOptions {
	return { method: 'POST', url: '/open/v1/ai_creation/task/submit', body };
}

async function bodyOf(parameters: Record<string, unknown>, body: IDataObject = ROUTED) {
	const prepared = await prepareSubmit.call(itemContext({ parameters }), request({ ...body }));
	return prepared.body as IDataObject;
}

describe('prepareSubmit', () => {
	it('text to video: the model code, Clarity and Duration as numbers, no frames', async () => {
		const prepared = await prepareSubmit.call(
			itemContext({ parameters: { mode: 'textToVideo', firstFrameUrl: START } }),
			request({ ...ROUTED, clarity: '1080', video_duration: ' 6 ' }),
		);
		expect(prepared).toEqual(
			request({
				...ROUTED,
				clarity: 1080,
				video_duration: 6,
				model_code: 'MiniMax-Hailuo-02',
			}),
		);
	});

	it('first frame: start_frame, trimmed', async () => {
		expect(
			await bodyOf({
				mode: 'firstFrameToVideo',
				firstFrameSource: 'url',
				firstFrameUrl: ` ${START} `,
			}),
		).toEqual({ ...ROUTED, model_code: 'MiniMax-Hailuo-02', start_frame: START });
	});

	it('Hailuo 02 sends frames as Send Frames As says: both forms', async () => {
		const body = await bodyOf({
			mode: 'firstAndLastFrameToVideo',
			firstFrameUrl: START,
			lastFrameUrl: END,
			options: { frameFields: 'both' },
		});
		expect(body).toMatchObject({ start_frame: START, end_frame: END, ref_img_url: [START, END] });
	});

	it("another model sends frames in its page's style, whatever Send Frames As was left at", async () => {
		const body = await bodyOf(
			{
				model: 'tx_kling-v2-1-master',
				mode: 'firstAndLastFrameToVideo',
				firstFrameUrl: START,
				lastFrameUrl: END,
				options: { frameFields: 'startEndFrame' },
			},
			{ ...ROUTED, clarity: 1080, video_duration: 5, aspect_ratio: '9:16', quality_mode: 'pro' },
		);
		expect(body.ref_img_url).toEqual([START, END]);
		expect(body).not.toHaveProperty('start_frame');
		expect(body).not.toHaveProperty('end_frame');
	});

	it('a blank prompt a model may go without is not sent', async () => {
		const body = await bodyOf(
			{ model: 'tx_kling2.5', mode: 'textToVideo' },
			{ ...ROUTED, ref_prompt: '  ', clarity: 1080, video_duration: 5, aspect_ratio: '16:9' },
		);
		expect(body).not.toHaveProperty('ref_prompt');
		expect(body.model_code).toBe('tx_kling2.5');
	});

	it('the Callback URL trimmed as callback; a blank one not sent', async () => {
		expect((await bodyOf({}, { ...ROUTED, callback: ' https://example.com/hook ' })).callback).toBe(
			'https://example.com/hook',
		);
		expect(await bodyOf({}, { ...ROUTED, callback: '' })).not.toHaveProperty('callback');
	});

	it('Custom: no Mode (frames left in the fields are not sent), its JSON fields merged last', async () => {
		const body = await bodyOf(
			{
				model: 'custom',
				customModelCode: 'MiniMax-Hailuo-2.3',
				creationType: 4,
				mode: 'firstFrameToVideo',
				firstFrameUrl: START,
				additionalBodyFields:
					'{ "video_duration": 10, "start_frame": "https://example.com/own.jpg" }',
			},
			{ ref_prompt: PROMPT, creation_type: 4 },
		);
		expect(body).toEqual({
			ref_prompt: PROMPT,
			creation_type: 4,
			model_code: 'MiniMax-Hailuo-2.3',
			video_duration: 10,
			start_frame: 'https://example.com/own.jpg',
		});
	});

	it('a bad value stops the item before anything is sent, naming the field and the item', async () => {
		const error = await prepareSubmit
			.call(
				itemContext({ parameters: { mode: 'textToVideo' }, itemIndex: 2 }),
				request({ ...ROUTED, video_duration: 8 }),
			)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: expect.stringMatching(/^Duration/),
			context: { itemIndex: 2 },
			description: expect.stringMatching(/^Nothing was sent to Chanjing for this item\./),
		});
	});
});
