import { sleep } from 'n8n-workflow';

import type { RequestContext } from '../api/context';
import { processMemory, type RequestPacer } from '../memory/processMemory';

/** A request as the pacer counts it. */
interface Sent {
	/** When its turn came (ms); while it waits for its turn, when that is planned. */
	at: number;
	/** Still waiting for its turn. */
	waiting: boolean;
	/** When its answer came, for an admitted request; undefined while in flight. */
	answeredAt?: number;
	/** Whether a learnt limit paced it: then a refusal says something about the timing. */
	paced: boolean;
}

/**
 * Spacing of the requests that share a credential, learnt from Chanjing's rate limit (40001),
 * which counts the requests that reached it in a sliding one-second window (`limit` requests
 * in any 1 s span).
 *
 * Until a request is refused there is no spacing. The first refusals, of requests sent without
 * spacing, teach the limit: the number of admitted requests whose turn came within the second
 * before a refused one's (the most seen over the refusals of the last seconds). From then on a
 * request goes when fewer than `limit` requests went within the last second and a guard: up to
 * `limit` at once, the next ones a second and the guard after them (no even spacing and no
 * margin on top: a sliding window admits `limit` requests in any second, at once or not).
 *
 * When a request counts: a turn is not yet the moment Chanjing counts the request, which can be
 * hundreds of ms later when n8n is busy with many items (measured: 100 items at once reach the
 * simulator over 0.7 s). An admitted request counts from its answer, the latest moment Chanjing
 * can have counted it; one in flight counts as going now, so the turns that follow it wait for
 * its answer (at most 2 s after its turn: a request whose answer is never reported stops holding
 * a place). A turn planned while earlier requests were in flight checks again when it comes. So
 * a request sent a second and the guard after those it follows can never reach Chanjing within
 * the same second as them, however late they went. The guard (20 ms at first) covers a server
 * that counts a request a little after it answered it.
 *
 * A refusal of a request sent under that rule is not taken for a lower limit at once:
 * - when fewer of this pacer's requests than the limit went in the 1.25 s before it, another
 *   client uses the same limit: the limit becomes that number;
 * - else the window was full by Chanjing's count and a little too early by ours: the guard
 *   doubles (up to 250 ms); only at the largest guard does the limit go down by one.
 * Items of all executions in this process that use the credential share one pacer, so they
 * slow down together. After a minute without a refusal, when requests had to wait for room in
 * it, the limit is raised by 10 % (at least by one) and the guard halved, to find out whether
 * Chanjing allows more again; a refusal while a raised limit is tried goes back to the limit
 * before it. While no request waits, the limit stays (it would grow without telling anything).
 * Memory: the requests of the last 10 s (and those waiting for their turn).
 */
export class Pacer implements RequestPacer {
	/** Requests per second learnt from refusals; 0 = not limited so far. */
	private limitPerSecond = 0;

	/** Added to the window when a request waits for room. */
	private guardMs = GUARD_MIN_MS;

	/** Requests waiting for their turn, in flight, or admitted within the last seconds. */
	private sent: Sent[] = [];

	/** Refusals of requests sent without spacing, to learn the limit from. */
	private lessons: Array<{ startedAt: number; at: number }> = [];

	private lastRefusalAt = 0;

	/** While a raised limit is tried: the limit before it; 0 = not trying. */
	private triedFrom = 0;

	/** When a request last had to wait for room (the limit held it back). */
	private lastHeldAt = -Infinity;

	constructor(private readonly now: () => number = Date.now) {}

	get limit(): number {
		return this.limitPerSecond;
	}

	/** Waits for this request's turn; returns when it came (ms), for admitted()/refused(). */
	async turn(): Promise<number> {
		this.relaxIfQuiet();
		this.forgetOld();
		const request: Sent = { at: 0, waiting: true, paced: this.limitPerSecond > 0 };
		// Planned after every request that went or is planned so far: its place in the queue.
		request.at = this.roomAt(this.now(), false);
		this.sent.push(request);
		for (;;) {
			const now = this.now();
			if (request.at > now) {
				this.lastHeldAt = now;
				await sleep(request.at - now);
				continue;
			}
			// The requests before it may have gone later than planned: count them as they went.
			const roomAt = this.roomAt(now, true, request);
			if (roomAt <= now) {
				request.at = now;
				request.waiting = false;
				return now;
			}
			request.at = roomAt;
		}
	}

	admitted(startedAt: number): void {
		const request = this.inFlight(startedAt);
		if (request) request.answeredAt = this.now();
		this.forgetOld();
		if (this.lessons.some((r) => this.now() - r.at < LEARN_FROM_MS)) this.learn();
	}

