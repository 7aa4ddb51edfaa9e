import type { IExecuteSingleFunctions } from 'n8n-workflow';

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
	frameFields?: FrameFieldsStyle;
}

export const MODES_WITH_FIRST_FRAME: GenerateMode[] = [
	'firstFrameToVideo',
	'firstAndLastFrameToVideo',
];

/** The one reader of Generate's fields, for the checks and the request alike. */
export function readGenerateInput(context: IExecuteSingleFunctions): GenerateInput {
	const mode = context.getNodeParameter('mode') as GenerateMode;
	const usesFrames = MODES_WITH_FIRST_FRAME.includes(mode);
	return {
		mode,
		prompt: context.getNodeParameter('prompt', ''),
		firstFrameUrl: usesFrames ? context.getNodeParameter('firstFrameUrl', '') : undefined,
		lastFrameUrl:
			mode === 'firstAndLastFrameToVideo'
				? context.getNodeParameter('lastFrameUrl', '')
				: undefined,
		clarity: context.getNodeParameter('clarity'),
		duration: context.getNodeParameter('duration'),
		callbackUrl: context.getNodeParameter('options.callbackUrl', ''),
		frameFields: context.getNodeParameter(
			'options.frameFields',
			'startEndFrame',
		) as FrameFieldsStyle,
	};
}
