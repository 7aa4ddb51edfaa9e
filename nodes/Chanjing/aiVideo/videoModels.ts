import type { AiModel } from '../aiCreation/aiModel';
import { MODEL_PAGES as PAGES } from '../aiCreation/aiModel';
import type { ValueSet } from '../input/valueSet';
import { HAILUO_02_MODEL_CODE } from './hailuo';
import { ALL_MODES, type GenerateMode } from './modes';

/** How a video model's page names its frames. */
export type FrameStyle = 'startEndFrame' | 'refImgUrl';

export interface VideoModel extends AiModel {
	modes: GenerateMode[];
	frameStyle: FrameStyle;
	promptRequired: boolean;
	aspectRatio?: ValueSet<string> & { textToVideoOnly?: boolean };
	/** Seconds; Hailuo 02 has its own Duration field (6 or 10). */
	duration: ValueSet<number>;
}

const VIDEO_ASPECT_RATIOS = ['16:9', '9:16', '1:1'];
/** The pages name only `pro`; '' leaves quality_mode out of the request. */
const TENCENT_QUALITY: ValueSet<string> = { values: ['pro', ''], default: 'pro', stated: false };
/** No page lists durations; 5 is every page's example (Duration (Seconds) is a free number). */
const unstatedDuration: ValueSet<number> = { values: [5], default: 5, stated: false };

/** The video models Chanjing's pages describe; the first is the default. */
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

export function videoModel(code: unknown): VideoModel | undefined {
	return VIDEO_MODELS.find((model) => model.code === code);
}
