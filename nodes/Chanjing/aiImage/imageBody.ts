import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { IMAGE_MODELS, imageModel, MAX_IMAGES, MIN_IMAGES } from '../aiCreation/models';
import type { ImageModel } from '../aiCreation/models';
import {
	applyCustomModel,
	checkCustomModel,
	type CustomModel,
	isCustomModel,
	readCustomModel,
} from '../aiCreation/customModel';
import { uploadReferenceImages } from './referenceUploads';
import { applyCallbackUrl, normalizeValueFields } from '../aiVideo/videoBody';
import {
	badInputError,
	checkCallbackUrl,
	checkPrompt,
	checkValueFields,
	type InputProblem,
	isHttpUrl,
	toWholeNumber,
} from '../input/checks';

type ReferenceSource = 'none' | 'url' | 'binary';

/** What the user entered for one image item, after n8n resolved the expressions. */
export interface ImageInput {
	model: ImageModel | CustomModel;
	prompt: unknown;
	numberOfImages: unknown;
	aspectRatio: unknown;
	clarity: unknown;
	qualityMode: unknown;
	referenceSource: ReferenceSource;
	referenceUrls: unknown;
	referenceBinaryProperties: unknown;
	callbackUrl: unknown;
}

/** Reads the item's input; the routed fields from the body n8n has just built from them. */
export function readImageInput(context: IExecuteSingleFunctions, body: IDataObject): ImageInput {
	const code = context.getNodeParameter('model', IMAGE_MODELS[0].code);
	const model = readCustomModel(context, code) ?? imageModel(code) ?? IMAGE_MODELS[0];
	const referenceSource = (
		!isCustomModel(model) && model.referenceImages
			? context.getNodeParameter('referenceImageSource', 'none')
			: 'none'
	) as ReferenceSource;
	return {
		model,
		prompt: body.ref_prompt,
		numberOfImages: body.number_of_images,
		aspectRatio: body.aspect_ratio,
		clarity: body.clarity,
		qualityMode: body.quality_mode,
		referenceSource,
		referenceUrls:
			referenceSource === 'url' ? context.getNodeParameter('referenceImageUrls', []) : undefined,
		referenceBinaryProperties:
			referenceSource === 'binary'
				? context.getNodeParameter('referenceImageBinaryProperties', 'data')
				: undefined,
		callbackUrl: body.callback,
	};
}

export function referenceUrlsOf(value: unknown): string[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	return list.map((url) => String(url ?? '').trim()).filter((url) => url !== '');
}

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
			checkPrompt(input.prompt, { maxCharacters: Infinity, what: 'images' }) ??
			checkCallbackUrl(input.callbackUrl)
		);
	}
	return (
		checkPrompt(input.prompt, { maxCharacters: Infinity, what: 'images' }) ??
		checkModelFields(model, input) ??
		checkReferences(input) ??
		checkCallbackUrl(input.callbackUrl)
	);
}

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
