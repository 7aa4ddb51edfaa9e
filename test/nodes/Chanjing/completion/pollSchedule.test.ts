import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';
import { waitForTask, type WaitOptions } from '../../../../nodes/Chanjing/completion/wait';
import {
	nextPollDelayS,
	type PollSchedule,
} from '../../../../nodes/Chanjing/completion/pollSchedule';

const schedule = (intervalS: number, doubling = false): PollSchedule => ({
	intervalS,
	firstDelayS: 2,
	doubling,
});

/** The checks of a task done after `renderS` s, on the schedule alone: how many, and when the last. */
function checksUntilDone(renderS: number, s: PollSchedule) {
	let waitedS = 0;
	let delayS = nextPollDelayS({ waitedS, lastDelayS: 0 }, s);
	for (let checks = 1; ; checks++) {
		waitedS += delayS;
		if (waitedS >= renderS) return { checks, finishS: waitedS };
		delayS = nextPollDelayS({ waitedS, lastDelayS: delayS }, s);
	}
}

describe('nextPollDelayS (the schedule alone)', () => {
	it('checks after 2 s, then at each multiple of the Poll Interval: 2, 10, 20, 30 … s', () => {
		const times: number[] = [];
		let waitedS = 0;
		let delayS = 0;
		for (let i = 0; i < 6; i++) {
			delayS = nextPollDelayS({ waitedS, lastDelayS: delayS }, schedule(10));
			waitedS += delayS;
			times.push(waitedS);
		}
		expect(times).toEqual([2, 10, 20, 30, 40, 50]);
	});

	it.each([5, 10, 30])(
		'Poll Interval %i s: for every T from 0.1 s to 20 min, at most T / interval + 2 checks and done at T + interval at the latest',
		(intervalS) => {
			const overBudget: number[] = [];
			const late: number[] = [];
			for (let tenths = 1; tenths <= 12_000; tenths++) {
				const renderS = tenths / 10;
				const { checks, finishS } = checksUntilDone(renderS, schedule(intervalS));
				if (checks > Math.floor(renderS / intervalS) + 2) overBudget.push(renderS);
				if (finishS > Math.max(2, renderS + intervalS)) late.push(renderS);
			}
			expect({ overBudget, late }).toEqual({ overBudget: [], late: [] });
		},
	);

	it('Poll Interval 10 s: within 1.1 T for T = 20 s and every multiple of 10 s, and for every T from 100 s', () => {
		for (const renderS of [20, 30, 40, 50, 60, 90, 120, 600]) {
			expect(checksUntilDone(renderS, schedule(10)).finishS).toBe(renderS);
		}
		const over: number[] = [];
		for (let tenths = 1000; tenths <= 12_000; tenths++) {
			const renderS = tenths / 10;
			if (checksUntilDone(renderS, schedule(10)).finishS > 1.1 * renderS) over.push(renderS);
		}
		expect(over).toEqual([]);
		// For T = 18–20 s too (up to 10 % below a multiple).
		for (const renderS of [18.2, 19, 19.9]) {
			expect(checksUntilDone(renderS, schedule(10)).finishS).toBeLessThanOrEqual(1.1 * renderS);
		}
	});

	it('version 1 keeps its doubling: 2, 6, 14, 24, 34 … s (T = 20 s seen at 24 s)', () => {
		expect(checksUntilDone(20, schedule(10, true))).toEqual({ checks: 4, finishS: 24 });
		expect(checksUntilDone(60, schedule(10, true))).toEqual({ checks: 8, finishS: 64 });
		expect(checksUntilDone(20, schedule(10))).toEqual({ checks: 3, finishS: 20 });
		expect(checksUntilDone(60, schedule(10))).toEqual({ checks: 7, finishS: 60 });
	});

	it('after a 40001 waits a full interval, then goes on at the multiples', () => {
		expect(nextPollDelayS({ waitedS: 20, lastDelayS: 10, rateLimited: true }, schedule(10))).toBe(
			10,
		);
		expect(nextPollDelayS({ waitedS: 2, lastDelayS: 2, rateLimited: true }, schedule(10))).toBe(10);
		expect(nextPollDelayS({ waitedS: 12, lastDelayS: 10 }, schedule(10))).toBe(8);
	});

	it('after a check that timed out, the next multiple at least half an interval away', () => {
		expect(nextPollDelayS({ waitedS: 27.5, lastDelayS: 10 }, schedule(10))).toBe(12.5);
		expect(nextPollDelayS({ waitedS: 24, lastDelayS: 10 }, schedule(10))).toBe(6);
	});

	it('the first check comes after 2 s, or after the interval when that is shorter', () => {
		expect(nextPollDelayS({ waitedS: 0, lastDelayS: 0 }, schedule(10))).toBe(2);
		expect(nextPollDelayS({ waitedS: 0, lastDelayS: 0 }, { ...schedule(1), firstDelayS: 2 })).toBe(
			1,
		);
	});
});

