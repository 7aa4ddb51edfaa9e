import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';
import { optionsCollection } from '../fields/versions';
import { voiceLocator } from '../lookups/pickerFields';
import { PITCH_RANGE, SPEED_RANGE } from '../lookups/speechRates';
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
	{
		displayName: 'Speed',
		name: 'speed',
		type: 'number',
		typeOptions: { minValue: SPEED_RANGE.min, maxValue: SPEED_RANGE.max, numberPrecision: 2 },
		default: 1,
		description: `How fast the voice speaks: ${SPEED_RANGE.min} (slow) to ${SPEED_RANGE.max} (fast)`,
	},
	{
		displayName: 'Pitch',
		name: 'pitch',
		type: 'number',
		typeOptions: { minValue: PITCH_RANGE.min, maxValue: PITCH_RANGE.max, numberPrecision: 2 },
		default: 1,
		description: `How high the voice sounds, ${PITCH_RANGE.min} to ${PITCH_RANGE.max}`,
		hint: "Chanjing's guide advises leaving it at 1",
	},
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
