import type { IDataObject } from 'n8n-workflow';

/** Chanjing's lookup entries read leniently: a field of the wrong type reads as missing. */

export function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

export function whole(value: unknown): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : NaN;
}

export function urlOrNull(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

export function texts(value: unknown): string[] {
	return Array.isArray(value) ? value.map(text).filter((v) => v !== '') : [];
}

export function objects(value: unknown): IDataObject[] {
	return Array.isArray(value)
		? value.filter((v): v is IDataObject => typeof v === 'object' && v !== null)
		: [];
}

/** `2026-11-25T08:00:00.000Z` from Unix seconds (or a date text), or null. */
export function isoTime(value: unknown): string | null {
	const seconds = whole(value);
	if (Number.isFinite(seconds) && seconds > 0) return new Date(seconds * 1000).toISOString();
	if (typeof value === 'string' && value.trim() !== '') {
		const date = new Date(value.replace(' ', 'T'));
		return Number.isNaN(date.getTime()) ? null : date.toISOString();
	}
	return null;
}

export function capitalized(value: string): string {
	return value.charAt(0).toUpperCase() + value.slice(1);
}
