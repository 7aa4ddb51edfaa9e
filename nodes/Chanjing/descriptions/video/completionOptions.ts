import type { INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_MAX_WAIT_MINUTES,
	DEFAULT_POLL_INTERVAL_S,
	MAX_WAIT_MINUTES_LIMIT,
	MIN_POLL_INTERVAL_S,
} from '../../shared/limits';

/** Options of Generate and Get: wait for the video and download it. */
export const completionOptions: INodeProperties[] = [
	{
		displayName: 'Binary Property',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		description: 'Name of the binary property the video is put in (with Download Video)',
	},
	{
		displayName: 'Download Video',
		name: 'downloadVideo',
		type: 'boolean',
		default: false,
		description:
			'Whether to attach the finished MP4 as binary data (on Generate, together with Wait for Completion)',
	},
	{
		displayName: 'Max Wait (Minutes)',
		name: 'maxWaitMinutes',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_WAIT_MINUTES_LIMIT },
		default: DEFAULT_MAX_WAIT_MINUTES,
		description: 'How long to wait for the video before On Timeout applies',
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
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollIntervalSeconds',
		type: 'number',
		typeOptions: { minValue: MIN_POLL_INTERVAL_S },
		default: DEFAULT_POLL_INTERVAL_S,
		description: 'Longest pause between two status checks; the first check comes after 2 seconds',
	},
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the item only when the video has finished (all items wait at the same time)',
	},
];
