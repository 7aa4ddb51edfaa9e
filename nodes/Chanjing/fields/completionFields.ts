import type { INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_MAX_WAIT_MINUTES,
	DEFAULT_POLL_INTERVAL_S,
	MAX_WAIT_MINUTES_LIMIT,
	MIN_POLL_INTERVAL_S,
} from '../completion/limits';

export interface CompletionFieldsFor {
	/** What the task makes, as the labels say it: 'video', 'images' or 'audio'. */
	output: 'video' | 'images' | 'audio';
	/** Whether downloading needs waiting (Generate: a new task has nothing to download yet). */
	downloadNeedsWait: boolean;
	/** Whether waiting and downloading are on by default (speech: the audio is what is wanted). */
	onByDefault?: boolean;
}

/** Each output's field names and words. */
const OUTPUTS = {
	video: {
		noun: 'Video',
		download: 'downloadVideo',
		field: 'Put Video in Field',
		finished: 'video has',
		what: 'Whether to attach the finished MP4 as binary data',
	},
	images: {
		noun: 'Images',
		download: 'downloadImages',
		field: 'Put Image in Field',
		finished: 'images have',
		what: 'Whether to output one item per finished image, with the image as binary data',
	},
	audio: {
		noun: 'Audio',
		download: 'downloadAudio',
		field: 'Put Audio in Field',
		finished: 'audio has',
		what: 'Whether to attach the finished audio file as binary data',
	},
};

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
	onByDefault = false,
}: CompletionFieldsFor): INodeProperties[] {
	const words = OUTPUTS[output];
	const fields: INodeProperties[] = [
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: false,
			description: `Whether to output the item only when the ${words.finished} finished (all items wait at the same time)`,
		},
		...waitSettingFields.map((field) => ({ ...field, displayOptions: WHEN_WAITING })),
		{
			displayName: `Download ${words.noun}`,
			name: words.download,
			type: 'boolean',
			default: false,
			description: words.what,
			...(downloadNeedsWait ? { displayOptions: WHEN_WAITING } : {}),
		},
		{
			displayName: words.field,
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			hint: 'The name of the output binary field to put the file in',
			displayOptions: {
				show: {
					[words.download]: [true],
					...(downloadNeedsWait ? { waitForCompletion: [true] } : {}),
				},
			},
		},
	];
	if (output === 'images') fields.push(onShortDeliveryField(downloadNeedsWait));
	if (!onByDefault) return fields;
	const switches = ['waitForCompletion', words.download];
	return fields.map((field) =>
		switches.includes(field.name) ? { ...field, default: true } : field,
	);
}

/**
 * Images: what a finished task that delivers fewer images than asked (a URL missing, empty or
 * null, or a download that fails) does to the item. The default fails it: no silent gap.
 */
function onShortDeliveryField(downloadNeedsWait: boolean): INodeProperties {
	return {
		displayName: 'On Short Delivery',
		name: 'onShortDelivery',
		type: 'options',
		options: [
			{
				name: 'Error',
				value: 'error',
				description: 'Fail the item; the error names each missing image and why',
			},
			{
				name: 'Return What Was Delivered',
				value: 'returnDelivered',
				description:
					'Output the images that came; every item lists the missing ones under missingImages',
			},
		],
		default: 'error',
		description:
			'What to do when a finished task delivers fewer images than asked: a URL missing, empty or null, or an image that cannot be downloaded',
		...(downloadNeedsWait ? { displayOptions: WHEN_WAITING } : {}),
	};
}

/** From version 2: Simplify, as n8n's nodes offer it for outputs of more than 10 fields. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};
