import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { uploadBinaryFrames } from './binaryFrames';
import { applyCustomModel, isCustomModel } from '../aiCreation/customModel';
import { frameFieldsFor, framesForMode } from './frameFields';
import { type GenerateInput, readGenerateInput } from './videoInput';
import { badInputError, findGenerateInputProblem, toWholeNumber } from '../input/checks';

/** A Callback URL that is empty or an expression that resolved to nothing is not sent. */
export function applyCallbackUrl(body: IDataObject, callbackUrl: unknown): void {
	const callback = typeof callbackUrl === 'string' ? callbackUrl.trim() : '';
	if (callback) body.callback = callback;
	else delete body.callback;
}

/**
 * The routed value fields of a documented model (video or image), checked already, as Chanjing
 * takes them: numbers as numbers (an expression may give "720"), text trimmed, a Quality Mode
 * of "Not Sent" left out.
 */
export function normalizeValueFields(body: IDataObject): void {
	for (const field of ['clarity', 'video_duration', 'number_of_images']) {
		if (field in body) body[field] = toWholeNumber(body[field]);
	}
	if (typeof body.aspect_ratio === 'string') body.aspect_ratio = body.aspect_ratio.trim();
	if (typeof body.quality_mode === 'string') body.quality_mode = body.quality_mode.trim();
	if (body.quality_mode === '') delete body.quality_mode;
}

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
