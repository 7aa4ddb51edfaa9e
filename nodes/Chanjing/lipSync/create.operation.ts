import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callbackUrlOption } from '../fields/callbackUrl';
import { completionFields, simplifyField } from '../fields/completionFields';
import { footageOptions } from '../fields/footageOptions';
import { optionsCollection } from '../fields/versions';
import { customCanvasFields } from '../fields/videoCanvas';
import { voiceLocator } from '../lookups/pickerFields';
import { pitchField, speedField } from '../lookups/speechRates';
import { MAX_LIP_SYNC_TEXT_CHARACTERS } from './paths';

const BY_TEXT = { show: { driveWith: ['text'] } };

const videoFields: INodeProperties[] = [
	{
		displayName: 'Video Source',
		name: 'videoSource',
		type: 'options',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: "A video in the input item's binary data, e.g. from a form upload",
			},
			{
				name: 'URL',
				value: 'url',
				description: 'A video at a public URL; the node fetches it and uploads it to Chanjing',
			},
		],
		default: 'binary',
		description: 'The footage of the person whose lips are synced: MP4, MOV or WebM',
	},
	{
		displayName: 'Video Binary Property',
		name: 'videoBinaryProperty',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the MP4, MOV or WebM video',
		description:
			"Uploaded to Chanjing's file storage (service lip_sync_video) before the lip sync; checked by its bytes, not its name",
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
			'Public http(s) URL of an MP4, MOV or WebM video; the node fetches it, checks it and uploads it (service lip_sync_video)',
		displayOptions: { show: { videoSource: ['url'] } },
	},
];

const driveFields: INodeProperties[] = [
	{
		displayName: 'Drive With',
		name: 'driveWith',
		type: 'options',
		options: [
			{ name: 'Text', value: 'text', description: 'A script the person speaks with a voice' },
			{ name: 'Audio URL', value: 'audioUrl', description: 'A recording at a public URL' },
			{
				name: 'Audio From Binary',
				value: 'audioBinary',
				description: "A recording in the input item's binary data",
			},
		],
		default: 'text',
		description: 'What the person in the video says',
	},
	{
		displayName: 'Script',
		name: 'script',
		type: 'string',
		typeOptions: { rows: 6 },
		required: true,
		default: '',
		placeholder: 'e.g. 大家好，欢迎来到蝉镜。',
		description: `What the person says, at most ${MAX_LIP_SYNC_TEXT_CHARACTERS} characters`,
		displayOptions: BY_TEXT,
	},
	{
		...voiceLocator('Who speaks: a public voice or one of your cloned voices'),
		displayOptions: BY_TEXT,
	},
	{ ...speedField, displayOptions: BY_TEXT },
	{ ...pitchField, displayOptions: BY_TEXT },
	{
		displayName: 'Audio URL',
		name: 'audioUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/voice-over.mp3',
		description:
			'Public http(s) URL of a WAV, MP3 or M4A file; the node fetches it, checks it and uploads it (service lip_sync_audio)',
		displayOptions: { show: { driveWith: ['audioUrl'] } },
	},
	{
		displayName: 'Audio Binary Property',
		name: 'audioBinaryProperty',
		type: 'string',
		required: true,
		default: 'audio',
		hint: 'The name of the input binary field containing the WAV, MP3 or M4A file',
		description: "Uploaded to Chanjing's file storage (service lip_sync_audio) before the lip sync",
		displayOptions: { show: { driveWith: ['audioBinary'] } },
	},
];

const renderFields: INodeProperties[] = [
	{
		displayName: 'Model',
		name: 'lipSyncModel',
		type: 'options',
		options: [
			{ name: 'Basic', value: 0, description: 'Basic lip sync' },
			{ name: 'Pro', value: 1, description: 'Lip sync Pro' },
			{
				name: 'Cartoon',
				value: 2,
				description: 'For cartoon footage only (the footage must be a cartoon character)',
			},
		],
		default: 0,
		description: 'The lip-sync model (model)',
	},
	{
		displayName: 'Canvas',
		name: 'canvas',
		type: 'options',
		options: [
			{
				name: "Video's Own Size",
				value: 'video',
				description: 'The width and height read from the video file',
			},
			{ name: 'Custom', value: 'custom' },
		],
		default: 'video',
		description: 'The output video’s size (screen_width and screen_height)',
	},
	...customCanvasFields,
];

const footage = footageOptions('the footage');

const lipSyncOptions: INodeProperties[] = [
	{ ...callbackUrlOption, routing: undefined },
	footage.driveMode,
	footage.volume,
	footage.backway,
];

const properties: INodeProperties[] = [
	...videoFields,
	...driveFields,
	...renderFields,
	...completionFields({ output: 'video', downloadNeedsWait: true }),
	{ ...simplifyField, displayOptions: { show: { waitForCompletion: [true] } } },
	optionsCollection(lipSyncOptions),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lipSync'], operation: ['create'] } },
	properties,
);
