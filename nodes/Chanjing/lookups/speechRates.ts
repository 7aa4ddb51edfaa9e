import type { INodeProperties } from 'n8n-workflow';

import { show } from '../input/checks';
import type { InputProblem } from '../input/problem';

/**
 * Speed and Pitch of text spoken by a voice, the same for Speech and Avatar Video (TTS and VC
 * send both). Speed 0.5 (slow) to 2 (fast) [TTS, VC, LNW]. Pitch: Chanjing's skill says "just
 * set to 1"; its SDK and ComfyUI nodes allow 0.1 to 3 (catalogue D10): the node sends 1 by
 * default and accepts that range.
 */
export const SPEED_RANGE = { min: 0.5, max: 2 };
export const PITCH_RANGE = { min: 0.1, max: 3 };

export const speedField: INodeProperties = {
	displayName: 'Speed',
	name: 'speed',
	type: 'number',
	typeOptions: { minValue: SPEED_RANGE.min, maxValue: SPEED_RANGE.max, numberPrecision: 2 },
	default: 1,
	description: `How fast the voice speaks: ${SPEED_RANGE.min} (slow) to ${SPEED_RANGE.max} (fast)`,
};

export const pitchField: INodeProperties = {
	displayName: 'Pitch',
	name: 'pitch',
	type: 'number',
	typeOptions: { minValue: PITCH_RANGE.min, maxValue: PITCH_RANGE.max, numberPrecision: 2 },
	default: 1,
	description: `How high the voice sounds, ${PITCH_RANGE.min} to ${PITCH_RANGE.max}`,
};

/** Pitch's hint where the panel gives it. */
export const PITCH_HINT = "Chanjing's guide advises leaving it at 1";

function checkRange(
	field: string,
	value: unknown,
	{ min, max }: { min: number; max: number },
): InputProblem | undefined {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max) return undefined;
	return { field, message: `must be a number from ${min} to ${max}, got ${show(value)}` };
}

export function checkSpeed(value: unknown): InputProblem | undefined {
	return checkRange('Speed', value, SPEED_RANGE);
}

export function checkPitch(value: unknown): InputProblem | undefined {
	return checkRange('Pitch', value, PITCH_RANGE);
}

/** A checked Speed or Pitch as Chanjing takes it: a number (an expression may give "1.2"). */
export function rate(value: unknown): number {
	return Number(value);
}
