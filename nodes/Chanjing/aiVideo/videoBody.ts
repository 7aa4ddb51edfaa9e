import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { applyCustomModel, isCustomModel } from '../aiCreation/customModel';
import { normalizeValueFields } from '../aiCreation/valueChecks';
import { applyCallbackUrl } from '../input/callbackUrl';
import { badInputError } from '../input/problem';
import { uploadBinaryFrames } from './binaryFrames';
import { frameFieldsFor, framesForMode } from './frameFields';
import { findGenerateInputProblem } from './videoChecks';
import { type GenerateInput, readGenerateInput } from './videoInput';

/** The model's own fields of the body, in place: model_code first, as the routing put it. */
function setModelFields(body: IDataObject, input: GenerateInput): IDataObject {
	const { model } = input;
	if (isCustomModel(model)) return applyCustomModel(body, model);
	body.model_code = model.code;
	normalizeValueFields(body);
	return {};
}

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
	if (problem) throw badInputError(this, problem);
	const additional = setModelFields(body, input);
	// A prompt a model may go without is not sent when empty (Chanjing then uses its own).
	if (typeof body.ref_prompt !== 'string' || body.ref_prompt.trim() === '') delete body.ref_prompt;
	applyCallbackUrl(body, input.callbackUrl);
	const uploaded = await uploadBinaryFrames(this, input);
	const frames = framesForMode(
		input.mode,
		uploaded.first ?? input.firstFrameUrl,
		uploaded.last ?? input.lastFrameUrl,
	);
	requestOptions.body = {
		...body,
		...frameFieldsFor(frames, input.frameFields),
		...additional,
	};
	return requestOptions;
}
