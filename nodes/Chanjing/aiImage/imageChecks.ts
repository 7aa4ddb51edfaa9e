import { checkCustomModel, isCustomModel } from '../aiCreation/customModel';
import { checkValueFields } from '../aiCreation/valueChecks';
import { checkCallbackUrl } from '../input/callbackUrl';
import { isHttpUrl, toWholeNumber } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import { type ImageInput, referenceUrlsOf } from './imageInput';
import { type ImageModel, MAX_IMAGES, MIN_IMAGES } from './imageModels';

/** Image → Generate's checks before anything is sent: the first problem of an item, if any. */

function checkReferences(input: ImageInput): InputProblem | undefined {
	if (input.referenceSource !== 'url') return undefined;
	const urls = referenceUrlsOf(input.referenceUrls);
	if (urls.length === 0) {
		return {
			field: 'Reference Image URLs',
			message: 'is empty; add the public http(s) URL of an image, or set Reference Images to None',
		};
	}
	const bad = urls.find((url) => !isHttpUrl(url));
	if (bad !== undefined) {
		return {
			field: 'Reference Image URLs',
			message: `must be public http:// or https:// URLs of images, got ${JSON.stringify(bad)}`,
		};
	}
	return undefined;
}

function checkModelFields(model: ImageModel, input: ImageInput): InputProblem | undefined {
	const count = toWholeNumber(input.numberOfImages);
	if (!(count >= MIN_IMAGES && count <= MAX_IMAGES)) {
		return {
			field: 'Number of Images',
			message: `must be a whole number from ${MIN_IMAGES} to ${MAX_IMAGES}, got ${JSON.stringify(input.numberOfImages)}`,
		};
	}
	return checkValueFields(model, input, 'image');
}

/** The first reason this input must not be sent to Chanjing, if any. */
export function findImageInputProblem(input: ImageInput): InputProblem | undefined {
	const { model } = input;
	if (isCustomModel(model)) {
		return (
			checkCustomModel(model) ??
			checkText(input.prompt, { what: 'images' }) ??
			checkCallbackUrl(input.callbackUrl)
		);
	}
	return (
		checkText(input.prompt, { what: 'images' }) ??
		checkModelFields(model, input) ??
		checkReferences(input) ??
		checkCallbackUrl(input.callbackUrl)
	);
}
