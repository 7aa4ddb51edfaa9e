import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { WaitOptions } from './wait';

export interface CompletionSettings extends WaitOptions {
	waitForCompletion: boolean;
	/** Download Video (video), Download Images (image) or Download Audio (speech). */
	download: boolean;
	binaryPropertyName: string;
	/** Version 1 has no Simplify: its output is always the simplified task. */
	simplify: boolean;
	/** Images: a finished task that delivers fewer files than asked fails the item, or not. */
	onShortDelivery: OnShortDelivery;
}

/** On Short Delivery: `error` (the default) fails the item; `returnDelivered` keeps what came. */
export type OnShortDelivery = 'error' | 'returnDelivered';

/** Version 1 kept waiting and download in Options; version 2 shows them as fields of their own. */
export function readCompletionSettings(context: IExecuteSingleFunctions): CompletionSettings {
	if (context.getNode().typeVersion < 2) {
		const options = context.getNodeParameter('options', {}) as IDataObject;
		return {
			waitForCompletion: options.waitForCompletion === true,
			download: options.downloadVideo === true,
			binaryPropertyName: String(options.binaryPropertyName || 'data'),
			maxWaitMinutes: options.maxWaitMinutes as number | undefined,
			pollIntervalSeconds: options.pollIntervalSeconds as number | undefined,
			onTimeout: options.onTimeout as WaitOptions['onTimeout'],
			simplify: true,
			onShortDelivery: 'error',
		};
	}
	const read = <T>(name: string, fallback: T): T => context.getNodeParameter(name, fallback) as T;
	// A resource's own default (speech waits and downloads unless told not to) is n8n's value.
	const waitForCompletion = read('waitForCompletion', false);
	return {
		waitForCompletion,
		download:
			read('downloadVideo', false) || read('downloadImages', false) || read('downloadAudio', false),
		binaryPropertyName: String(read('binaryPropertyName', 'data') || 'data'),
		maxWaitMinutes: waitForCompletion
			? read<number | undefined>('maxWaitMinutes', undefined)
			: undefined,
		pollIntervalSeconds: waitForCompletion
			? read<number | undefined>('pollIntervalSeconds', undefined)
			: undefined,
		onTimeout: waitForCompletion ? read<WaitOptions['onTimeout']>('onTimeout', 'error') : 'error',
		simplify: read('simplify', true),
		onShortDelivery:
			read<OnShortDelivery>('onShortDelivery', 'error') === 'returnDelivered'
				? 'returnDelivered'
				: 'error',
	};
}
