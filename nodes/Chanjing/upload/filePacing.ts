import { sleep } from 'n8n-workflow';

import { processMemory } from '../memory/processMemory';

/** Chanjing's file API allows 30 requests per minute (per account). */
export const FILE_API_REQUESTS_PER_MINUTE = 30;

/**
 * How the upload waits map onto the clock. Tests shrink `msPerSecond` so that a minute of
 * pacing or waiting takes milliseconds while the number of requests stays what a user gets.
 */
export const uploadTiming = { msPerSecond: 1000 };

/** A minute plus a second of margin against clock differences. */
const WINDOW_S = 61;

/**
 * Recent file API requests per credential (processMemory.fileApiRequests, shared by all items):
 * the time each one's answer came back, or Infinity while it is in flight. Chanjing counts a
 * request when it arrives, which is after we send it and before its answer returns, so counting
 * answers (and everything in flight) over the last minute never lets more than the limit
 * arrive in a minute.
 */
const recentByKey = processMemory.fileApiRequests;

/**
 * Waits until one more file API request fits into the last minute's budget for this
 * credential and books it; call the returned function when its answer (or failure) is back.
 * Items uploading at once queue here instead of meeting 40001.
 */
export async function paceFileApiRequest(key: string): Promise<() => void> {
	for (;;) {
		const windowMs = WINDOW_S * uploadTiming.msPerSecond;
		const now = Date.now();
		const recent = (recentByKey.get(key) ?? []).filter((t) => t > now - windowMs);
		recentByKey.set(key, recent);
		if (recent.length < FILE_API_REQUESTS_PER_MINUTE) {
			recent.push(Infinity);
			return () => {
				// in-flight bookings are alike: the first one stands for this request
				const list = recentByKey.get(key) ?? [];
				const at = list.indexOf(Infinity);
				if (at >= 0) list[at] = Date.now();
			};
		}
		const oldest = Math.min(...recent);
		const waitMs = Number.isFinite(oldest) ? oldest + windowMs - now : uploadTiming.msPerSecond;
		await sleep(Math.max(1, waitMs));
	}
}
