import type { INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_MAX_WAIT_MINUTES,
	DEFAULT_POLL_INTERVAL_S,
	MAX_WAIT_MINUTES_LIMIT,
	MIN_POLL_INTERVAL_S,
} from '../completion/limits';

export interface CompletionFieldsFor {
	/** What the task makes, as the labels say it: 'video' or 'images'. */
	output: 'video' | 'images';
	/** Whether downloading needs waiting (Generate: a new task has nothing to download yet). */
	downloadNeedsWait: boolean;
}

const WHEN_WAITING = { show: { waitForCompletion: [true] } };

/** Max Wait, Poll Interval and On Timeout: how a wait is bounded (both versions). */
export const waitSettingFields: INodeProperties[] = [
	{
		displayName: 'Max Wait (Minutes)',
		name: 'maxWaitMinutes',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_WAIT_MINUTES_LIMIT },
		default: DEFAULT_MAX_WAIT_MINUTES,
		description: 'How long to wait before On Timeout applies',
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollIntervalSeconds',
		type: 'number',
		typeOptions: { minValue: MIN_POLL_INTERVAL_S },
		default: DEFAULT_POLL_INTERVAL_S,
		description: 'Longest pause between two status checks; the first check comes after 2 seconds',
	},
	{
		displayName: 'On Timeout',
		name: 'onTimeout',
		type: 'options',
		options: [
			{
				name: 'Error',
				value: 'error',
				description: 'Fail the item; the error names the creation ID',
			},
			{
				name: 'Return the Running Task',
				value: 'returnRunning',
				description: 'Output the task as it is, with timedOut: true',
			},
		],
		default: 'error',
	},
];

/**
 * From version 2: waiting is a choice of its own, and its settings show only when it is on
 * (version 1 keeps them in Options, see the video resource's completionOptions).
 */
export function completionFields({
	output,
	downloadNeedsWait,
}: CompletionFieldsFor): INodeProperties[] {
	const noun = output === 'video' ? 'Video' : 'Images';
	const downloadName = output === 'video' ? 'downloadVideo' : 'downloadImages';
	return [
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: false,
			description: `Whether to output the item only when the ${output === 'video' ? 'video has' : 'images have'} finished (all items wait at the same time)`,
		},
		...waitSettingFields.map((field) => ({ ...field, displayOptions: WHEN_WAITING })),
		{
			displayName: `Download ${noun}`,
			name: downloadName,
			type: 'boolean',
			default: false,
			description:
				output === 'video'
					? 'Whether to attach the finished MP4 as binary data'
					: 'Whether to output one item per finished image, with the image as binary data',
			...(downloadNeedsWait ? { displayOptions: WHEN_WAITING } : {}),
		},
		{
			displayName: output === 'video' ? 'Put Video in Field' : 'Put Image in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			hint: 'The name of the output binary field to put the file in',
			displayOptions: {
				show: {
					[downloadName]: [true],
					...(downloadNeedsWait ? { waitForCompletion: [true] } : {}),
				},
			},
		},
	];
}

/** From version 2: Simplify, as n8n's nodes offer it for outputs of more than 10 fields. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};
