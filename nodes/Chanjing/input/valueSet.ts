import { show, toWholeNumber } from './checks';
import type { InputProblem } from './problem';
import { oneOf } from './words';

/**
 * The values a field takes, as a page gives them. `stated: false` marks a set that a page gives
 * only as examples ("常用", "例如") or not at all: the panel offers them, an expression may send
 * others, and the field's hint says so.
 */
export interface ValueSet<T extends string | number> {
	values: T[];
	default: T;
	/** Whether the page states these as the only values (then others are refused before a submit). */
	stated: boolean;
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
