import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { uploadBinaryFrames } from './binaryFrames';
import { frameFieldsFor, framesForMode } from './frames';
import { readGenerateInput } from './generateInput';
import { findGenerateInputProblem, toWholeNumber } from './validate';

/**
 * preSend of Generate: reads the item's input once, stops a bad item before a (charged) task
 * is submitted, and completes the body: Clarity and Duration as numbers (an expression may give
 * "720"), the Callback URL trimmed, and the frames of an image mode (binary frames uploaded
 * first, see binaryFrames).
 */
export async function prepareSubmit(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	const input = readGenerateInput(this, body);
	const problem = findGenerateInputProblem(input);
	if (problem) {
		throw new NodeOperationError(this.getNode(), `${problem.field} ${problem.message}`, {
			itemIndex: this.getItemIndex(),
			description: `Nothing was sent to Chanjing for this item. Fix the value in the parameter '${problem.field}'.`,
		});
	}
	body.clarity = toWholeNumber(input.clarity);
	body.video_duration = toWholeNumber(input.duration);
	// A Callback URL that is empty or an expression that resolved to nothing is not sent.
	const callback = typeof input.callbackUrl === 'string' ? input.callbackUrl.trim() : '';
	if (callback) body.callback = callback;
	else delete body.callback;
	const uploaded = await uploadBinaryFrames(this, input);
	const frames = framesForMode(
		input.mode,
		uploaded.first ?? input.firstFrameUrl,
		uploaded.last ?? input.lastFrameUrl,
	);
	requestOptions.body = {
		...body,
		...frameFieldsFor(frames, input.frameFields),
	};
	return requestOptions;
}
