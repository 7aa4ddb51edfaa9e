import { checkCustomModel, isCustomModel } from '../aiCreation/customModel';
import { clarityLabel } from '../aiCreation/labels';
import { checkValueFields } from '../aiCreation/valueChecks';
import { checkCallbackUrl } from '../input/callbackUrl';
import { isBlank, isHttpUrl, show, toWholeNumber } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import { oneOf } from '../input/words';
import {
	ALLOWED_CLARITIES,
	ALLOWED_DURATIONS_S,
	HAILUO_02_MODEL_CODE,
	MAX_PROMPT_CHARACTERS,
	TOP_CLARITY,
	TOP_CLARITY_MAX_DURATION_S,
} from './hailuo';
import { MODE_NAMES, MODES_WITH_FIRST_FRAME } from './modes';
import type { GenerateInput } from './videoInput';
import type { VideoModel } from './videoModels';

/** Video → Generate's checks before anything is sent: the first problem of an item, if any. */

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

/** Two binary frames from one property make a video that starts and ends with one image. */
function checkBinaryFramesDiffer(input: GenerateInput): InputProblem | undefined {
	if (input.sameImageAllowed) return undefined;
	if (input.firstFrameSource !== 'binary' || input.lastFrameSource !== 'binary') return undefined;
	const first = String(input.firstFrameBinaryProperty ?? '').trim();
	const last = String(input.lastFrameBinaryProperty ?? '').trim();
	if (first === '' || first !== last) return undefined;
	return {
		field: 'Last Frame Binary Property',
		message: `is "${last}", the same as First Frame Binary Property: the video would start and end with one image. Name the binary property of the last frame, or turn on Options → Same Image for Both Frames`,
	};
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
			checkText(input.prompt, { required: false }) ??
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
		checkText(
			input.prompt,
			hailuo
				? { maxCharacters: MAX_PROMPT_CHARACTERS, limitedBy: 'Hailuo 02' }
				: { required: model.promptRequired },
		) ??
		checkFrames(input) ??
		checkBinaryFramesDiffer(input) ??
		(hailuo ? checkHailuoClarityAndDuration(input) : checkModelFields(model, input)) ??
		checkCallbackUrl(input.callbackUrl)
	);
}
