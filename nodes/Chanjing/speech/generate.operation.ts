import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';
import { optionsCollection } from '../fields/versions';
import { voiceLocator } from '../lookups/pickerFields';
import { PITCH_HINT, pitchField, speedField } from '../lookups/speechRates';
import { MAX_SPEECH_CHARACTERS } from './paths';

const properties: INodeProperties[] = [
	voiceLocator(
		'Who speaks: a public voice or one of your cloned voices (Voice → Get Many lists them)',
	),
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 6 },
		required: true,
		default: '',
		placeholder: 'e.g. 欢迎来到蝉镜。今天我们介绍三款新品。',
		description: `What the voice says, at most ${MAX_SPEECH_CHARACTERS} characters`,
	},
	speedField,
	{ ...pitchField, hint: PITCH_HINT },
	...completionFields({ output: 'audio', downloadNeedsWait: true, onByDefault: true }),
	{ ...simplifyField, displayOptions: { show: { waitForCompletion: [true] } } },
	optionsCollection([
		{
			displayName: 'Audible Watermark',
			name: 'watermark',
			type: 'boolean',
			default: false,
			description: 'Whether Chanjing adds its audible AI-content watermark (aigc_watermark)',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['speech'], operation: ['generate'] } },
	properties,
);
