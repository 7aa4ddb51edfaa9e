import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { FrameFieldsStyle, GenerateMode } from '../shared/hailuo';

/** What the user entered for one item, after n8n resolved the expressions. */
export interface GenerateInput {
	mode: GenerateMode;
	prompt: unknown;
	firstFrameUrl: unknown;
	lastFrameUrl: unknown;
	clarity: unknown;
	duration: unknown;
	callbackUrl?: unknown;
	frameFields: FrameFieldsStyle;
}

export const MODES_WITH_FIRST_FRAME: GenerateMode[] = [
	'firstFrameToVideo',
	'firstAndLastFrameToVideo',
];

/**
 * The one reader of Generate's input, for the checks and the request alike. Prompt, Clarity,
 * Duration and Callback URL are taken from the body n8n's routing has just built from them:
 * reading the parameters again would evaluate the user's expressions once more per item.
 */
export function readGenerateInput(
	context: IExecuteSingleFunctions,
	body: IDataObject,
): GenerateInput {
	const mode = context.getNodeParameter('mode') as GenerateMode;
	const usesFrames = MODES_WITH_FIRST_FRAME.includes(mode);
	return {
		mode,
		prompt: body.ref_prompt,
		firstFrameUrl: usesFrames ? context.getNodeParameter('firstFrameUrl', '') : undefined,
		lastFrameUrl:
			mode === 'firstAndLastFrameToVideo'
				? context.getNodeParameter('lastFrameUrl', '')
				: undefined,
		clarity: body.clarity,
		duration: body.video_duration,
		callbackUrl: body.callback,
		frameFields: context.getNodeParameter(
			'options.frameFields',
			'startEndFrame',
		) as FrameFieldsStyle,
	};
}
