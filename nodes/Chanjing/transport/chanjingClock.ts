import { processMemory, type ClockOffset } from '../memory/processMemory';

/**
 * Chanjing's clock as its answers show it, per Base URL. An answer whose Date header reads D
 * (whole seconds) was stamped at some instant of [D, D + 1 s) on Chanjing's clock, between the
 * moment the request left and the moment its answer came on ours; so Chanjing's time minus ours
 * lies in [D − answeredAt, D + 1 s − sentAt]. A task this process made, whose `create_time`
 * reads C, gives the same bound with C. Every answer narrows the interval; one that contradicts
 * it (a clock was set) starts it again. An interval is kept at most an hour.
 */

const RELEARN_AFTER_MS = 60 * 60 * 1000;

function learn(baseUrl: string, stampMs: number, sentAtMs: number, answeredAtMs: number): void {
	if (!Number.isFinite(stampMs) || !(answeredAtMs >= sentAtMs)) return;
	const seen = { lowMs: stampMs - answeredAtMs, highMs: stampMs + 1000 - sentAtMs };
	const known = processMemory.clocks.get(baseUrl);
	const now = Date.now();
	const fresh = known && now - known.sinceMs < RELEARN_AFTER_MS;
	const lowMs = fresh ? Math.max(known.lowMs, seen.lowMs) : seen.lowMs;
	const highMs = fresh ? Math.min(known.highMs, seen.highMs) : seen.highMs;
	processMemory.clocks.set(
		baseUrl,
		lowMs <= highMs && fresh
			? { lowMs, highMs, sinceMs: known.sinceMs }
			: { ...seen, sinceMs: now },
	);
}

/** Learns from an answer's Date header (ignored when missing or unreadable). */
export function learnFromDateHeader(
	baseUrl: string,
	date: unknown,
	sentAtMs: number,
	answeredAtMs: number,
): void {
	const text = Array.isArray(date) ? date[0] : date;
	if (typeof text !== 'string' || text === '') return;
	learn(baseUrl, Date.parse(text), sentAtMs, answeredAtMs);
}

/** Learns from the `create_time` (Unix seconds) of a task whose submit left and was answered then. */
export function learnFromCreateTime(
	baseUrl: string,
	createdAtS: number,
	sentAtMs: number,
	answeredAtMs: number,
): void {
	if (!Number.isFinite(createdAtS) || createdAtS <= 0) return;
	learn(baseUrl, Math.floor(createdAtS) * 1000, sentAtMs, answeredAtMs);
}

/** Chanjing's time minus this machine's, as far as it is known; undefined when nothing is. */
export function chanjingClockOffset(baseUrl: string): ClockOffset | undefined {
	const known = processMemory.clocks.get(baseUrl);
	if (!known || Date.now() - known.sinceMs >= RELEARN_AFTER_MS) return undefined;
	return known;
}
