import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callbackUrlOption } from '../fields/callbackUrl';
import { optionsCollection } from '../fields/versions';
import {
	DEFAULT_VOICE_MODEL,
	MAX_VOICE_NAME_CHARACTERS,
	VOICE_LANGUAGES,
	VOICE_MODELS,
} from './paths';
import { voiceWaitFields } from './waitFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. My narrator',
		description: `How the voice is listed in the Voice pickers, at most ${MAX_VOICE_NAME_CHARACTERS} characters`,
	},
	{
		displayName: 'Audio Source',
		name: 'audioSource',
		type: 'options',
		options: [
			{ name: 'URL', value: 'url', description: 'A public link to the recording' },
			{
				name: 'Binary File',
				value: 'binary',
				description: "A recording in the input item's binary data, uploaded to Chanjing first",
			},
		],
		default: 'url',
		description: 'Where the recording of the voice comes from',
	},
	{
		displayName: 'Audio URL',
		name: 'audioUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/my-voice.mp3',
		description:
			'The public http(s) URL of an MP3, WAV or M4A recording of one person speaking, at most 100 MB; 30 seconds to 5 minutes of clear speech works best',
		displayOptions: { show: { audioSource: ['url'] } },
	},
	{
		displayName: 'Audio Binary Property',
		name: 'audioBinaryProperty',
		type: 'string',
		required: true,
		default: 'data',
		description:
			'The binary property of the input item that holds the recording: MP3, WAV or M4A (told by its bytes), at most 100 MB, 15 seconds to 5 minutes',
		hint: 'The node checks the file before uploading it; nothing is sent for a file it refuses',
		displayOptions: { show: { audioSource: ['binary'] } },
	},
	{
		displayName: 'Model',
		name: 'model',
		type: 'options',
		options: VOICE_MODELS,
		default: DEFAULT_VOICE_MODEL,
		description: 'The cloning model (model_type)',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: VOICE_LANGUAGES,
		default: 'cn',
		description: 'The language the recording is spoken in',
	},
	...voiceWaitFields(true),
	optionsCollection([{ ...callbackUrlOption, routing: undefined }]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['voice'], operation: ['clone'] } },
	properties,
);
