import type { INodeProperties } from 'n8n-workflow';

/** The largest canvas side the node sends (no source states one): twice a 4K side. */
export const MAX_CANVAS_SIDE = 7680;

const CUSTOM = { show: { canvas: ['custom'] } };

/** Canvas Width and Canvas Height, shown when the Canvas field is Custom. */
export const customCanvasFields: INodeProperties[] = [
	{
		displayName: 'Canvas Width',
		name: 'canvasWidth',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_CANVAS_SIDE },
		default: 1080,
		description: 'Width of the video in pixels',
		displayOptions: CUSTOM,
	},
	{
		displayName: 'Canvas Height',
		name: 'canvasHeight',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_CANVAS_SIDE },
		default: 1920,
		description: 'Height of the video in pixels',
		displayOptions: CUSTOM,
	},
];