	refused(startedAt: number): void {
		const request = this.inFlight(startedAt);
		const now = this.now();
		if (request) this.sent.splice(this.sent.indexOf(request), 1);
		this.lastRefusalAt = now;
		this.forgetOld();
		if (!request?.paced) {
			this.lessons.push({ startedAt, at: now });
			this.learn();
			return;
		}
		if (this.triedFrom > 0) {
			this.limitPerSecond = this.triedFrom;
			this.triedFrom = 0;
			return;
		}
		const wentAt = Math.min(now, startedAt + LATEST_GOING_MS);
		const before = this.sent
			.map((r) => this.wentAt(r, now))
			.filter((t) => t > wentAt - WINDOW_MS - GUARD_MAX_MS && t <= wentAt).length;
		if (before > 0 && before < this.limitPerSecond) this.limitPerSecond = before;
		else if (this.guardMs < GUARD_MAX_MS) this.guardMs = Math.min(GUARD_MAX_MS, this.guardMs * 2);
		else this.limitPerSecond = Math.max(1, this.limitPerSecond - 1);
	}

	/**
	 * The earliest time from `earliest` at which a request has room: fewer than `limit` of the
	 * other requests (only those that went by then, with `wentOnly`) within the window and
	 * guard before it.
	 */
	private roomAt(earliest: number, wentOnly: boolean, except?: Sent): number {
		const limit = this.limitPerSecond;
		if (limit <= 0) return earliest;
		const now = this.now();
		const times = this.sent
			.filter((r) => r !== except)
			.map((r) => this.wentAt(r, now))
			.filter((t) => !wentOnly || t <= now)
			.sort((a, b) => a - b);
		if (times.length < limit) return earliest;
		return Math.max(earliest, times[times.length - limit] + WINDOW_MS + this.guardMs);
	}

	/**
	 * When a request counts in the window: planned ones when planned, the others at their answer
	 * (now while in flight), at most a few seconds after their turn.
	 */
	private wentAt(request: Sent, now: number): number {
		if (request.waiting) return request.at;
		const answeredOrNow = request.answeredAt ?? now;
		return Math.max(request.at, Math.min(answeredOrNow, request.at + LATEST_GOING_MS));
	}

	private inFlight(startedAt: number): Sent | undefined {
		return this.sent.find((r) => !r.waiting && r.answeredAt === undefined && r.at === startedAt);
	}

	private learn(): void {
		let most = 0;
		for (const refusal of this.lessons) {
			if (this.now() - refusal.at >= LEARN_FROM_MS) continue;
			const inWindow = this.sent.filter(
				(r) =>
					r.answeredAt !== undefined &&
					r.at > refusal.startedAt - WINDOW_MS &&
					r.at <= refusal.startedAt,
			).length;
			most = Math.max(most, inWindow);
		}
		// A refusal before any admitted request is known only says "slower".
		this.limitPerSecond = most > 0 ? most : this.limitPerSecond || UNKNOWN_LIMIT_PER_SECOND;
	}

	private relaxIfQuiet(): void {
		const now = this.now();
		if (
			this.limitPerSecond > 0 &&
			now - this.lastRefusalAt > RELAX_AFTER_MS &&
			now - this.lastHeldAt < RELAX_AFTER_MS
		) {
			this.triedFrom = this.limitPerSecond;
			this.limitPerSecond = Math.max(
				this.limitPerSecond + 1,
				Math.floor(this.limitPerSecond * RELAX_FACTOR),
			);
			this.guardMs = Math.max(GUARD_MIN_MS, this.guardMs / 2);
			this.lastRefusalAt = this.now();
		}
	}

	private forgetOld(): void {
		const horizon = this.now() - MEMORY_MS;
		// A request without an answer after that long no longer counts either.
		this.sent = this.sent.filter((r) => r.at > horizon);
		this.lessons = this.lessons.filter((r) => r.at > horizon);
	}
}

const WINDOW_MS = 1000;
const GUARD_MIN_MS = 20;
const GUARD_MAX_MS = 250;
const LATEST_GOING_MS = 2000;
const LEARN_FROM_MS = 3000;
const MEMORY_MS = 10_000;
const RELAX_AFTER_MS = 60_000;
const RELAX_FACTOR = 1.1;
const UNKNOWN_LIMIT_PER_SECOND = 4;
/** The pacer of the credential this item uses (by credential ID; processMemory.pacers). */
export function pacerFor(ctx: RequestContext): RequestPacer {
	const credential = ctx.getNode().credentials?.chanjingApi;
	const key = String(credential?.id ?? credential?.name ?? 'default');
	return processMemory.pacers.getOrCreate(key, () => new Pacer());
}
