/** Checks of single values that every product's input shares. */

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

/** Nothing there: undefined, null or only spaces. */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || String(value).trim() === '';
}

/** A number as Chanjing wants it, or NaN: expressions may hand over `"720"` or `"abc"`. */
export function toWholeNumber(value: unknown): number {
	if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return NaN;
}

/** A value as an error message quotes it. */
export function show(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}
