import type { IDataObject } from 'n8n-workflow';

function dateParts(date: Date, timeZone: string): Record<string, string> {
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short',
	});
	return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/**
 * `2026-11-25 17:40 UTC` from Chanjing's Unix seconds, in n8n's time zone (the instance's, as
 * n8n gives it to the panel) and named, e.g. `GMT+8`; UTC when the zone is unknown.
 */
export function createdAt(task: IDataObject, timeZone = 'UTC'): string {
	const seconds = Number(task.create_time);
	if (!Number.isFinite(seconds) || seconds <= 0) return '';
	const date = new Date(seconds * 1000);
	let parts: Record<string, string>;
	try {
		parts = dateParts(date, timeZone);
	} catch {
		parts = dateParts(date, 'UTC');
	}
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}
