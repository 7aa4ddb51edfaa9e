import type { INodeProperties } from 'n8n-workflow';

import { VIDEO_CREATION_TYPE, IMAGE_CREATION_TYPE } from './paths';
import { CUSTOM_MODEL } from './customModel';

const CUSTOM = { show: { model: [CUSTOM_MODEL] } };

/** Model Code and Creation Type of the Custom model. */
export function customModelFields(kind: 'video' | 'image'): INodeProperties[] {
	const creationType = kind === 'video' ? VIDEO_CREATION_TYPE : IMAGE_CREATION_TYPE;
	return [
		{
			displayName: 'Model Code',
			name: 'customModelCode',
			type: 'string',
			required: true,
			default: '',
			placeholder: kind === 'video' ? 'e.g. Doubao-Seedance-1.0-pro' : 'e.g. doubao-seedream-4.5',
			description:
				"The model_code exactly as Chanjing's page for the model writes it (case matters)",
			displayOptions: CUSTOM,
		},
		{
			displayName: 'Creation Type',
			name: 'creationType',
			type: 'number',
			default: creationType,
			description: `The creation_type: ${VIDEO_CREATION_TYPE} for video, ${IMAGE_CREATION_TYPE} for images`,
			displayOptions: CUSTOM,
		},
	];
}

/** The Custom model's own fields, merged into the request body. */
export const additionalBodyFieldsField: INodeProperties = {
	displayName: 'Additional Body Fields (JSON)',
	name: 'additionalBodyFields',
	type: 'json',
	default: '{}',
	placeholder: 'e.g. { "video_duration": 5, "aspect_ratio": "16:9" }',
	description:
		"The model's other fields as a JSON object, sent as they are: take the names and values from Chanjing's page for the model",
	displayOptions: CUSTOM,
};
