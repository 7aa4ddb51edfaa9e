import type { IExecuteSingleFunctions } from 'n8n-workflow';

/** What the user entered for one Avatar → Create Custom Avatar item, after n8n resolved the expressions. */
export interface CustomAvatarInput {
	name: unknown;
	/** `url` or `binary`. */
	videoSource: unknown;
	videoUrl: unknown;
	videoBinaryProperty: unknown;
	train: unknown;
	language: unknown;
	uhd: boolean;
	skipVoiceFailure: boolean;
	callbackUrl: unknown;
}

export function readCustomAvatarInput(context: IExecuteSingleFunctions): CustomAvatarInput {
	const source = context.getNodeParameter('videoSource', 'binary');
	// Trimmed here, as its check trims it: " both" must read the Language it shows.
	const rawTrain = context.getNodeParameter('train', 'both');
	const train = typeof rawTrain === 'string' ? rawTrain.trim() : rawTrain;
	return {
		name: context.getNodeParameter('name', ''),
		videoSource: source,
		videoUrl: source === 'url' ? context.getNodeParameter('videoUrl', '') : undefined,
		videoBinaryProperty:
			source === 'binary' ? context.getNodeParameter('videoBinaryProperty', 'data') : undefined,
		train,
		language: train === 'both' ? context.getNodeParameter('language', 'cn') : undefined,
		uhd: context.getNodeParameter('uhd', false) === true,
		skipVoiceFailure:
			train === 'both' && context.getNodeParameter('options.skipVoiceFailure', false) === true,
		callbackUrl: context.getNodeParameter('options.callbackUrl', ''),
	};
}
