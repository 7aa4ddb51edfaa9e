import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { isBlank, isHttpUrl, show } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import { oneOf } from '../input/words';
import { checkId, locatorValue } from './pickerFields';
import { checkPitch, checkSpeed } from './speechRates';

/**
 * What makes the person in a video speak (Avatar Video and Lip Sync): Drive With a script a
 * voice speaks, a recording at a URL, or a recording in the item's binary data.
 */
export type DriveWith = 'text' | 'audioUrl' | 'audioBinary';

/** Drive With and the fields it shows, as the user entered them; a hidden field is undefined. */
export interface SpeechDrive {
	driveWith: DriveWith;
	script?: unknown;
	voice?: unknown;
	speed?: unknown;
	pitch?: unknown;
	audioUrl?: unknown;
	audioBinaryProperty?: unknown;
}

/** Reads Drive With and each field it shows, once. */
export function readSpeechDrive(
	context: IExecuteSingleFunctions,
	audioBinaryDefault: string,
): SpeechDrive {
	const read = (name: string, fallback: unknown) =>
		context.getNodeParameter(name, fallback as never) as unknown;
	const driveWith = read('driveWith', 'text') as DriveWith;
	return {
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
			? { audioBinaryProperty: read('audioBinaryProperty', audioBinaryDefault) }
			: {}),
	};
}

/** The first problem of Drive With and its fields, if any; the script at most `maxScriptCharacters`. */
export function checkSpeechDrive(
	input: SpeechDrive,
	maxScriptCharacters: number,
): InputProblem | undefined {
	if (input.driveWith === 'text') {
		return (
			checkText(input.script, {
				field: 'Script',
				maxCharacters: maxScriptCharacters,
				what: 'speech',
			}) ??
			checkId('Voice', input.voice) ??
			checkSpeed(input.speed) ??
			checkPitch(input.pitch)
		);
	}
	if (input.driveWith === 'audioUrl') {
		if (isHttpUrl(input.audioUrl)) return undefined;
		return {
			field: 'Audio URL',
			message: `must be the public http(s) URL of a WAV, MP3 or M4A file, got ${show(input.audioUrl)}`,
		};
	}
	if (input.driveWith === 'audioBinary') {
		return isBlank(input.audioBinaryProperty)
			? { field: 'Audio Binary Property', message: 'is empty; name the binary field of the audio' }
			: undefined;
	}
	return {
		field: 'Drive With',
		message: `must be ${oneOf(['Text', 'Audio URL', 'Audio From Binary'])}, got ${show(input.driveWith)}`,
	};
}
