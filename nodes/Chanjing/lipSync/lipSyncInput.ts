import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { locatorValue } from '../lookups/pickerFields';

export type VideoSource = 'binary' | 'url';
export type DriveWith = 'text' | 'audioUrl' | 'audioBinary';

export interface LipSyncOptions {
	callbackUrl?: unknown;
	driveMode?: unknown;
	backway?: unknown;
	volume?: unknown;
}

/** What the user entered for one Lip Sync → Create item, after n8n resolved the expressions. */
export interface LipSyncInput {
	videoSource: VideoSource;
	videoBinaryProperty?: unknown;
	videoUrl?: unknown;
	driveWith: DriveWith;
	script?: unknown;
	voice?: unknown;
	speed?: unknown;
	pitch?: unknown;
	audioUrl?: unknown;
	audioBinaryProperty?: unknown;
	model: unknown;
	canvas: string;
	canvasWidth?: unknown;
	canvasHeight?: unknown;
	options: LipSyncOptions;
}

/** Reads each shown parameter once (a hidden one is not a parameter of the item). */
export function readLipSyncInput(context: IExecuteSingleFunctions): LipSyncInput {
	const read = (name: string, fallback: unknown = undefined) =>
		context.getNodeParameter(name, fallback as never) as unknown;
	const videoSource = read('videoSource', 'binary') as VideoSource;
	const driveWith = read('driveWith', 'text') as DriveWith;
	const canvas = String(read('canvas', 'video'));
	return {
		videoSource,
		...(videoSource === 'url'
			? { videoUrl: read('videoUrl', '') }
			: { videoBinaryProperty: read('videoBinaryProperty', 'data') }),
		driveWith,
		...(driveWith === 'text'
			? {
					script: read('script', ''),
					voice: locatorValue(context, 'voice'),
					speed: read('speed', 1),
					pitch: read('pitch', 1),
				}
			: {}),
		...(driveWith === 'audioUrl' ? { audioUrl: read('audioUrl', '') } : {}),
		...(driveWith === 'audioBinary'
			? { audioBinaryProperty: read('audioBinaryProperty', 'audio') }
			: {}),
		model: read('lipSyncModel', 0),
		canvas,
		...(canvas === 'custom'
			? { canvasWidth: read('canvasWidth', 1080), canvasHeight: read('canvasHeight', 1920) }
			: {}),
		options: (read('options', {}) ?? {}) as IDataObject as LipSyncOptions,
	};
}
