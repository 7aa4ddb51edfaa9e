import { MAX_CANVAS_SIDE } from '../fields/videoCanvas';
import { checkCallbackUrl } from '../input/callbackUrl';
import { isBlank, isHttpUrl, show, toWholeNumber } from '../input/checks';
import { checkColor } from '../input/color';
import type { InputProblem } from '../input/problem';
import { oneOf } from '../input/words';
import { FIGURE_TYPE_NAMES } from '../lookups/avatars';
import { checkId } from '../lookups/pickerFields';
import { checkSpeechDrive } from '../lookups/speechDrive';
import {
	type Box,
	CANVAS_PRESETS,
	offCanvas,
	recommendedSubtitleBox,
	type Size,
	SUBTITLE_COLOR,
} from './canvas';
import { MAX_SCRIPT_CHARACTERS } from './paths';
import type { AvatarVideoInput } from './videoInput';

/**
 * Avatar Video → Create's checks of what the input alone tells, before any request: the first
 * problem of an item, if any. (What needs Chanjing's lists — the avatar, its figures, 4K, the
 * voice — is checked next, in avatarChecks.ts.)
 */

function wholeIn(
	field: string,
	value: unknown,
	min: number,
	max: number,
): { value: number } | { problem: InputProblem } {
	const n = toWholeNumber(typeof value === 'string' ? value.trim() : value);
	if (Number.isInteger(n) && n >= min && n <= max) return { value: n };
	return {
		problem: { field, message: `must be a whole number from ${min} to ${max}, got ${show(value)}` },
	};
}

function inSet<T>(
	field: string,
	value: unknown,
	values: T[],
	names: string[],
): InputProblem | undefined {
	if (values.includes(value as T)) return undefined;
	return { field, message: `must be ${oneOf(names)}, got ${show(value)}` };
}

/** The canvas size, from its preset or Canvas Width and Height. */
export function canvasOf(input: AvatarVideoInput): Size | InputProblem {
	const preset = CANVAS_PRESETS[input.canvas];
	if (preset) return { width: preset.width, height: preset.height };
	if (input.canvas !== 'custom') {
		return inSet(
			'Canvas',
			input.canvas,
			[],
			[...Object.values(CANVAS_PRESETS).map((p) => p.name), 'Custom'],
		)!;
	}
	const width = wholeIn('Canvas Width', input.canvasWidth, 1, MAX_CANVAS_SIDE);
	if ('problem' in width) return width.problem;
	const height = wholeIn('Canvas Height', input.canvasHeight, 1, MAX_CANVAS_SIDE);
	if ('problem' in height) return height.problem;
	return { width: width.value, height: height.value };
}

export function isProblem(value: object): value is InputProblem {
	return 'field' in value && 'message' in value;
}

export interface SubtitleBox extends Box {
	fontSize: number;
}

/** The subtitle box: Chanjing's recommendation for the canvas, with the user's own numbers over it. */
export function subtitleBoxOf(input: AvatarVideoInput, canvas: Size): SubtitleBox | InputProblem {
	const box: SubtitleBox = recommendedSubtitleBox(canvas, Number(input.resolution) === 1);
	const fields: Array<[keyof SubtitleBox, string, number]> = [
		['x', 'Subtitle X', 0],
		['y', 'Subtitle Y', 0],
		['width', 'Subtitle Width', 1],
		['height', 'Subtitle Height', 1],
		['fontSize', 'Font Size', 1],
	];
	for (const [key, field, min] of fields) {
		const given = input.subtitle[key];
		if (given === undefined || given === '') continue;
		const n = wholeIn(field, given, min, MAX_CANVAS_SIDE);
		if ('problem' in n) return n.problem;
		box[key] = n.value;
	}
	const edge = offCanvas(box, canvas);
	if (edge) {
		const [start, size] =
			edge === 'across' ? ['Subtitle X', 'Subtitle Width'] : ['Subtitle Y', 'Subtitle Height'];
		const given = edge === 'across' ? input.subtitle.x : input.subtitle.y;
		const sum =
			edge === 'across'
				? `x ${box.x} + width ${box.width} = ${box.x + box.width}`
				: `y ${box.y} + height ${box.height} = ${box.y + box.height}`;
		const limit = edge === 'across' ? canvas.width : canvas.height;
		return {
			field: given !== undefined && given !== '' ? start : size,
			message: `puts the subtitles off the ${canvas.width}×${canvas.height} canvas (${sum}, more than ${limit}); keep the box on the canvas`,
		};
	}
	return box;
}

