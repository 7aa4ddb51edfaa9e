import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { imageFileProblem } from '../media/imageRules';
import { uploadCheckedImages } from '../aiVideo/binaryFrames';
import { type FrameImage, readFrameImage } from '../upload/binaryImage';

const FIELD = 'Reference Image Binary Properties';

export function binaryPropertiesOf(value: unknown): string[] {
	const names = String(value ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
	return names.length ? names : ['data'];
}

/**
 * For Image → Generate's preSend, after the input checks: reads and checks every reference image
 * of the item before anything is uploaded, then uploads each once per execution and credential
 * (as binary frames are). Returns their URLs in the order of the properties.
 */
export async function uploadReferenceImages(
	context: IExecuteSingleFunctions,
	properties: unknown,
): Promise<string[]> {
	const images: FrameImage[] = [];
	for (const property of binaryPropertiesOf(properties)) {
		images.push(await readFrameImage(context, FIELD, property, imageFileProblem));
	}
	return await uploadCheckedImages(context, images);
}
