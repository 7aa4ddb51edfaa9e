import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callbackUrlOption } from '../fields/callbackUrl';
import { optionsCollection } from '../fields/versions';
import { AVATAR_LANGUAGES, MAX_AVATAR_NAME_CHARACTERS, TRAIN_TYPES } from './paths';
import { avatarWaitFields } from './waitFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. My presenter',
		description: `How the avatar is listed in the Avatar picker, at most ${MAX_AVATAR_NAME_CHARACTERS} characters`,
	},
	{
		displayName: 'Video Source',
		name: 'videoSource',
		type: 'options',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: "A video in the input item's binary data, uploaded to Chanjing first",
			},
			{ name: 'URL', value: 'url', description: 'A public link to the video' },
		],
		default: 'binary',
		description: 'Where the training video comes from',
	},
	{
		displayName: 'Video Binary Property',
		name: 'videoBinaryProperty',
		type: 'string',
		required: true,
		default: 'data',
		description:
			'The binary property of the input item that holds the video: MP4, MOV or WebM (told by its bytes) of one person facing the camera, at most 5 minutes',
		hint: 'The node checks the file before uploading it; nothing is sent for a file it refuses',
		displayOptions: { show: { videoSource: ['binary'] } },
	},
	{
		displayName: 'Video URL',
		name: 'videoUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/presenter.mp4',
		description:
			'The public http(s) URL of an MP4, MOV or WebM video of one person facing the camera, at most 5 minutes',
		displayOptions: { show: { videoSource: ['url'] } },
	},
	{
		displayName: 'Train',
		name: 'train',
		type: 'options',
		options: TRAIN_TYPES,
		default: 'both',
		description: 'What Chanjing learns from the video (train_type)',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: AVATAR_LANGUAGES,
		default: 'cn',
		description: 'The language spoken in the video, for the voice',
		displayOptions: { show: { train: ['both'] } },
	},
	{
		displayName: '4K',
		name: 'uhd',
		type: 'boolean',
		default: false,
		description: 'Whether to train a 4K avatar (resolution_rate 1); give a 4K video. Off: 1080p.',
	},
	...avatarWaitFields,
	optionsCollection([
		{ ...callbackUrlOption, routing: undefined },
		{
			displayName: 'Skip Voice Failure',
			name: 'skipVoiceFailure',
			type: 'boolean',
			default: false,
			description:
				'Whether to finish the avatar without a voice when cloning the voice fails (error_skip); otherwise the whole training fails',
			displayOptions: { show: { '/train': ['both'] } },
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['avatar'], operation: ['createCustom'] } },
	properties,
);
