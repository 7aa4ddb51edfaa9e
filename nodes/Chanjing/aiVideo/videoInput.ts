import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { HAILUO_02_MODEL_CODE } from './hailuo';
import { type CustomModel, isCustomModel, readCustomModel } from '../aiCreation/customModel';
import { type FrameFieldsStyle } from './frameFields';
import { type GenerateMode, MODES_WITH_FIRST_FRAME } from './modes';
import { videoModel, type VideoModel } from './videoModels';

/** Where a frame image comes from: First/Last Frame URL, or the item's binary data. */
export type FrameSource = 'url' | 'binary';

/** What the user entered for one item, after n8n resolved the expressions. */
export interface GenerateInput {
	/** A documented model, or the Custom model's code and creation type. */
	model: VideoModel | CustomModel;
	mode: GenerateMode;
	prompt: unknown;
	firstFrameUrl: unknown;
	lastFrameUrl: unknown;
	/** Set for the frames of the mode; binary frames are checked from their bytes (frameImage). */
	firstFrameSource?: FrameSource;
	lastFrameSource?: FrameSource;
	firstFrameBinaryProperty?: unknown;
	lastFrameBinaryProperty?: unknown;
	/** Whether one binary property may be both frames (version 1, or Options → Allow …). */
	sameImageAllowed: boolean;
	clarity: unknown;
	duration: unknown;
	callbackUrl?: unknown;
	frameFields: FrameFieldsStyle;
	aspectRatio?: unknown;
	qualityMode?: unknown;
}

/** The Model of a Generate; workflows saved before the choice have none, which means Hailuo 02. */
export function readModel(context: IExecuteSingleFunctions): VideoModel | CustomModel {
	const code = context.getNodeParameter('model', HAILUO_02_MODEL_CODE);
	return (
		readCustomModel(context, code) ??
		videoModel(code) ??
		(videoModel(HAILUO_02_MODEL_CODE) as VideoModel)
	);
}

/** A frame's source; workflows saved before the option have none, which means URL. */
function frameSourceOf(context: IExecuteSingleFunctions, parameter: string): FrameSource {
	return context.getNodeParameter(parameter, 'url') === 'binary' ? 'binary' : 'url';
}

/**
 * The one reader of Generate's input, for the checks and the request alike. Prompt, Clarity,
 * Duration and Callback URL are taken from the body n8n's routing has just built from them:
 * reading the parameters again would evaluate the user's expressions once more per item.
 */
export function readGenerateInput(
	context: IExecuteSingleFunctions,
	body: IDataObject,
): GenerateInput {
	const model = readModel(context);
	// The Custom model has no Mode: its frames, if any, are in its JSON fields.
	const mode = (
		isCustomModel(model) ? 'textToVideo' : context.getNodeParameter('mode', 'textToVideo')
	) as GenerateMode;
	const usesFrames = MODES_WITH_FIRST_FRAME.includes(mode);
	const usesLast = mode === 'firstAndLastFrameToVideo';
	const first = usesFrames ? frameSourceOf(context, 'firstFrameSource') : undefined;
	const last = usesLast ? frameSourceOf(context, 'lastFrameSource') : undefined;
	return {
		model,
		mode,
		prompt: body.ref_prompt,
		firstFrameUrl: first === 'url' ? context.getNodeParameter('firstFrameUrl', '') : undefined,
		lastFrameUrl: last === 'url' ? context.getNodeParameter('lastFrameUrl', '') : undefined,
		firstFrameSource: first,
		lastFrameSource: last,
		firstFrameBinaryProperty:
			first === 'binary' ? context.getNodeParameter('firstFrameBinaryProperty', 'data') : undefined,
		lastFrameBinaryProperty:
			last === 'binary' ? context.getNodeParameter('lastFrameBinaryProperty', 'data') : undefined,
		sameImageAllowed:
			context.getNode().typeVersion < 2 ||
			context.getNodeParameter('options.sameImageForBothFrames', false) === true,
		clarity: body.clarity,
		duration: body.video_duration,
		callbackUrl: body.callback,
		frameFields: isCustomModel(model)
			? 'startEndFrame'
			: model.code === HAILUO_02_MODEL_CODE
				? (context.getNodeParameter('options.frameFields', 'startEndFrame') as FrameFieldsStyle)
				: model.frameStyle,
		aspectRatio: body.aspect_ratio,
		qualityMode: body.quality_mode,
	};
}
