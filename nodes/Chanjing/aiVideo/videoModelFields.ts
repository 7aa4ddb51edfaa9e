import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { HAILUO_02_MODEL_CODE } from './hailuo';
import {
	aspectRatioField,
	clarityField,
	qualityModeField,
	variantsOf,
} from '../aiCreation/valueFields';
import { type GenerateMode, MODE_NAMES } from './modes';
import { VIDEO_MODELS, type VideoModel } from './videoModels';

/** The video models' fields besides Hailuo 02's own (which keep their version 1 form). */
const OTHER_MODELS = VIDEO_MODELS.filter((model) => model.code !== HAILUO_02_MODEL_CODE);

const MODE_OPTIONS: Record<GenerateMode, INodePropertyOptions> = {
	textToVideo: {
		name: MODE_NAMES.textToVideo,
		value: 'textToVideo',
		description: 'Generate a video from the prompt alone',
	},
	firstFrameToVideo: {
		name: MODE_NAMES.firstFrameToVideo,
		value: 'firstFrameToVideo',
		description: 'Animate an image: the video starts from the first frame',
	},
	firstAndLastFrameToVideo: {
		name: MODE_NAMES.firstAndLastFrameToVideo,
		value: 'firstAndLastFrameToVideo',
		description: 'Generate the motion from a first frame to a last frame',
	},
};

/** Mode, offered per model as its page documents its frames. */
export const modeFields: INodeProperties[] = variantsOf(VIDEO_MODELS, (model) => model.modes).map(
	({ key: modes, codes }) => ({
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		options: modes.map((mode) => MODE_OPTIONS[mode]),
		default: 'textToVideo',
		displayOptions: { show: { model: codes } },
	}),
);

const videoDurationField = (models: VideoModel[]): INodeProperties => ({
	displayName: 'Duration (Seconds)',
	name: 'videoDuration',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 5,
	description: 'Length of the video in seconds',
	hint: "Chanjing's page gives 5 as its example and states no allowed values; other values are sent unchecked",
	displayOptions: { show: { model: models.map((model) => model.code) } },
	routing: { send: { type: 'body', property: 'video_duration' } },
});

/** Clarity, Duration, Aspect Ratio and Quality Mode of the models other than Hailuo 02. */
export const otherModelFields: INodeProperties[] = [
	...variantsOf(OTHER_MODELS, (model) => model.clarity).map((variant) =>
		clarityField(variant, 'video'),
	),
	videoDurationField(OTHER_MODELS),
	...variantsOf(OTHER_MODELS, (model) => model.aspectRatio).map(aspectRatioField),
	...variantsOf(OTHER_MODELS, (model) => model.qualityMode).map(qualityModeField),
];
