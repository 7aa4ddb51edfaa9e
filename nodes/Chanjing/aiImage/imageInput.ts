import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { type CustomModel, isCustomModel, readCustomModel } from '../aiCreation/customModel';
import { IMAGE_MODELS, type ImageModel, imageModel } from './imageModels';

export type ReferenceSource = 'none' | 'url' | 'binary';

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
