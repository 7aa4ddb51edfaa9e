import type { INodeProperties } from 'n8n-workflow';

import { waitSettingFields } from '../fields/completionFields';

/** Version 1's options of Generate and Get: wait for the video and download it. */
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
	// Max Wait, On Timeout, Poll Interval: a collection lists its options by name.
	...[...waitSettingFields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the item only when the video has finished (all items wait at the same time)',
	},
];
