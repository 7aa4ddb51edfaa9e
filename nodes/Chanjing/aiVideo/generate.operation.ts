import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	ALLOWED_DURATIONS_S,
	DEFAULT_CLARITY,
	HAILUO_02_MODEL_CODE,
	MAX_PROMPT_CHARACTERS,
} from './hailuo';
import { callbackUrlOption } from '../fields/callbackUrl';
import { completionFields, simplifyField } from '../fields/completionFields';
import { customModelFields, additionalBodyFieldsField } from '../aiCreation/customModelFields';
import { modelField } from '../aiCreation/modelField';
import { VIDEO_MODELS } from './videoModels';
import { onVersion, optionsCollection } from '../fields/versions';
import { completionOptions } from './completionOptions';
import { firstFrameSourceFields, lastFrameSourceFields, sameImageOption } from './frameSource';
import { modeFields, otherModelFields } from './videoModelFields';

/** Hailuo 02's page names its frames two ways (parameter table and code samples). */
const frameFieldsOption: INodeProperties = {
	displayName: 'Send Frames As',
	name: 'frameFields',
	type: 'options',
	options: [
		{
			name: 'Start and End Frame Fields',
			value: 'startEndFrame',
			description:
				'Fields start_frame and end_frame, as the parameter table of Chanjing’s page names them',
		},
		{
			name: 'Image List',
			value: 'refImgUrl',
			description:
				'Field ref_img_url: [first, last], as the code samples of Chanjing’s page send them',
		},
		{
			name: 'Both',
			value: 'both',
			description: 'Both forms at once, for accounts where only one of them is honoured',
		},
	],
	default: 'startEndFrame',
	description:
		'How the frames are named in the request. Chanjing’s page shows both forms; change this only if Chanjing ignores your frames.',
	displayOptions: { show: { '/model': [HAILUO_02_MODEL_CODE] } },
};

/** From version 2, offered only where frames are sent (version 1 keeps its saved options as they were). */
const frameFieldsOptionOfImageModes: INodeProperties = {
	...frameFieldsOption,
	displayOptions: {
		show: {
			'/model': [HAILUO_02_MODEL_CODE],
			'/mode': ['firstFrameToVideo', 'firstAndLastFrameToVideo'],
		},
	},
};

const properties: INodeProperties[] = [
	// Version 1 offers Hailuo 02 only: its model is fixed, so that its panel stays as it was.
	...onVersion(1, [
		{ displayName: 'Model', name: 'model', type: 'hidden', default: HAILUO_02_MODEL_CODE },
	]),
	...onVersion(2, [modelField(VIDEO_MODELS)]),
	...customModelFields('video'),
	...modeFields,
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. A puppy runs across the lawn, the camera follows, natural sunlight',
		description: `What the video shows. Hailuo 02 takes at most ${MAX_PROMPT_CHARACTERS} characters.`,
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
		displayOptions: { show: { model: [HAILUO_02_MODEL_CODE] } },
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
		displayOptions: { show: { model: [HAILUO_02_MODEL_CODE] } },
	},
	...otherModelFields,
	additionalBodyFieldsField,
	...onVersion(2, [
		...completionFields({ output: 'video', downloadNeedsWait: true }),
		{ ...simplifyField, displayOptions: { show: { waitForCompletion: [true] } } },
	]),
	...onVersion(1, [
		optionsCollection([...completionOptions, callbackUrlOption, frameFieldsOption]),
	]),
	...onVersion(2, [
		optionsCollection([callbackUrlOption, frameFieldsOptionOfImageModes, sameImageOption]),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['generate'] } },
	properties,
);
