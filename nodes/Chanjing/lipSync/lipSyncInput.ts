import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readSpeechDrive, type SpeechDrive } from '../lookups/speechDrive';

export type VideoSource = 'binary' | 'url';

export interface LipSyncOptions {
	callbackUrl?: unknown;
	driveMode?: unknown;
	backway?: unknown;
	volume?: unknown;
}

/** What the user entered for one Lip Sync → Create item, after n8n resolved the expressions. */
export interface LipSyncInput extends SpeechDrive {
	videoSource: VideoSource;
	videoBinaryProperty?: unknown;
	videoUrl?: unknown;
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
	const canvas = String(read('canvas', 'video'));
	return {
		videoSource,
		...(videoSource === 'url'
			? { videoUrl: read('videoUrl', '') }
			: { videoBinaryProperty: read('videoBinaryProperty', 'data') }),
		...readSpeechDrive(context, 'audio'),
		model: read('lipSyncModel', 0),
		canvas,
		...(canvas === 'custom'
			? { canvasWidth: read('canvasWidth', 1080), canvasHeight: read('canvasHeight', 1920) }
			: {}),
		options: (read('options', {}) ?? {}) as IDataObject as LipSyncOptions,
	};
}
