import { checkCallbackUrl } from '../input/callbackUrl';
import { MAX_CANVAS_SIDE } from '../fields/videoCanvas';
import { isBlank, isHttpUrl, show, toWholeNumber } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { oneOf } from '../input/words';
import { checkSpeechDrive } from '../lookups/speechDrive';
import type { LipSyncInput } from './lipSyncInput';
import { MAX_LIP_SYNC_TEXT_CHARACTERS } from './paths';

/** Model: 0 basic lip sync, 1 lip sync Pro, 2 cartoon footage only [AV]. */
export const LIP_SYNC_MODELS = [0, 1, 2];
const MODEL_NAMES = ['Basic', 'Pro', 'Cartoon'];

function wholeIn(field: string, value: unknown, min: number, max: number) {
	const n = toWholeNumber(typeof value === 'string' ? value.trim() : value);
	if (Number.isInteger(n) && n >= min && n <= max) return { value: n };
	return {
		problem: { field, message: `must be a whole number from ${min} to ${max}, got ${show(value)}` },
	};
}

function inSet<T>(field: string, value: unknown, values: T[], names: string[]) {
	if (values.includes(value as T)) return undefined;
	return { field, message: `must be ${oneOf(names)}, got ${show(value)}` };
}

function checkVideo(input: LipSyncInput): InputProblem | undefined {
	if (input.videoSource === 'url') {
		return isHttpUrl(input.videoUrl)
			? undefined
			: {
					field: 'Video URL',
					message: `must be the public http(s) URL of an MP4, MOV or WebM video, got ${show(input.videoUrl)}`,
				};
	}
	if (input.videoSource === 'binary') {
		return isBlank(input.videoBinaryProperty)
			? { field: 'Video Binary Property', message: 'is empty; name the binary field of the video' }
			: undefined;
	}
	return inSet('Video Source', input.videoSource, [], ['Binary File', 'URL']);
}

/** The canvas the user set (Custom), undefined for the video's own size, or a problem. */
export function customCanvasOf(
	input: LipSyncInput,
): { width: number; height: number } | InputProblem | undefined {
	if (input.canvas === 'video') return undefined;
	if (input.canvas !== 'custom') {
		return inSet('Canvas', input.canvas, [], ["Video's Own Size", 'Custom']);
	}
	const width = wholeIn('Canvas Width', input.canvasWidth, 1, MAX_CANVAS_SIDE);
	if ('problem' in width) return width.problem;
	const height = wholeIn('Canvas Height', input.canvasHeight, 1, MAX_CANVAS_SIDE);
	if ('problem' in height) return height.problem;
	return { width: width.value, height: height.value };
}

function checkOptions(input: LipSyncInput): InputProblem | undefined {
	const o = input.options;
	const optional = <T>(field: string, value: unknown, values: T[], names: string[]) =>
		value === undefined ? undefined : inSet(field, value, values, names);
	const volume = o.volume === undefined ? undefined : wholeIn('Volume', o.volume, 1, 100);
	return (
		optional('Drive Mode', o.driveMode, ['', 'random'], ['Sequential', 'Random Frames']) ??
		optional('When Footage Runs Out', o.backway, [1, 2], ['Play Forward Again', 'Play Reversed']) ??
		(volume && 'problem' in volume ? volume.problem : undefined) ??
		checkCallbackUrl(o.callbackUrl)
	);
}

/** The first reason this input must not be sent to Chanjing, if any (no request needed). */
export function findLipSyncInputProblem(input: LipSyncInput): InputProblem | undefined {
	const canvas = customCanvasOf(input);
	return (
		checkVideo(input) ??
		checkSpeechDrive(input, MAX_LIP_SYNC_TEXT_CHARACTERS) ??
		inSet('Model', input.model, LIP_SYNC_MODELS, MODEL_NAMES) ??
		(canvas && 'field' in canvas ? canvas : undefined) ??
		checkOptions(input)
	);
}
