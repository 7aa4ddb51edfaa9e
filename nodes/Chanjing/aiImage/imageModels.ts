import type { AiModel } from '../aiCreation/aiModel';
import { MODEL_PAGES as PAGES } from '../aiCreation/aiModel';
import type { ValueSet } from '../input/valueSet';

export interface ImageModel extends AiModel {
	referenceImages: boolean;
	aspectRatio: ValueSet<string>;
}

const IMAGE_ASPECT_RATIOS = ['1:1', '3:4', '4:3', '9:16', '16:9'];

/** The image models Chanjing's pages describe; the first is the default. */
export const IMAGE_MODELS: ImageModel[] = [
	{
		code: 'doubao-seedream-3.0-t2i',
		name: 'Seedream 3.0',
		source: `${PAGES}pic-seedream-3.0.html`,
		referenceImages: false,
		aspectRatio: { values: IMAGE_ASPECT_RATIOS, default: '1:1', stated: true },
		clarity: { values: [1024, 2048, 4096], default: 2048, stated: true },
	},
	{
		code: 'doubao-seedream-4.0',
		name: 'Seedream 4.0',
		source: `${PAGES}pic-seedream-4.0.html`,
		referenceImages: true,
		aspectRatio: { values: IMAGE_ASPECT_RATIOS, default: '1:1', stated: true },
		clarity: { values: [1024, 2048, 4096], default: 2048, stated: true },
	},
	{
		code: 'kling-v2-1',
		name: 'Kling v2.1',
		source: `${PAGES}pic-kling-v2-1.html`,
		// The page's row allows one reference image, its note says none: not offered.
		referenceImages: false,
		aspectRatio: { values: IMAGE_ASPECT_RATIOS, default: '1:1', stated: false },
		clarity: { values: [1024, 2048], default: 1024, stated: true },
	},
	{
		code: 'wan2.2-t2i',
		name: 'Wan 2.2',
		source: `${PAGES}pic-wan2.2-t2i.html`,
		referenceImages: false,
		aspectRatio: { values: IMAGE_ASPECT_RATIOS, default: '1:1', stated: false },
		qualityMode: { values: ['std', 'pro'], default: 'std', stated: true },
	},
];

export const MIN_IMAGES = 1;
export const MAX_IMAGES = 4;

export function imageModel(code: unknown): ImageModel | undefined {
	return IMAGE_MODELS.find((model) => model.code === code);
}