/**
 * waitForTask itself on Jest's fake clock (its pauses are timers): a task that renders in
 * `renderS` s, its status checks answered by a stand-in for Chanjing that reads the same clock.
 */
async function waitOnFakeClock(
	renderS: number,
	options: WaitOptions,
	typeVersion = 2,
	answers: Array<IDataObject | undefined> = [],
) {
	const startedAt = Date.now();
	const checkedAt: number[] = [];
	const context = {
		getNode: () => ({
			id: 'n',
			name: 'Chanjing',
			type: 'n8n-nodes-chanjing.chanjing',
			typeVersion,
			position: [0, 0],
			parameters: {},
			credentials: { chanjingApi: { id: `poll-${renderS}`, name: 'Chanjing' } },
		}),
		getItemIndex: () => 0,
		getNodeParameter: (_name: string, fallback: unknown) => fallback,
		getCredentials: async () => ({
			accessToken: 'static-token',
			baseUrl: 'https://open-api.chanjing.cc',
		}),
		helpers: {
			httpRequestWithAuthentication: async () => {
				const elapsedS = (Date.now() - startedAt) / 1000;
				checkedAt.push(elapsedS);
				const answer = answers[checkedAt.length - 1];
				const done = elapsedS >= renderS;
				return {
					statusCode: 200,
					headers: {},
					body: answer ?? {
						code: 0,
						msg: 'success',
						data: {
							unique_id: 'c-1',
							progress_desc: done ? 'Success' : 'Generating',
							output_url: done ? ['https://cdn.example/c-1.mp4'] : [],
						},
					},
				};
			},
		},
	} as unknown as IExecuteSingleFunctions;
	let result: IDataObject | Error | undefined;
	void waitForTask.call(context, aiVideoAdapter, 'c-1', options).then(
		(task) => (result = task),
		(error: Error) => (result = error),
	);
	while (result === undefined) await jest.advanceTimersByTimeAsync(1000);
	return { result, checkedAt, finishS: (Date.now() - startedAt) / 1000 };
}

describe('waitForTask on the schedule (fake clock)', () => {
	beforeEach(() => jest.useFakeTimers({ now: 5_000_000 }));
	afterEach(() => jest.useRealTimers());

	it.each([
		[20, [2, 10, 20]],
		[25, [2, 10, 20, 30]],
		[45, [2, 10, 20, 30, 40, 50]],
		[60, [2, 10, 20, 30, 40, 50, 60]],
	])(
		'Poll Interval 10 s, render %i s: checks at %j s, within T / interval + 2',
		async (renderS, times) => {
			const { result, checkedAt, finishS } = await waitOnFakeClock(renderS, {
				pollIntervalSeconds: 10,
			});
			expect((result as IDataObject).status).toBe('succeeded');
			expect(checkedAt).toEqual(times);
			expect(checkedAt.length).toBeLessThanOrEqual(Math.floor(renderS / 10) + 2);
			expect(finishS).toBeLessThanOrEqual(renderS + 10);
			if (renderS % 10 === 0) expect(finishS).toBeLessThanOrEqual(1.1 * renderS);
		},
	);

	it('a version 1 node keeps the doubling it was recorded with', async () => {
		const { checkedAt } = await waitOnFakeClock(20, { pollIntervalSeconds: 10 }, 1);
		expect(checkedAt).toEqual([2, 6, 14, 24]);
	});

	it('a check answered 40001 is followed by one a full interval later, then the multiples', async () => {
		const rateLimited = { code: 40001, msg: '超出 QPS 限制', data: null };
		const { result, checkedAt } = await waitOnFakeClock(45, { pollIntervalSeconds: 10 }, 2, [
			rateLimited,
		]);
		expect((result as IDataObject).status).toBe('succeeded');
		expect(checkedAt).toEqual([2, 12, 20, 30, 40, 50]);
	});

	it('stops at Max Wait: the last check at Max Wait, the running task returned', async () => {
		const { result, checkedAt } = await waitOnFakeClock(1000, {
			pollIntervalSeconds: 25,
			maxWaitMinutes: 1,
			onTimeout: 'returnRunning',
		});
		expect(checkedAt).toEqual([2, 25, 50, 60]);
		expect(result).toMatchObject({ status: 'generating', timedOut: true });
	});
});
