import type { INodeProperties } from 'n8n-workflow';

import { onVersion } from '../fields/versions';
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
	defaultName = 'data',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: defaultName,
		placeholder: `e.g. ${defaultName}`,
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

const lastFrameBinaryProperty = (defaultName: string) =>
	binaryPropertyField(
		'lastFrameBinaryProperty',
		'Last Frame Binary Property',
		'lastFrameSource',
		LAST_MODES,
		'last frame',
		defaultName,
	);

/**
 * Last Frame Source (URL | Binary) and, with Binary, the binary property to read. Version 1
 * read the last frame from `data` too, so that one image silently became both frames; from
 * version 2 the last frame's default is its own, and one property for both is refused unless
 * Options → Same Image for Both Frames is on.
 */
export const lastFrameSourceFields: INodeProperties[] = [
	sourceField('lastFrameSource', 'Last Frame Source', LAST_MODES, 'last frame'),
	...onVersion(1, [lastFrameBinaryProperty('data')]),
	...onVersion(2, [lastFrameBinaryProperty('lastFrame')]),
];

/** From version 2: one binary property may be both frames only when the user says so. */
export const sameImageOption: INodeProperties = {
	displayName: 'Same Image for Both Frames',
	name: 'sameImageForBothFrames',
	type: 'boolean',
	default: false,
	description:
		'Whether First and Last Frame Binary Property may name the same binary property, so that the video starts and ends with one image',
	displayOptions: {
		show: { '/mode': ['firstAndLastFrameToVideo'], '/lastFrameSource': ['binary'] },
	},
};
