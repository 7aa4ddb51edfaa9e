import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { locatorValue } from '../lookups/pickerFields';
import { readSpeechDrive, type SpeechDrive } from '../lookups/speechDrive';

export type Background = 'color' | 'imageUrl' | 'imageBinary';

/** Subtitle Options as the panel holds them; a field not added is undefined. */
export interface SubtitleOptions {
	fontId?: unknown;
	fontSize?: unknown;
	color?: unknown;
	strokeColor?: unknown;
	strokeWidth?: unknown;
	x?: unknown;
	y?: unknown;
	width?: unknown;
	height?: unknown;
}

export interface VideoOptions {
	quality?: unknown;
	complianceWatermark?: unknown;
	watermarkPosition?: unknown;
	callbackUrl?: unknown;
	driveMode?: unknown;
	backway?: unknown;
	volume?: unknown;
	language?: unknown;
}

/** What the user entered for one Avatar Video → Create item, after n8n resolved the expressions. */
export interface AvatarVideoInput extends SpeechDrive {
	avatar: unknown;
	figureType: unknown;
	canvas: string;
	canvasWidth?: unknown;
	canvasHeight?: unknown;
	background: Background;
	backgroundColor: unknown;
	backgroundImageUrl?: unknown;
	backgroundBinaryProperty?: unknown;
	subtitles: boolean;
	subtitle: SubtitleOptions;
	resolution: unknown;
	options: VideoOptions;
}

/** Reads each shown parameter once (a hidden one is not a parameter of the item). */
export function readAvatarVideoInput(context: IExecuteSingleFunctions): AvatarVideoInput {
	const read = (name: string, fallback: unknown = undefined) =>
		context.getNodeParameter(name, fallback as never) as unknown;
	const canvas = String(read('canvas', 'portrait'));
	const background = read('background', 'color') as Background;
	const subtitles = read('subtitles', false) === true;
	return {
		avatar: locatorValue(context, 'avatar'),
		figureType: read('figureType', ''),
		...readSpeechDrive(context, 'data'),
		canvas,
		...(canvas === 'custom'
			? { canvasWidth: read('canvasWidth', 1080), canvasHeight: read('canvasHeight', 1920) }
			: {}),
		background,
		backgroundColor: read('backgroundColor', '#EDEDED'),
		...(background === 'imageUrl' ? { backgroundImageUrl: read('backgroundImageUrl', '') } : {}),
		...(background === 'imageBinary'
			? { backgroundBinaryProperty: read('backgroundBinaryProperty', 'data') }
			: {}),
		subtitles,
		subtitle: (subtitles ? read('subtitleOptions', {}) : {}) as SubtitleOptions,
		resolution: read('resolution', 0),
		options: (read('options', {}) ?? {}) as IDataObject as VideoOptions,
	};
}
