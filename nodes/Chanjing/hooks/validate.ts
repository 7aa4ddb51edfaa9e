import {
	ALLOWED_CLARITIES,
	ALLOWED_DURATIONS_S,
	MAX_PROMPT_CHARACTERS,
	TOP_CLARITY,
	TOP_CLARITY_MAX_DURATION_S,
} from '../shared/hailuo';
import { type GenerateInput, MODES_WITH_FIRST_FRAME } from './generateInput';

/** A bad value, named the way the UI names the field. */
export interface InputProblem {
	field: string;
	message: string;
}

export function isHttpUrl(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	try {
		const url = new URL(value.trim());
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || String(value).trim() === '';
}

/** A number as Chanjing wants it, or NaN: expressions may hand over `"720"` or `"abc"`. */
export function toWholeNumber(value: unknown): number {
	if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return NaN;
}

function show(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}

/** Characters that show nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E]/g;

/** The first control character other than tab, line feed and carriage return (C0, DEL, C1). */
function firstControlCharacter(text: string): { index: number; code: number } | undefined {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
		if (c0 || (code >= 0x7f && code <= 0x9f)) return { index, code };
	}
	return undefined;
}

function checkPrompt(prompt: unknown): InputProblem | undefined {
	if (isBlank(prompt)) {
		return { field: 'Prompt', message: 'is empty; describe the video to generate' };
	}
	if (typeof prompt !== 'string') {
		return { field: 'Prompt', message: `must be text, got ${show(prompt)}` };
	}
	if (prompt.replace(INVISIBLE, '').trim() === '') {
		return {
			field: 'Prompt',
			message:
				'has only invisible characters (zero-width spaces or similar); describe the video to generate',
		};
	}
	const control = firstControlCharacter(prompt);
	if (control) {
		return {
			field: 'Prompt',
			message: `contains the control character U+${control.code.toString(16).toUpperCase().padStart(4, '0')} at position ${control.index + 1}; remove it (line breaks and tabs are fine)`,
		};
	}
	const length = [...prompt].length;
	if (length > MAX_PROMPT_CHARACTERS) {
		return {
			field: 'Prompt',
			message: `has ${length} characters; Hailuo 02 allows at most ${MAX_PROMPT_CHARACTERS}`,
		};
	}
	return undefined;
}

function checkFrames(input: GenerateInput): InputProblem | undefined {
	const needsFirst = MODES_WITH_FIRST_FRAME.includes(input.mode);
	const needsLast = input.mode === 'firstAndLastFrameToVideo';
	const firstIsUrl = input.firstFrameSource !== 'binary';
	const lastIsUrl = input.lastFrameSource !== 'binary';
	if (
		needsLast &&
		firstIsUrl &&
		lastIsUrl &&
		isBlank(input.firstFrameUrl) &&
		!isBlank(input.lastFrameUrl)
	) {
		return {
			field: 'First Frame URL',
			message: 'is empty but a Last Frame URL is set; a last frame needs a first frame',
		};
	}
	const frames: Array<[string, unknown, boolean]> = [
		['First Frame URL', input.firstFrameUrl, needsFirst && firstIsUrl],
		['Last Frame URL', input.lastFrameUrl, needsLast && lastIsUrl],
	];
	for (const [field, value, needed] of frames) {
		if (!needed) continue;
		if (isBlank(value)) {
			return {
				field,
				message: 'is required in this mode; give the public http(s) URL of an image',
			};
		}
		if (!isHttpUrl(value)) {
			return {
				field,
				message: `must be a public http:// or https:// URL of an image, got ${show(value)}`,
			};
		}
	}
	return undefined;
}

function checkClarityAndDuration(input: GenerateInput): InputProblem | undefined {
	const clarity = toWholeNumber(input.clarity);
	if (!ALLOWED_CLARITIES.includes(clarity)) {
		return {
			field: 'Clarity',
			message: `must be ${ALLOWED_CLARITIES.join(' or ')} for Hailuo 02, got ${show(input.clarity)}`,
		};
	}
	const duration = toWholeNumber(input.duration);
	if (!ALLOWED_DURATIONS_S.includes(duration)) {
		return {
			field: 'Duration',
			message: `must be ${ALLOWED_DURATIONS_S.join(' or ')} seconds, got ${show(input.duration)}`,
		};
	}
	if (clarity >= TOP_CLARITY && duration > TOP_CLARITY_MAX_DURATION_S) {
		return {
			field: 'Clarity',
			message: `${clarity} is only available with a Duration of ${TOP_CLARITY_MAX_DURATION_S} seconds; choose 720 or a ${TOP_CLARITY_MAX_DURATION_S}-second video`,
		};
	}
	return undefined;
}

function checkCallbackUrl(callbackUrl: unknown): InputProblem | undefined {
	if (isBlank(callbackUrl) || isHttpUrl(callbackUrl)) return undefined;
	return {
		field: 'Callback URL',
		message: `must be an http:// or https:// URL, got ${show(callbackUrl)}`,
	};
}

/** The first reason this input must not be sent to Chanjing, if any. */
export function findGenerateInputProblem(input: GenerateInput): InputProblem | undefined {
	return (
		checkPrompt(input.prompt) ??
		checkFrames(input) ??
		checkClarityAndDuration(input) ??
		checkCallbackUrl(input.callbackUrl)
	);
}
