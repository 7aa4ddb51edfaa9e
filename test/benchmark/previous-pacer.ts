/**
 * The pacer as it was before issue 21 (points 4 and 5), kept for the rate-limit benchmark to
 * run side by side with the current one in the same run. Not used by the node.
 */
import { sleep } from 'n8n-workflow';

/**
 * Spacing of the requests that share a credential, learnt from Chanjing's rate limit (40001).
 * Until a request is refused there is no spacing. A refusal means the one-second window was
 * full: the limit is estimated as the number of admitted requests sent within the second
 * before a refused one (the most seen over the refusals of the last seconds). From then on a
 * request starts only when fewer than `limit` requests were sent in the last second (counting
 * an admitted request from when its answer came, which is never earlier than Chanjing saw it),
 * a little slower than that. Items of all executions in this process that use the credential
 * share one pacer, so they slow down together. After a minute without a refusal the learnt
 * limit is raised by 10 %, to find out whether Chanjing allows more again.
 */
export class PreviousPacer {
	/** Requests per second learnt from refusals; 0 = not limited so far. */
	private limitPerSecond = 0;

	/** When each request in flight or admitted in the last seconds counts in the window (ms). */
	private windowTimes: number[] = [];

	/** Start times of admitted requests, for learning. */
	private admittedStarts: number[] = [];

	private refusals: Array<{ startedAt: number; at: number }> = [];

	private lastRefusalAt = 0;

	private nextStartAt = 0;

	constructor(private readonly now: () => number = Date.now) {}

	get limit(): number {
		return this.limitPerSecond;
	}

	/** Waits for this request's turn; returns when it started (ms), for admitted()/refused(). */
	async turn(): Promise<number> {
		this.relaxIfQuiet();
		const now = this.now();
		const limit = Math.floor(this.limitPerSecond);
		let planned = now;
		if (limit > 0) {
			const times = [...this.windowTimes].sort((a, b) => a - b);
			const windowFreeAt =
				times.length >= limit ? times[times.length - limit] + WINDOW_MS * PACING_MARGIN : 0;
			planned = Math.max(now, this.nextStartAt, windowFreeAt);
			this.nextStartAt = planned + (WINDOW_MS / this.limitPerSecond) * PACING_MARGIN;
		}
		this.windowTimes.push(planned);
		if (planned > now) await sleep(planned - now);
		return planned;
	}

	admitted(startedAt: number): void {
		this.replaceWindowTime(startedAt, Math.max(startedAt, this.now()));
		this.admittedStarts.push(startedAt);
		this.forgetOld();
		if (this.refusals.some((r) => this.now() - r.at < LEARN_FROM_MS)) this.learn();
	}

	refused(startedAt: number): void {
		this.replaceWindowTime(startedAt, undefined);
		this.refusals.push({ startedAt, at: this.now() });
		this.lastRefusalAt = this.now();
		this.forgetOld();
		this.learn();
	}

	private replaceWindowTime(startedAt: number, countedAt: number | undefined): void {
		const index = this.windowTimes.indexOf(startedAt);
		if (index < 0) return;
		if (countedAt === undefined) this.windowTimes.splice(index, 1);
		else this.windowTimes[index] = countedAt;
	}

	private learn(): void {
		let most = 0;
		for (const refusal of this.refusals) {
			if (this.now() - refusal.at >= LEARN_FROM_MS) continue;
			const inWindow = this.admittedStarts.filter(
				(t) => t > refusal.startedAt - WINDOW_MS && t <= refusal.startedAt,
			).length;
			most = Math.max(most, inWindow);
		}
		// A refusal before any admitted request is known only says "slower".
		this.limitPerSecond = most > 0 ? most : this.limitPerSecond || UNKNOWN_LIMIT_PER_SECOND;
	}

	private relaxIfQuiet(): void {
		if (this.limitPerSecond > 0 && this.now() - this.lastRefusalAt > RELAX_AFTER_MS) {
			this.limitPerSecond *= 1.1;
			this.lastRefusalAt = this.now();
		}
	}

	private forgetOld(): void {
		const horizon = this.now() - MEMORY_MS;
		this.admittedStarts = this.admittedStarts.filter((t) => t > horizon);
		this.refusals = this.refusals.filter((r) => r.at > horizon);
		// In-flight requests (counted at their start) stay until they are answered.
		this.windowTimes = this.windowTimes.filter((t) => t > horizon);
	}
}

const WINDOW_MS = 1000;
const PACING_MARGIN = 1.03;
const LEARN_FROM_MS = 3000;
const MEMORY_MS = 10_000;
const RELAX_AFTER_MS = 60_000;
const UNKNOWN_LIMIT_PER_SECOND = 4;
