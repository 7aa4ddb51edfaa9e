import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callbackUrlOption } from '../fields/callbackUrl';
import { completionFields, simplifyField } from '../fields/completionFields';
import { footageOptions } from '../fields/footageOptions';
import { optionsCollection } from '../fields/versions';
import { customCanvasFields } from '../fields/videoCanvas';
import { avatarLocator, voiceLocator } from '../lookups/pickerFields';
import { PITCH_HINT, pitchField, speedField } from '../lookups/speechRates';
import { DEFAULT_BACKGROUND_COLOR, MAX_SCRIPT_CHARACTERS } from './paths';

const BY_TEXT = { show: { driveWith: ['text'] } };

const avatarFields: INodeProperties[] = [
	avatarLocator,
	{
		displayName: 'Figure Type',
		name: 'figureType',
		type: 'options',
		options: [
			{ name: 'Auto', value: '', description: 'The first figure the avatar offers' },
			{ name: 'Whole Body', value: 'whole_body' },
			{ name: 'Sitting', value: 'sit_body' },
			{ name: 'Circle', value: 'circle_view', description: 'A head-and-shoulders circle' },
		],
		default: '',
		description:
			'How a public avatar is filmed; each offers some of these (the picker lists them). Custom avatars have one figure and ignore this.',
	},
];

const driveFields: INodeProperties[] = [
	{
		displayName: 'Drive With',
		name: 'driveWith',
		type: 'options',
		options: [
			{ name: 'Text', value: 'text', description: 'A script the avatar speaks with a voice' },
			{ name: 'Audio URL', value: 'audioUrl', description: 'A recording the avatar lip-syncs' },
			{
				name: 'Audio From Binary',
				value: 'audioBinary',
				description: "A recording in the input item's binary data, uploaded to Chanjing first",
			},
		],
		default: 'text',
	},
	{
		displayName: 'Script',
		name: 'script',
		type: 'string',
		typeOptions: { rows: 6 },
		required: true,
		default: '',
		placeholder: 'e.g. 大家好，欢迎来到蝉镜。今天给大家介绍三款新品。',
		description: `What the avatar says, at most ${MAX_SCRIPT_CHARACTERS} characters`,
		displayOptions: BY_TEXT,
	},
	{
		...voiceLocator(
			"Who speaks: the avatar's own voice (listed first), a public voice or one of your cloned voices",
		),
		displayOptions: BY_TEXT,
	},
	{ ...speedField, displayOptions: BY_TEXT },
	{ ...pitchField, hint: PITCH_HINT, displayOptions: BY_TEXT },
	{
		displayName: 'Audio URL',
		name: 'audioUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/voice-over.mp3',
		description:
			'Public http(s) URL of a WAV, MP3 or M4A file; for subtitles Chanjing advises 8 or 16 kHz mono',
		displayOptions: { show: { driveWith: ['audioUrl'] } },
	},
	{
		displayName: 'Audio Binary Property',
		name: 'audioBinaryProperty',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the WAV, MP3 or M4A file',
		description: "Uploaded to Chanjing's file storage (service make_video_audio) before the video",
		displayOptions: { show: { driveWith: ['audioBinary'] } },
	},
];

const canvasFields: INodeProperties[] = [
	{
		displayName: 'Canvas',
		name: 'canvas',
		type: 'options',
		// the presets of canvas.ts, written out for the panel
		options: [
			{ name: 'Custom', value: 'custom' },
			{ name: 'Landscape 16:9 (1920×1080)', value: 'landscape' },
			{ name: 'Landscape 16:9 4K (3840×2160)', value: 'landscape4k' },
			{ name: 'Portrait 9:16 (1080×1920)', value: 'portrait' },
			{ name: 'Portrait 9:16 4K (2160×3840)', value: 'portrait4k' },
		],
		default: 'portrait',
		description: 'The video’s size; the avatar is fitted in, standing on the bottom edge',
	},
	...customCanvasFields,
	{
		displayName: 'Resolution',
		name: 'resolution',
		type: 'options',
		options: [
			{ name: '1080p', value: 0 },
			{ name: '4K', value: 1, description: 'Only avatars that offer 4K (the picker marks them)' },
		],
		default: 0,
		description: 'Output resolution (resolution_rate)',
	},
	{
		displayName: 'Background',
		name: 'background',
		type: 'options',
		options: [
			{ name: 'Color', value: 'color', description: 'A solid colour behind the avatar' },
			{ name: 'Image URL', value: 'imageUrl', description: 'A JPG or PNG image at a public URL' },
			{
				name: 'Image From Binary',
				value: 'imageBinary',
				description: "A JPG or PNG image in the input item's binary data, uploaded first",
			},
		],
		default: 'color',
	},
	{
		displayName: 'Background Color',
		name: 'backgroundColor',
		type: 'color',
		default: DEFAULT_BACKGROUND_COLOR,
		description: 'Solid background colour (#RRGGBB); also shows where an image does not cover',
	},
	{
		displayName: 'Background Image URL',
		name: 'backgroundImageUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/studio.jpg',
		description: 'Public http(s) URL of a JPG or PNG image, stretched over the canvas',
		displayOptions: { show: { background: ['imageUrl'] } },
	},
	{
		displayName: 'Background Binary Property',
		name: 'backgroundBinaryProperty',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the JPG or PNG image',
		description:
			"Uploaded to Chanjing's file storage (service make_video_background), stretched over the canvas",
		displayOptions: { show: { background: ['imageBinary'] } },
	},
];

