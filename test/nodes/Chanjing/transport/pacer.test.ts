import { sleep } from 'n8n-workflow';

import { Pacer } from '../../../../nodes/Chanjing/transport/pacer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RateLimiter } = require('../../../simulator/rate-limit');

/**
 * Every test runs on Jest's fake clock: the pacer reads Date.now and sleeps with setTimeout, so
 * a turn that waits a second takes no real time and its start is exact.
 */
const START = 1_000_000;
let lag = 0;

beforeEach(() => {
	jest.useFakeTimers({ now: START });
	lag = 0;
});
afterEach(() => jest.useRealTimers());

/** A pacer on the fake clock; `lag` makes it read the clock late (a turn that woke late). */
const newPacer = () => new Pacer(() => Date.now() + lag);

/** The turn's start, or 'waiting' when it has not come after `ms` of fake time. */
async function startWithin(turn: Promise<number>, ms = 0): Promise<number | 'waiting'> {
	let started: number | 'waiting' = 'waiting';
	void turn.then((at) => (started = at));
	await jest.advanceTimersByTimeAsync(ms);
	return started;
}

/**
 * Learns 5/s the way a first burst does: 6 sent at once, answered 300 ms later: 5 admitted, the
 * 6th refused.
 */
async function learntFive(pacer: Pacer): Promise<void> {
	const starts = await Promise.all(Array.from({ length: 6 }, () => pacer.turn()));
	await jest.advanceTimersByTimeAsync(300);
	for (const s of starts.slice(0, 5)) pacer.admitted(s);
	pacer.refused(starts[5]);
	expect(pacer.limit).toBe(5);
}

interface Server {
	limit: number;
	/** Time from a request's turn until Chanjing counts it, by request number (from 0). */
	oneWayMs: (n: number) => number;
	/** Time from when Chanjing counted a request until its answer is back. */
	backMs: number;
	/** Requests received so far. */
	received: number;
}

/**
 * `count` submits at once through the pacer against a sliding-window limit (the simulator's
 * limiter), each sent again after a 40001 as submitOnce does. Returns when the last was
 * admitted (s after the start) and when each 40001 was answered.
 */
async function submitAll(pacer: Pacer, count: number, server: Server, limiter: typeof RateLimiter) {
	const startedAt = Date.now();
	const firstRequest = server.received;
	let done = 0;
	let lastAdmittedAt = startedAt;
	const refusals: number[] = [];
	const submit = async () => {
		for (;;) {
			const started = await pacer.turn();
			await sleep(server.oneWayMs(server.received++));
			const admitted = limiter.admit('token', Date.now(), server.limit);
			await sleep(server.backMs);
			if (admitted) {
				pacer.admitted(started);
				lastAdmittedAt = Date.now();
				done += 1;
				return;
			}
			refusals.push(Date.now());
			pacer.refused(started);
		}
	};
	for (let i = 0; i < count; i++) void submit();
	while (done < count) await jest.advanceTimersByTimeAsync(50);
	return {
		seconds: (lastAdmittedAt - startedAt) / 1000,
		refusals,
		sent: server.received - firstRequest,
	};
}