function checkBackground(input: AvatarVideoInput): InputProblem | undefined {
	const color = checkColor('Background Color', input.backgroundColor);
	if (color) return color;
	if (input.background === 'imageUrl' && !isHttpUrl(input.backgroundImageUrl)) {
		return {
			field: 'Background Image URL',
			message: `must be the public http(s) URL of a JPG or PNG image, got ${show(input.backgroundImageUrl)}`,
		};
	}
	if (input.background === 'imageBinary' && isBlank(input.backgroundBinaryProperty)) {
		return {
			field: 'Background Binary Property',
			message: 'is empty; name the binary field of the image',
		};
	}
	return undefined;
}

function checkSubtitleLooks(input: AvatarVideoInput): InputProblem | undefined {
	const s = input.subtitle;
	const stroke =
		s.strokeWidth === undefined || s.strokeWidth === ''
			? undefined
			: wholeIn('Stroke Width', s.strokeWidth, 0, 100);
	return (
		checkColor('Color', s.color ?? SUBTITLE_COLOR) ??
		checkColor('Stroke Color', s.strokeColor, { required: false }) ??
		(stroke && 'problem' in stroke ? stroke.problem : undefined) ??
		(s.fontId === undefined || isBlank(s.fontId) ? undefined : checkId('Font', s.fontId))
	);
}

function checkOptions(input: AvatarVideoInput): InputProblem | undefined {
	const o = input.options;
	const optional = <T>(field: string, value: unknown, values: T[], names: string[]) =>
		value === undefined ? undefined : inSet(field, value, values, names);
	const volume = o.volume === undefined ? undefined : wholeIn('Volume', o.volume, 1, 100);
	return (
		inSet('Resolution', Number(input.resolution), [0, 1], ['1080p', '4K']) ??
		optional('Quality', o.quality, [0, 1], ['Basic', 'High Quality']) ??
		optional(
			'Watermark Position',
			o.watermarkPosition,
			[0, 1, 2, 3],
			['Top Left', 'Top Right', 'Bottom Left', 'Bottom Right'],
		) ??
		optional('Drive Mode', o.driveMode, ['', 'random'], ['Sequential', 'Random Frames']) ??
		optional('When Footage Runs Out', o.backway, [1, 2], ['Play Forward Again', 'Play Reversed']) ??
		optional('Language', o.language, ['cn', 'en'], ['Chinese', 'English']) ??
		(volume && 'problem' in volume ? volume.problem : undefined) ??
		checkCallbackUrl(o.callbackUrl)
	);
}

const FIGURE_TYPES = ['', ...Object.keys(FIGURE_TYPE_NAMES)];

/** The first reason this input must not be sent to Chanjing, if any. */
export function findAvatarVideoInputProblem(input: AvatarVideoInput): InputProblem | undefined {
	const canvas = canvasOf(input);
	return (
		checkId('Avatar', input.avatar) ??
		inSet('Figure Type', input.figureType, FIGURE_TYPES, [
			'Auto',
			...Object.values(FIGURE_TYPE_NAMES),
		]) ??
		checkSpeechDrive(input, MAX_SCRIPT_CHARACTERS) ??
		(isProblem(canvas) ? canvas : undefined) ??
		checkBackground(input) ??
		(input.subtitles ? checkSubtitleLooks(input) : undefined) ??
		(input.subtitles && !isProblem(canvas)
			? (() => {
					const box = subtitleBoxOf(input, canvas);
					return isProblem(box) ? box : undefined;
				})()
			: undefined) ??
		checkOptions(input)
	);
}
