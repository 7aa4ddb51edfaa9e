import type { INodeProperties } from 'n8n-workflow';

import { simplifyField, waitSettingFields } from '../fields/completionFields';

const waitForCompletion: INodeProperties = {
	displayName: 'Wait for Completion',
	name: 'waitForCompletion',
	type: 'boolean',
	default: false,
	description:
		'Whether to output the item only when the voice is ready or has failed (all items wait at the same time)',
};

/**
 * Waiting for a cloned voice (no file to download: the voice ID is what a clone delivers).
 * Clone waits by default, since a voice speaks only once it is ready.
 */
export function voiceWaitFields(waitByDefault: boolean): INodeProperties[] {
	return [
		waitByDefault ? { ...waitForCompletion, default: true } : waitForCompletion,
		...waitSettingFields.map((field) => ({
			...field,
			displayOptions: { show: { waitForCompletion: [true] } },
		})),
		simplifyField,
	];
}
