import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { AI_CREATION_UPLOAD_SERVICE } from '../aiCreation/paths';
import { imageFileProblem } from '../media/imageRules';
import { uploadFiles } from '../upload/uploadFiles';
import { type BinaryImage, readBinaryImage } from '../upload/binaryImage';

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
	const images: BinaryImage[] = [];
	for (const property of binaryPropertiesOf(properties)) {
		images.push(await readBinaryImage(context, FIELD, property, imageFileProblem));
	}
	return await uploadFiles(context, images, AI_CREATION_UPLOAD_SERVICE);
}