describe('Pacer', () => {
	it('does not space requests before any refusal', async () => {
		const pacer = newPacer();
		const starts = await Promise.all([pacer.turn(), pacer.turn(), pacer.turn()]);
		expect(new Set(starts).size).toBe(1);
		expect(pacer.limit).toBe(0);
	});

	it('learns the limit from the admitted requests in the second before a refusal', async () => {
		const pacer = newPacer();
		const starts: number[] = [];
		for (let i = 0; i < 6; i++) {
			starts.push(await pacer.turn());
			jest.setSystemTime(Date.now() + 10);
		}
		for (const s of starts.slice(0, 5)) pacer.admitted(s);
		pacer.refused(starts[5]);
		expect(pacer.limit).toBe(5);
	});

	it('a refusal before any admitted answer says "slower" until the admitted ones are known', async () => {
		const pacer = newPacer();
		const a = await pacer.turn();
		const b = await pacer.turn();
		pacer.refused(b);
		expect(pacer.limit).toBe(4);
		pacer.admitted(a);
		expect(pacer.limit).toBe(1);
	});

	it('after learning 5/s, 5 requests go at once, the next 5 a second and the guard after their answers', async () => {
		const pacer = newPacer();
		await learntFive(pacer);
		jest.setSystemTime(START + 5000);
		const turns = Array.from({ length: 10 }, () => pacer.turn());
		const starts = await Promise.all(turns.map((t) => startWithin(t, 0)));
		expect(starts.slice(0, 5)).toEqual(Array(5).fill(START + 5000));
		expect(starts.slice(5)).toEqual(Array(5).fill('waiting'));
		// No even spacing: the old pacer sent one every 206 ms.
		await jest.advanceTimersByTimeAsync(300);
		for (const s of await Promise.all(turns.slice(0, 5))) pacer.admitted(s);
		expect(await startWithin(turns[5], 1019)).toBe('waiting');
		await jest.advanceTimersByTimeAsync(1);
		expect(await Promise.all(turns.slice(5))).toEqual(Array(5).fill(START + 5000 + 300 + 1020));
	});

	it('a turn that woke late makes the next one wait for when it was really sent', async () => {
		const pacer = newPacer();
		const a = await pacer.turn();
		const b = await pacer.turn();
		pacer.admitted(a);
		pacer.refused(b);
		expect(pacer.limit).toBe(1);
		const first = pacer.turn();
		const second = pacer.turn(); // planned a second and the guard after the first's plan
		await jest.advanceTimersByTimeAsync(1019);
		lag = 40; // the first turn's timer fires 40 ms late
		await jest.advanceTimersByTimeAsync(1);
		const firstAt = await first;
		expect(firstAt).toBe(START + 1020 + 40);
		pacer.admitted(firstAt);
		lag = 0;
		await jest.advanceTimersByTimeAsync(2000);
		expect((await second) - firstAt).toBe(1020);
	});

	it('a refusal at the edge of a full window keeps the limit and widens the guard', async () => {
		const pacer = newPacer();
		await learntFive(pacer);
		// Later (the first refusals no longer count), five requests spread over a second.
		const from = START + 5000;
		for (let i = 0; i < 5; i++) {
			jest.setSystemTime(from + i * 206);
			pacer.admitted(await pacer.turn());
		}
		const sixth = pacer.turn();
		await jest.advanceTimersByTimeAsync(from + 1020 - Date.now());
		const sixthAt = await sixth;
		expect(sixthAt).toBe(from + 1020);
		// Chanjing counted the first of the five late: only 4 of ours are within 1 s before it.
		pacer.refused(sixthAt);
		expect(pacer.limit).toBe(5); // the old pacer learnt 4 here
		// The same request again, when the first of the five is a second and the guard (now
		// 40 ms) old.
		const again = pacer.turn();
		expect(await startWithin(again, from + 1039 - Date.now())).toBe('waiting');
		expect(await startWithin(again, 1)).toBe(from + 1040);
	});

	it('refusals at the largest guard lower the limit by one', async () => {
		const pacer = newPacer();
		await learntFive(pacer);
		let at = START + 5000;
		const refusedAtEdge = async () => {
			jest.setSystemTime(at);
			const burst = await Promise.all(Array.from({ length: 5 }, () => pacer.turn()));
			for (const s of burst) pacer.admitted(s);
			const next = pacer.turn();
			await jest.advanceTimersByTimeAsync(2000);
			pacer.refused(await next);
			at += 5000;
		};
		for (let i = 0; i < 4; i++) await refusedAtEdge(); // guard 40, 80, 160, 250 ms
		expect(pacer.limit).toBe(5);
		await refusedAtEdge();
		expect(pacer.limit).toBe(4);
	});

	it('a refusal while few of its own requests were sent takes the limit down to those', async () => {
		const pacer = newPacer();
		await learntFive(pacer);
		jest.setSystemTime(START + 5000);
		pacer.admitted(await pacer.turn());
		jest.setSystemTime(START + 5300);
		const refused = await pacer.turn();
		// Another client of the same account used the rest of the window.
		pacer.refused(refused);
		expect(pacer.limit).toBe(1);
	});

	it('after a quiet minute in which requests waited, it tries one more per second; a refusal then goes back', async () => {
		const pacer = newPacer();
		await learntFive(pacer);
		jest.setSystemTime(START + 5000);
		const turns = Array.from({ length: 6 }, () => pacer.turn());
		for (const s of await Promise.all(turns.slice(0, 5))) pacer.admitted(s);
		await jest.advanceTimersByTimeAsync(2000); // the 6th waited for room
		pacer.admitted(await turns[5]);
		jest.setSystemTime(START + 61_000);
		const burst = await Promise.all(Array.from({ length: 6 }, () => pacer.turn()));
		expect(pacer.limit).toBe(6);
		expect(new Set(burst).size).toBe(1);
		for (const s of burst.slice(0, 5)) pacer.admitted(s);
		pacer.refused(burst[5]);
		expect(pacer.limit).toBe(5);
	});

	it('while no request waits for room, the limit is not raised', async () => {
		const pacer = newPacer();
		await learntFive(pacer);
		for (const at of [START + 30_000, START + 61_000, START + 125_000]) {
			jest.setSystemTime(at);
			pacer.admitted(await pacer.turn());
		}
		expect(pacer.limit).toBe(5); // the old pacer: 5 × 1.1 × 1.1
	});

	it('a request in flight holds up the next one until a second and the guard after its answer', async () => {
		const pacer = newPacer();
		const a = await pacer.turn();
		const b = await pacer.turn();
		await jest.advanceTimersByTimeAsync(100); // the quickest round trip: 100 ms
		pacer.admitted(a);
		pacer.refused(b);
		expect(pacer.limit).toBe(1);
		await jest.advanceTimersByTimeAsync(2000);
		const slow = await pacer.turn();
		const next = pacer.turn();
		await jest.advanceTimersByTimeAsync(600);
		pacer.admitted(slow); // answered after 600 ms: it may have reached Chanjing just now
		expect(await startWithin(next, 1019)).toBe('waiting');
		expect(await startWithin(next, 1)).toBe(slow + 600 + 1020);
	});

	// Answers come a few ms after Chanjing counted the request, as from the local simulator.
	describe('100 submits against 5 requests/s (sliding window)', () => {
		const limit = 5;
		const backMs = 5;
		// reaches Chanjing 2–60 ms after its turn, varying from request to request
		const jitter = (n: number) => 2 + ((n * 7919) % 59);
		const idealS = 100 / limit;

		it.each([
			['steady', jitter],
			// n8n busy with the first 100 items at once: they reach Chanjing over 800 ms
			['first ones late', (n: number) => (n < 100 ? 20 + n * 8 : jitter(n))],
		])(
			'%s: cold (learning) and then warm each within 1.15 x 20 s, 40001 after learning <= 5',
			async (_name, oneWayMs) => {
				const server: Server = { limit, backMs, oneWayMs, received: 0 };
				const pacer = newPacer();
				const limiter = new RateLimiter();
				const cold = await submitAll(pacer, 100, server, limiter);
				const learntAt = cold.refusals[0] + 1000;
				const coldLate = cold.refusals.filter((t) => t > learntAt).length;
				expect(pacer.limit).toBe(5);
				expect(cold.seconds).toBeLessThanOrEqual(1.15 * idealS);
				expect(coldLate).toBeLessThanOrEqual(5);

				const warm = await submitAll(pacer, 100, server, limiter);
				expect(warm.seconds).toBeLessThanOrEqual(1.15 * idealS);
				expect(warm.refusals.length).toBeLessThanOrEqual(5);
				expect(warm.sent).toBe(100 + warm.refusals.length);
			},
		);
	});
});
