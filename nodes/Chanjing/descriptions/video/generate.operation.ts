import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ALLOWED_DURATIONS_S, DEFAULT_CLARITY, MAX_PROMPT_CHARACTERS } from '../../shared/hailuo';
import { completionOptions } from './completionOptions';
import { firstFrameSourceFields, lastFrameSourceFields } from './frameSource';

const properties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		// n8n's nodes panel lists each mode of an AI node as an action, named by `action`.
		options: [
			{
				name: 'Text to Video',
				value: 'textToVideo',
				action: 'Generate a video from a prompt',
				description: 'Generate a video from the prompt alone',
			},
			{
				name: 'First Frame to Video',
				value: 'firstFrameToVideo',
				action: 'Generate a video from a first frame',
				description: 'Animate an image: the video starts from the first frame',
			},
			{
				name: 'First and Last Frame to Video',
				value: 'firstAndLastFrameToVideo',
				action: 'Generate a video from a first and a last frame',
				description: 'Generate the motion from a first frame to a last frame',
			},
		],
		default: 'textToVideo',
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. A puppy runs across the lawn, the camera follows, natural sunlight',
		description: `What the video shows, at most ${MAX_PROMPT_CHARACTERS} characters`,
		routing: { send: { type: 'body', property: 'ref_prompt' } },
	},
	...firstFrameSourceFields,
	{
		displayName: 'First Frame URL',
		name: 'firstFrameUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/start.jpg',
		description:
			'Public http(s) URL of the image the video starts with (JPG, PNG or WebP); needed by First Frame to Video and First and Last Frame to Video',
		displayOptions: {
			show: { mode: ['firstFrameToVideo', 'firstAndLastFrameToVideo'], firstFrameSource: ['url'] },
		},
	},
	...lastFrameSourceFields,
	{
		displayName: 'Last Frame URL',
		name: 'lastFrameUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/end.jpg',
		description:
			'Public http(s) URL of the image the video ends with (JPG, PNG or WebP); needed by First and Last Frame to Video only',
		displayOptions: { show: { mode: ['firstAndLastFrameToVideo'], lastFrameSource: ['url'] } },
	},
	{
		displayName: 'Clarity',
		name: 'clarity',
		type: 'options',
		options: [
			{ name: '720p', value: 720 },
			{ name: '1080p (6 Seconds Only)', value: 1080 },
		],
		default: DEFAULT_CLARITY,
		description: 'Output resolution. Hailuo 02 renders 1080p only for 6-second videos.',
		// Sent as a number: prepareSubmit turns an expression's "720" into 720.
		routing: { send: { type: 'body', property: 'clarity' } },
	},
	{
		displayName: 'Duration',
		name: 'duration',
		type: 'options',
		options: [
			{ name: '6 Seconds', value: 6 },
			{ name: '10 Seconds', value: 10 },
		],
		default: 6,
		description: `Length of the video: ${ALLOWED_DURATIONS_S.join(' or ')} seconds`,
		routing: { send: { type: 'body', property: 'video_duration' } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...completionOptions,
			{
				displayName: 'Callback URL',
				name: 'callbackUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. {{ $execution.resumeUrl }}',
				description:
					'Chanjing POSTs the finished task here. With a Wait node set to "On Webhook Call", use {{ $execution.resumeUrl }} to wait without polling.',
				routing: { send: { type: 'body', property: 'callback' } },
			},
			{
				displayName: 'Frame Fields',
				name: 'frameFields',
				type: 'options',
				options: [
					{
						name: 'Start and End Frame (Documented)',
						value: 'startEndFrame',
						description:
							'Send start_frame and end_frame, as the parameter table of Chanjing’s page',
					},
					{
						name: 'Reference Image List',
						value: 'refImgUrl',
						description: 'Send ref_img_url: [first, last], as the code samples of Chanjing’s page',
					},
					{
						name: 'Both',
						value: 'both',
						description: 'Send both forms, for accounts where it is unclear which one is honoured',
					},
				],
				default: 'startEndFrame',
				description:
					'How the frames are named in the request; change it only if Chanjing ignores your frames',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['generate'] } },
	properties,
);
