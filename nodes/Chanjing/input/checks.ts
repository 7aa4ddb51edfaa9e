import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	ALLOWED_CLARITIES,
	ALLOWED_DURATIONS_S,
	HAILUO_02_MODEL_CODE,
	MAX_PROMPT_CHARACTERS,
	TOP_CLARITY,
	TOP_CLARITY_MAX_DURATION_S,
} from '../aiVideo/hailuo';
import { clarityLabel, MODE_NAMES, oneOf, qualityModeLabel } from '../aiCreation/labels';
import type { ValueSet, VideoModel } from '../aiCreation/models';
import { checkCustomModel, isCustomModel } from '../aiCreation/customModel';
import { type GenerateInput, MODES_WITH_FIRST_FRAME } from '../aiVideo/videoInput';

/** The error of an item stopped before anything was sent: the field and what is allowed. */
export function badInputError(
	context: IExecuteSingleFunctions,
	problem: InputProblem,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${problem.field} ${problem.message}`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was sent to Chanjing for this item. Fix the value in the parameter '${problem.field}'.`,
	});
}

/** A bad value, named the way the UI names the field. */
export interface InputProblem {
	field: string;
	message: string;
}

/** An http(s) URL with a host, as the URL parser reads it (spaces around it allowed). */
export function isHttpUrl(value: unknown): value is string {
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

export function checkPrompt(
	prompt: unknown,
	{
		required = true,
		maxCharacters = MAX_PROMPT_CHARACTERS,
		modelName = 'Hailuo 02',
		what = 'video',
	} = {},
): InputProblem | undefined {
	if (isBlank(prompt)) {
		if (!required) return undefined;
		return { field: 'Prompt', message: `is empty; describe the ${what} to generate` };
	}
	if (typeof prompt !== 'string') {
		return { field: 'Prompt', message: `must be text, got ${show(prompt)}` };
	}
	if (prompt.replace(INVISIBLE, '').trim() === '') {
		return {
			field: 'Prompt',
			message: `has only invisible characters (zero-width spaces or similar); describe the ${what} to generate`,
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
	if (length > maxCharacters) {
		return {
			field: 'Prompt',
			message: `has ${length} characters; ${modelName} allows at most ${maxCharacters}`,
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

function checkHailuoClarityAndDuration(input: GenerateInput): InputProblem | undefined {
	const clarity = toWholeNumber(input.clarity);
	if (!ALLOWED_CLARITIES.includes(clarity)) {
		return {
			field: 'Clarity',
			message: `must be ${oneOf(ALLOWED_CLARITIES.map((value) => clarityLabel('video', value)))} for Hailuo 02, got ${show(input.clarity)}`,
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
			message: `${clarityLabel('video', clarity)} is only available with a Duration of ${TOP_CLARITY_MAX_DURATION_S} seconds; choose 720p or a ${TOP_CLARITY_MAX_DURATION_S}-second video`,
		};
	}
	return undefined;
}

export function checkCallbackUrl(callbackUrl: unknown): InputProblem | undefined {
	if (isBlank(callbackUrl) || isHttpUrl(callbackUrl)) return undefined;
	return {
		field: 'Callback URL',
		message: `must be an http:// or https:// URL, got ${show(callbackUrl)}`,
	};
}

/**
 * A value of a field with a set of values: a whole number or text as the set's values are; one
 * of them where the page states the set, anything of the right kind where it only gives examples.
 */
export function checkValue<T extends string | number>(
	field: string,
	value: unknown,
	set: ValueSet<T>,
	label: (value: T) => string,
	modelName: string,
): InputProblem | undefined {
	const numeric = typeof set.default === 'number';
	const normalized = numeric
		? toWholeNumber(value)
		: typeof value === 'string'
			? value.trim()
			: NaN;
	const allowed = set.values.includes(normalized as T);
	if (allowed) return undefined;
	const options = oneOf(set.values.map(label));
	if (set.stated) {
		return { field, message: `must be ${options} for ${modelName}, got ${show(value)}` };
	}
	const rightKind = numeric
		? Number.isInteger(normalized) && (normalized as number) > 0
		: typeof normalized === 'string' && normalized !== '';
	if (rightKind) return undefined;
	return {
		field,
		message: `must be ${numeric ? 'a whole number' : 'text'} (e.g. ${options}), got ${show(value)}`,
	};
}

/** A model's value fields that have sets: Clarity, Aspect Ratio, Quality Mode (video or image). */
interface ValueFieldSets {
	name: string;
	clarity?: ValueSet<number>;
	aspectRatio?: ValueSet<string>;
	qualityMode?: ValueSet<string>;
}

/**
 * Clarity, Aspect Ratio and Quality Mode of a documented model, each where the model has it and
 * the panel showed it (a hidden field is not routed, so its value is undefined).
 */
export function checkValueFields(
	model: ValueFieldSets,
	values: { clarity?: unknown; aspectRatio?: unknown; qualityMode?: unknown },
	kind: 'video' | 'image',
): InputProblem | undefined {
	const { clarity, aspectRatio, qualityMode } = model;
	return (
		(clarity && values.clarity !== undefined
			? checkValue('Clarity', values.clarity, clarity, (v) => clarityLabel(kind, v), model.name)
			: undefined) ??
		(aspectRatio && values.aspectRatio !== undefined
			? checkValue('Aspect Ratio', values.aspectRatio, aspectRatio, String, model.name)
			: undefined) ??
		(qualityMode && values.qualityMode !== undefined
			? checkValue('Quality Mode', values.qualityMode, qualityMode, qualityModeLabel, model.name)
			: undefined)
	);
}

function checkModelFields(model: VideoModel, input: GenerateInput): InputProblem | undefined {
	const duration = toWholeNumber(input.duration);
	if (!(duration > 0)) {
		return {
			field: 'Duration (Seconds)',
			message: `must be a whole number of seconds, got ${show(input.duration)}`,
		};
	}
	return checkValueFields(model, input, 'video');
}

/** The first reason this input must not be sent to Chanjing, if any. */
export function findGenerateInputProblem(input: GenerateInput): InputProblem | undefined {
	const { model } = input;
	if (isCustomModel(model)) {
		return (
			checkCustomModel(model) ??
			checkPrompt(input.prompt, { required: false, maxCharacters: Infinity }) ??
			checkCallbackUrl(input.callbackUrl)
		);
	}
	const hailuo = model.code === HAILUO_02_MODEL_CODE;
	if (!model.modes.includes(input.mode)) {
		return {
			field: 'Mode',
			message: `${show(input.mode)} is not available for ${model.name}; choose ${oneOf(model.modes.map((mode) => MODE_NAMES[mode] ?? mode))}`,
		};
	}
	return (
		checkPrompt(
			input.prompt,
			hailuo
				? {}
				: { required: model.promptRequired, maxCharacters: Infinity, modelName: model.name },
		) ??
		checkFrames(input) ??
		(hailuo ? checkHailuoClarityAndDuration(input) : checkModelFields(model, input)) ??
		checkCallbackUrl(input.callbackUrl)
	);
}
