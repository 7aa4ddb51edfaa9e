import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { DEFAULT_VOICE_MODEL } from './paths';

/** What the user entered for one Voice → Clone item, after n8n resolved the expressions. */
export interface CloneInput {
	name: unknown;
	/** `url` or `binary`. */
	audioSource: unknown;
	audioUrl: unknown;
	audioBinaryProperty: unknown;
	model: unknown;
	language: unknown;
	callbackUrl: unknown;
}

export function readCloneInput(context: IExecuteSingleFunctions): CloneInput {
	const source = context.getNodeParameter('audioSource', 'url');
	return {
		name: context.getNodeParameter('name', ''),
		audioSource: source,
		audioUrl: source === 'url' ? context.getNodeParameter('audioUrl', '') : undefined,
		audioBinaryProperty:
			source === 'binary' ? context.getNodeParameter('audioBinaryProperty', 'data') : undefined,
		model: context.getNodeParameter('model', DEFAULT_VOICE_MODEL),
		language: context.getNodeParameter('language', 'cn'),
		callbackUrl: context.getNodeParameter('options.callbackUrl', ''),
	};
}
