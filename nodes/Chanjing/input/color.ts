import { isBlank, show } from './checks';
import type { InputProblem } from './problem';

/** A colour as Chanjing takes it: `#RRGGBB` (Chanjing's video script refuses anything else). */
export function isHexColor(value: unknown): value is string {
	return typeof value === 'string' && /^#[0-9A-Fa-f]{6}$/.test(value.trim());
}

export function checkColor(
	field: string,
	value: unknown,
	{ required = true } = {},
): InputProblem | undefined {
	if (!required && isBlank(value)) return undefined;
	if (isHexColor(value)) return undefined;
	return { field, message: `must be a colour written #RRGGBB (e.g. #FFFFFF), got ${show(value)}` };
}
