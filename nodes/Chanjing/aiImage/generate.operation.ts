import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callbackUrlOption } from '../fields/callbackUrl';
import { completionFields, simplifyField } from '../fields/completionFields';
import { additionalBodyFieldsField, customModelFields } from '../aiCreation/customModelFields';
import {
	aspectRatioField,
	clarityField,
	qualityModeField,
	variantsOf,
} from '../aiCreation/valueFields';
import { modelField } from '../aiCreation/modelField';
import { optionsCollection } from '../fields/versions';
import { referenceImageFields } from './referenceImages';
import { IMAGE_MODELS, MAX_IMAGES, MIN_IMAGES } from './imageModels';

const DOCUMENTED = IMAGE_MODELS.map((model) => model.code);

const properties: INodeProperties[] = [
	modelField(IMAGE_MODELS),
	...customModelFields('image'),
	{
		displayName: 'Prompt',
		// Not `prompt`: n8n evaluates a field's expression once per field of the same name.
		name: 'imagePrompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. A red fox in fresh snow, soft morning light, photorealistic',
		description: 'What the images show',
		routing: { send: { type: 'body', property: 'ref_prompt' } },
	},
	{
		displayName: 'Number of Images',
		name: 'numberOfImages',
		type: 'number',
		typeOptions: { minValue: MIN_IMAGES, maxValue: MAX_IMAGES },
		default: 1,
		description: `How many images the task makes, ${MIN_IMAGES} to ${MAX_IMAGES}; each is one output`,
		displayOptions: { show: { model: DOCUMENTED } },
		routing: { send: { type: 'body', property: 'number_of_images' } },
	},
	...variantsOf(IMAGE_MODELS, (model) => model.aspectRatio).map(aspectRatioField),
	...variantsOf(IMAGE_MODELS, (model) => model.clarity).map((variant) =>
		clarityField(variant, 'image'),
	),
	...variantsOf(IMAGE_MODELS, (model) => model.qualityMode).map(qualityModeField),
	...referenceImageFields,
	additionalBodyFieldsField,
	...completionFields({ output: 'images', downloadNeedsWait: true }),
	{ ...simplifyField, displayOptions: { show: { waitForCompletion: [true] } } },
	optionsCollection([callbackUrlOption]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['image'], operation: ['generate'] } },
	properties,
);
