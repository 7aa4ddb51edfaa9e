import { sleep } from 'n8n-workflow';

/** Chanjing's file API allows 30 requests per minute (per account). */
export const FILE_API_REQUESTS_PER_MINUTE = 30;

/**
 * How the upload waits map onto the clock. Tests shrink `msPerSecond` so that a minute of
 * pacing or waiting takes milliseconds while the number of requests stays what a user gets.
 */
export const uploadTiming = { msPerSecond: 1000 };

/** A minute plus a second: Chanjing counts when a request arrives, which is after we send it. */
const WINDOW_S = 61;

/** Send times of recent file API requests, per credential (module-level: shared by all items). */
const recentByKey = new Map<string, number[]>();

/**
 * Waits until one more file API request fits into the last minute's budget for this
 * credential, and books it. Items uploading at once queue here instead of meeting 40001.
 */
export async function paceFileApiRequest(key: string): Promise<void> {
	for (;;) {
		const windowMs = WINDOW_S * uploadTiming.msPerSecond;
		const now = Date.now();
		const recent = (recentByKey.get(key) ?? []).filter((t) => t > now - windowMs);
		if (recent.length < FILE_API_REQUESTS_PER_MINUTE) {
			recent.push(now);
			recentByKey.set(key, recent);
			return;
		}
		recentByKey.set(key, recent);
		await sleep(Math.max(1, recent[0] + windowMs - now));
	}
}

/** For tests: forget every booked request. */
export function resetFileApiPacing(): void {
	recentByKey.clear();
}
