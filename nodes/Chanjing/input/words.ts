/** `a`, `a or b`, `a, b or c`. */
export function oneOf(values: string[]): string {
	return values.length <= 1
		? (values[0] ?? '')
		: `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
