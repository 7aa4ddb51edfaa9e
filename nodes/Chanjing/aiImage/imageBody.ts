import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { applyCustomModel, isCustomModel } from '../aiCreation/customModel';
import { normalizeValueFields } from '../aiCreation/valueChecks';
import { applyCallbackUrl } from '../input/callbackUrl';
import { badInputError } from '../input/problem';
import { findImageInputProblem } from './imageChecks';
import { readImageInput, referenceUrlsOf } from './imageInput';
import { uploadReferenceImages } from './referenceUploads';

/**
 * preSend of Image → Generate: stops a bad item before a (charged) task is submitted, then
 * completes the body: the model, numbers as numbers, reference images (binary ones uploaded
 * first), the Custom model's own fields.
 */
export async function prepareImageSubmit(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	const input = readImageInput(this, body);
	const problem = findImageInputProblem(input);
	if (problem) throw badInputError(this, problem);
	const { model } = input;
	let additional: IDataObject = {};
	if (isCustomModel(model)) additional = applyCustomModel(body, model);
	else {
		body.model_code = model.code;
		normalizeValueFields(body);
	}
	applyCallbackUrl(body, input.callbackUrl);
	const references =
		input.referenceSource === 'url'
			? referenceUrlsOf(input.referenceUrls)
			: input.referenceSource === 'binary'
				? await uploadReferenceImages(this, input.referenceBinaryProperties)
				: [];
	requestOptions.body = {
		...body,
		...(references.length ? { ref_img_url: references } : {}),
		...additional,
	};
	return requestOptions;
}
