import type { INodeProperties } from 'n8n-workflow';

import { FRAME_MIN_SHORT_SIDE_PX } from './hailuo';

const IMAGE_LIMITS = `JPG, PNG or WebP under 20 MB, short side at least ${FRAME_MIN_SHORT_SIDE_PX} px, aspect ratio between 2:5 and 5:2`;

function sourceField(
	name: string,
	displayName: string,
	modes: string[],
	frame: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'URL', value: 'url', description: `A public URL of the ${frame} image` },
			{
				name: 'Binary',
				value: 'binary',
				description:
					"An image in the input item's binary data (e.g. from a form upload or an HTTP Request download), uploaded to Chanjing first",
			},
		],
		default: 'url',
		description: `Where the ${frame} image comes from`,
		displayOptions: { show: { mode: modes } },
	};
}

function binaryPropertyField(
	name: string,
	displayName: string,
	sourceName: string,
	modes: string[],
	frame: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field containing the image',
		description: `Binary property of the input item that holds the ${frame} image (${IMAGE_LIMITS}). It is uploaded to Chanjing's file storage and its URL is sent.`,
		displayOptions: { show: { mode: modes, [sourceName]: ['binary'] } },
	};
}

const FIRST_MODES = ['firstFrameToVideo', 'firstAndLastFrameToVideo'];
const LAST_MODES = ['firstAndLastFrameToVideo'];

/** First Frame Source (URL | Binary) and, with Binary, the binary property to read. */
export const firstFrameSourceFields: INodeProperties[] = [
	sourceField('firstFrameSource', 'First Frame Source', FIRST_MODES, 'first frame'),
	binaryPropertyField(
		'firstFrameBinaryProperty',
		'First Frame Binary Property',
		'firstFrameSource',
		FIRST_MODES,
		'first frame',
	),
];

/** Last Frame Source (URL | Binary) and, with Binary, the binary property to read. */
export const lastFrameSourceFields: INodeProperties[] = [
	sourceField('lastFrameSource', 'Last Frame Source', LAST_MODES, 'last frame'),
	binaryPropertyField(
		'lastFrameBinaryProperty',
		'Last Frame Binary Property',
		'lastFrameSource',
		LAST_MODES,
		'last frame',
	),
];
