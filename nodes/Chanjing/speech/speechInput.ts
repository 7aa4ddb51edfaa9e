import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { locatorValue } from '../lookups/pickerFields';

/** What the user entered for one Speech → Generate item, after n8n resolved the expressions. */
export interface SpeechInput {
	voice: unknown;
	text: unknown;
	speed: unknown;
	pitch: unknown;
	watermark: boolean;
}

export function readSpeechInput(context: IExecuteSingleFunctions): SpeechInput {
	return {
		voice: locatorValue(context, 'voice'),
		text: context.getNodeParameter('text', ''),
		speed: context.getNodeParameter('speed', 1),
		pitch: context.getNodeParameter('pitch', 1),
		watermark: context.getNodeParameter('options.watermark', false) === true,
	};
}
