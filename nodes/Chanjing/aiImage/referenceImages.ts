import type { INodeProperties } from 'n8n-workflow';
import { IMAGE_MODELS } from './imageModels';

const WITH_REFERENCES = IMAGE_MODELS.filter((model) => model.referenceImages).map(
	(model) => model.code,
);

/** Reference images, for the image models whose page takes `ref_img_url`. */
export const referenceImageFields: INodeProperties[] = [
	{
		displayName: 'Reference Images',
		name: 'referenceImageSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'None', value: 'none', description: 'Generate from the prompt alone' },
			{ name: 'URLs', value: 'url', description: 'Public http(s) URLs of images' },
			{
				name: 'Binary',
				value: 'binary',
				description:
					"Images in the input item's binary data (e.g. from a form upload), uploaded to Chanjing first",
			},
		],
		default: 'none',
		description: 'Images the new ones are based on, sent as ref_img_url',
		displayOptions: { show: { model: WITH_REFERENCES } },
	},
	{
		displayName: 'Reference Image URLs',
		name: 'referenceImageUrls',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Reference Image' },
		default: [],
		placeholder: 'e.g. https://example.com/reference.jpg',
		description: 'Public http(s) URLs of the reference images (JPG, PNG or WebP)',
		hint: "Chanjing's page states no maximum number of reference images",
		displayOptions: { show: { model: WITH_REFERENCES, referenceImageSource: ['url'] } },
	},
	{
		displayName: 'Reference Image Binary Properties',
		name: 'referenceImageBinaryProperties',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data, data_1',
		hint: 'The names of the input binary fields containing the images, separated by commas',
		description:
			"Binary properties of the input item that hold the reference images (JPG, PNG or WebP under 20 MB); each is uploaded to Chanjing's file storage and its URL is sent",
		displayOptions: { show: { model: WITH_REFERENCES, referenceImageSource: ['binary'] } },
	},
];
