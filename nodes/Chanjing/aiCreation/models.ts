import type { GenerateMode } from '../aiVideo/hailuo';
import { HAILUO_02_MODEL_CODE } from '../aiVideo/hailuo';

/**
 * The models of Chanjing's AI-creation submit endpoint that Chanjing's documentation pages
 * describe, as the node offers them. `stated: false` marks a set of values a page gives only as
 * examples ("常用", "例如") or not at all: the panel offers them, an expression may send others,
 * and the field's hint says so. Everything not on a page is the node's own choice and is named
 * in the README's model table.
 */

/** The Model value of a model Chanjing adds later: code, creation type and fields by hand. */
export const CUSTOM_MODEL = 'custom';

export interface ValueSet<T extends string | number> {
	values: T[];
	default: T;
	/** Whether the page states these as the only values (then others are refused before a submit). */
	stated: boolean;
}

/** How a video model's page names its frames. */
export type FrameStyle = 'startEndFrame' | 'refImgUrl';

export interface VideoModel {
	code: string;
	name: string;
	source: string;
	modes: GenerateMode[];
	frameStyle: FrameStyle;
	promptRequired: boolean;
	clarity?: ValueSet<number>;
	aspectRatio?: ValueSet<string> & { textToVideoOnly?: boolean };
	qualityMode?: ValueSet<string>;
	/** Seconds; Hailuo 02 has its own Duration field (6 or 10). */
	duration: ValueSet<number>;
}

export interface ImageModel {
	code: string;
	name: string;
	source: string;
	referenceImages: boolean;
	aspectRatio: ValueSet<string>;
	clarity?: ValueSet<number>;
	qualityMode?: ValueSet<string>;
}

const PAGES = 'https://doc.chanjing.cc/api/ai-creation/';
const ALL_MODES: GenerateMode[] = ['textToVideo', 'firstFrameToVideo', 'firstAndLastFrameToVideo'];
const IMAGE_ASPECT_RATIOS = ['1:1', '3:4', '4:3', '9:16', '16:9'];
const VIDEO_ASPECT_RATIOS = ['16:9', '9:16', '1:1'];
/** The pages name only `pro`; '' leaves quality_mode out of the request. */
const TENCENT_QUALITY: ValueSet<string> = { values: ['pro', ''], default: 'pro', stated: false };
/** No page lists durations; 5 is every page's example (Duration (Seconds) is a free number). */
const unstatedDuration: ValueSet<number> = { values: [5], default: 5, stated: false };

export const VIDEO_MODELS: VideoModel[] = [
	{
		code: HAILUO_02_MODEL_CODE,
		name: 'MiniMax Hailuo 02',
		source: `${PAGES}video-minimax-hailuo-02.html`,
		modes: ALL_MODES,
		frameStyle: 'startEndFrame',
		promptRequired: true,
		// Chanjing's page gives these as examples; MiniMax's own documentation states them as the
		// only values, so the node refuses others before a paid submit.
		clarity: { values: [720, 1080], default: 720, stated: true },
		duration: { values: [6, 10], default: 6, stated: true },
	},
	{
		code: 'Doubao-Seedance-1.0-lite-i2v',
		name: 'Doubao Seedance 1.0 Lite',
		source: `${PAGES}video-doubao-seedance-1.0-lite-i2v.html`,
		modes: ALL_MODES,
		frameStyle: 'startEndFrame',
		promptRequired: true,
		clarity: { values: [720, 1080], default: 1080, stated: false },
		aspectRatio: { values: ['9:16', '16:9', '1:1'], default: '9:16', stated: false },
		duration: unstatedDuration,
	},
	{
		code: 'tx_kling2.5',
		name: 'Kling 2.5 (Tencent)',
		source: `${PAGES}video-tx-kling2.5.html`,
		modes: ALL_MODES,
		frameStyle: 'startEndFrame',
		promptRequired: false,
		clarity: { values: [720, 1080], default: 1080, stated: false },
		aspectRatio: { values: VIDEO_ASPECT_RATIOS, default: '16:9', stated: false },
		qualityMode: TENCENT_QUALITY,
		duration: unstatedDuration,
	},
	{
		code: 'tx_kling-v2-1-master',
		name: 'Kling v2.1 Master (Tencent)',
		source: `${PAGES}video-tx-kling-v2-1-master.html`,
		modes: ALL_MODES,
		frameStyle: 'refImgUrl',
		promptRequired: false,
		clarity: { values: [720, 1080], default: 1080, stated: false },
		aspectRatio: { values: ['9:16', '16:9', '1:1'], default: '9:16', stated: false },
		qualityMode: TENCENT_QUALITY,
		duration: unstatedDuration,
	},
	{
		code: 'kling-v2-5-turbo-normal',
		name: 'Kling v2.5 Turbo',
		source: `${PAGES}video-kling-v2-5-turbo-normal.html`,
		modes: ['textToVideo', 'firstFrameToVideo'],
		frameStyle: 'refImgUrl',
		promptRequired: true,
		aspectRatio: {
			values: VIDEO_ASPECT_RATIOS,
			default: '16:9',
			stated: false,
			textToVideoOnly: true,
		},
		qualityMode: { values: ['std', 'pro'], default: 'std', stated: true },
		duration: unstatedDuration,
	},
];

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

export function videoModel(code: unknown): VideoModel | undefined {
	return VIDEO_MODELS.find((model) => model.code === code);
}

export function imageModel(code: unknown): ImageModel | undefined {
	return IMAGE_MODELS.find((model) => model.code === code);
}