const subtitleFields: INodeProperties[] = [
	{
		displayName: 'Subtitles',
		name: 'subtitles',
		type: 'boolean',
		default: false,
		description: 'Whether to burn subtitles into the video, in the box Chanjing recommends',
	},
	{
		displayName: 'Subtitle Options',
		name: 'subtitleOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { subtitles: [true] } },
		options: [
			{
				displayName: 'Color',
				name: 'color',
				type: 'color',
				default: '#FFFFFF',
				description: 'Text colour (#RRGGBB)',
			},
			{
				displayName: 'Font Name or ID',
				name: 'fontId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getFonts' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Font Size',
				name: 'fontSize',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 64,
				description: 'Chanjing recommends 64 for 1080p and 150 for 4K',
			},
			{
				displayName: 'Stroke Color',
				name: 'strokeColor',
				type: 'color',
				default: '#000000',
				description: 'Outline colour (#RRGGBB)',
			},
			{
				displayName: 'Stroke Width',
				name: 'strokeWidth',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 7,
				description: 'Outline width; Chanjing recommends 7',
			},
			{
				displayName: 'Subtitle Height',
				name: 'height',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 200,
				description: 'Height of the subtitle box in pixels',
			},
			{
				displayName: 'Subtitle Width',
				name: 'width',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1000,
				description: 'Width of the subtitle box in pixels',
			},
			{
				displayName: 'Subtitle X',
				name: 'x',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 31,
				description: 'Left edge of the subtitle box, from the left of the canvas',
			},
			{
				displayName: 'Subtitle Y',
				name: 'y',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 1521,
				description: 'Top edge of the subtitle box, from the top of the canvas',
			},
		],
	},
];

const footage = footageOptions("the avatar's footage");

const videoOptions: INodeProperties[] = [
	{ ...callbackUrlOption, routing: undefined },
	{
		displayName: 'Compliance Watermark',
		name: 'complianceWatermark',
		type: 'boolean',
		default: false,
		description: 'Whether Chanjing adds its AI-content watermark to the video',
	},
	footage.driveMode,
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: [
			{ name: 'Chinese', value: 'cn' },
			{ name: 'English', value: 'en' },
		],
		default: 'cn',
		description: "The script's language (audio.language)",
	},
	{
		displayName: 'Quality',
		name: 'quality',
		type: 'options',
		options: [
			{ name: 'Basic', value: 0 },
			{ name: 'High Quality', value: 1 },
		],
		default: 0,
		description: 'Rendering model (model)',
	},
	footage.volume,
	{
		displayName: 'Watermark Position',
		name: 'watermarkPosition',
		type: 'options',
		options: [
			{ name: 'Top Left', value: 0 },
			{ name: 'Top Right', value: 1 },
			{ name: 'Bottom Left', value: 2 },
			{ name: 'Bottom Right', value: 3 },
		],
		default: 0,
		description: 'Where the compliance watermark goes',
	},
	footage.backway,
];

const properties: INodeProperties[] = [
	...avatarFields,
	...driveFields,
	...canvasFields,
	...subtitleFields,
	...completionFields({ output: 'video', downloadNeedsWait: true }),
	{ ...simplifyField, displayOptions: { show: { waitForCompletion: [true] } } },
	optionsCollection(videoOptions),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['avatarVideo'], operation: ['create'] } },
	properties,
);
