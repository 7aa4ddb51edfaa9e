import type { IDataObject } from 'n8n-workflow';

/**
 * The sentence timings of a speech task (`subtitles[]`): start and end in seconds, and the text.
 * SPEC says the times are seconds; Chanjing's one-click pipeline (RR run_render.py) rescales them
 * by 0.001 when the largest end is over 2000 and more than twice the audio's length, in case
 * they come in milliseconds (catalogue D8). The node does the same.
 */
export interface Sentence {
	start: number;
	end: number;
	text: string;
}

const MS_THRESHOLD = 2000;

function seconds(value: unknown): number {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : NaN;
}

export function readSentences(subtitles: unknown, durationS: unknown): Sentence[] {
	const rows = (Array.isArray(subtitles) ? subtitles : []).filter(
		(row): row is IDataObject => typeof row === 'object' && row !== null,
	);
	const sentences = rows
		.map((row) => ({
			start: seconds(row.start_time),
			end: seconds(row.end_time),
			text: typeof row.subtitle === 'string' ? row.subtitle : '',
		}))
		.filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end));
	const lastEnd = Math.max(0, ...sentences.map((s) => s.end));
	const duration = seconds(durationS);
	const inMs = lastEnd > MS_THRESHOLD && (!(duration > 0) || lastEnd > 2 * duration);
	if (!inMs) return sentences;
	const round = (n: number) => Math.round(n) / 1000;
	return sentences.map((s) => ({ ...s, start: round(s.start), end: round(s.end) }));
}
