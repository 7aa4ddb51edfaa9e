import { show } from './checks';
import type { InputProblem } from './problem';
import { oneOf } from './words';

/** An option of a dropdown as the panel lists it. */
export interface Choice {
	name: string;
	value: string;
}

/**
 * A dropdown's value (spaces around it allowed), one of its options; else the problem names
 * them all as "Name (value)".
 */
export function checkChoice(
	field: string,
	value: unknown,
	options: Choice[],
): InputProblem | undefined {
	const word = typeof value === 'string' ? value.trim() : value;
	if (options.some((option) => option.value === word)) return undefined;
	return {
		field,
		message: `must be ${oneOf(options.map((o) => `${o.name} (${o.value})`))}, got ${show(value)}`,
	};
}
