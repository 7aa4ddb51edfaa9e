import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/**
 * Spacing of the requests that share a credential, learnt from Chanjing's rate limit (40001).
 * Until a request is refused there is no spacing. After a refusal the limit is estimated as the
 * number of admitted requests sent within the second before the refused one (the most seen over
 * recent refusals), and requests start at most that many per second, a little slower. Items of
 * all executions in this process that use the credential share one pacer, so they slow down
 * together. A learnt limit is relaxed by 10 % after a minute without a refusal.
 */
export class Pacer {
	/** Time (ms) before which no further request may start. */
	private nextStartAt = 0;

	private admittedStarts: number[] = [];

	private refusedStarts: number[] = [];

	/** Requests per second learnt from refusals; 0 = not limited so far. */
	private limitPerSecond = 0;

	private lastRefusalAt = 0;

	constructor(private readonly now: () => number = Date.now) {}

	/** The pause between two request starts, ms. */
	gapMs(): number {
		this.relearn();
		return this.limitPerSecond > 0 ? (1000 / this.limitPerSecond) * PACING_MARGIN : 0;
	}

	/** Waits for this request's turn; returns when it started (ms), for admitted()/refused(). */
	async turn(): Promise<number> {
		const now = this.now();
		const planned = Math.max(now, this.nextStartAt);
		const gap = this.gapMs();
		this.nextStartAt = planned + gap;
		if (planned > now) await sleep(planned - now);
		const started = this.now();
		// A late wake-up must not squeeze the next request closer to this one.
		this.nextStartAt = Math.max(this.nextStartAt, started + gap);
		return started;
	}

	admitted(startedAt: number): void {
		this.admittedStarts.push(startedAt);
		this.forgetOld();
	}

	refused(startedAt: number): void {
		this.refusedStarts.push(startedAt);
		this.lastRefusalAt = this.now();
		this.forgetOld();
		this.relearn();
		// Nothing more starts until the gap after the latest admitted request has passed.
		this.nextStartAt = Math.max(this.nextStartAt, this.now() + this.gapMs());
	}

	private relearn(): void {
		if (this.refusedStarts.length === 0) {
			if (this.limitPerSecond > 0 && this.now() - this.lastRefusalAt > RELAX_AFTER_MS) {
				this.limitPerSecond *= 1.1;
				this.lastRefusalAt = this.now();
			}
			return;
		}
		let most = 0;
		for (const refused of this.refusedStarts) {
			const inWindow = this.admittedStarts.filter((t) => t > refused - 1000 && t <= refused).length;
			most = Math.max(most, inWindow);
		}
		// Before any admitted request is known, a refusal alone says "slower": 4 per second.
		this.limitPerSecond = most > 0 ? most : this.limitPerSecond || UNKNOWN_LIMIT_PER_SECOND;
	}

	private forgetOld(): void {
		const horizon = this.now() - MEMORY_MS;
		this.admittedStarts = this.admittedStarts.filter((t) => t > horizon);
		this.refusedStarts = this.refusedStarts.filter((t) => t > horizon);
	}
}

const PACING_MARGIN = 1.05;
const MEMORY_MS = 10_000;
const RELAX_AFTER_MS = 60_000;
const UNKNOWN_LIMIT_PER_SECOND = 4;
const MAX_PACERS = 1000;

const pacers = new Map<string, Pacer>();

/** The pacer of the credential this item uses (by credential ID). */
export function pacerFor(ctx: IExecuteSingleFunctions): Pacer {
	const credential = ctx.getNode().credentials?.chanjingApi;
	const key = String(credential?.id ?? credential?.name ?? 'default');
	let pacer = pacers.get(key);
	if (!pacer) {
		if (pacers.size >= MAX_PACERS) pacers.delete(pacers.keys().next().value as string);
		pacer = new Pacer();
		pacers.set(key, pacer);
	}
	return pacer;
}

/** Test seam: every test starts without learnt limits. */
export function forgetPacers(): void {
	pacers.clear();
}
