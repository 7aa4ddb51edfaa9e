import {
	MAX_DONE,
	MAX_WATCH_AGE_S,
	MAX_WATCHED,
	RESCAN_MARGIN_S,
	START_LOOKBACK_HOURS,
} from '../../../../nodes/Chanjing/trigger/limits';
import {
	firstFloor,
	type ListedTask,
	nextState,
	type PollState,
	readFloor,
	readPollState,
	startState,
} from '../../../../nodes/Chanjing/trigger/pollState';

const T = 1_764_900_000;
const task = (id: string, createdAtS: number, finished: boolean): ListedTask => ({
	id,
	createdAtS,
	finished,
});

describe('readPollState', () => {
	it('reads a saved state and drops entries that are not times', () => {
		expect(
			readPollState({
				since: T,
				newest: T + 5,
				watching: { a: T, b: 'x', c: null },
				done: { d: T - 1, e: Number.NaN },
			}),
		).toEqual({ since: T, newest: T + 5, watching: { a: T }, done: { d: T - 1 } });
	});

	it.each([undefined, null, {}, { since: T }, { since: '1', newest: 2 }, 'state'])(
		'reads %p as no state (the first poll)',
		(value) => {
			expect(readPollState(value)).toBeUndefined();
		},
	);
});

describe('readFloor and firstFloor', () => {
	it('reads down to the newest time less the margin, and to the oldest watched task', () => {
		const state: PollState = { since: T, newest: T + 3600, watching: {}, done: {} };
		expect(readFloor(state)).toBe(T + 3600 - RESCAN_MARGIN_S);
		expect(readFloor({ ...state, watching: { a: T - 86_400 } })).toBe(T - 86_400);
	});

	it('reads the lookback on the first poll', () => {
		expect(firstFloor(T)).toBe(T - START_LOOKBACK_HOURS * 3600);
	});
});

describe('startState', () => {
	it('watches the running tasks of the lookback, passes over the finished and the older ones', () => {
		const old = T - START_LOOKBACK_HOURS * 3600 - 1;
		const { state, finished } = startState(
			[task('run', T, false), task('ok', T - 10, true), task('ancient', old, false)],
			false,
		);
		expect(finished).toEqual([]);
		expect(state).toEqual({ since: T, newest: T, watching: { run: T }, done: { ok: T - 10 } });
	});

	it('gives the finished ones oldest first with emitExisting', () => {
		const { finished } = startState(
			[task('b', T, true), task('a', T - 10, true), task('run', T - 5, false)],
			true,
		);
		expect(finished).toEqual(['a', 'b']);
	});

	it('starts from 0 on an empty list', () => {
		expect(startState([], false).state).toEqual({ since: 0, newest: 0, watching: {}, done: {} });
	});
});

describe('nextState', () => {
	const start: PollState = {
		since: T,
		newest: T,
		watching: { run: T - 100 },
		done: { ok: T - 50 },
	};

	it('emits a watched task that finished and a new one, once each; watches a new running one', () => {
		const first = nextState(start, [
			task('run', T - 100, true),
			task('ok', T - 50, true),
			task('new', T + 10, true),
			task('new-run', T + 20, false),
		]);
		expect(first.finished).toEqual(['run', 'new']);
		expect(first.state.watching).toEqual({ 'new-run': T + 20 });
		expect(first.state.newest).toBe(T + 20);
		const again = nextState(first.state, [task('run', T - 100, true), task('new', T + 10, true)]);
		expect(again.finished).toEqual([]);
	});

	it('passes over a finished task it never watched from before `since`', () => {
		expect(nextState(start, [task('unseen', T - 1, true)]).finished).toEqual([]);
	});

	it('forgets watched tasks Chanjing no longer has', () => {
		expect(nextState(start, [], ['run']).state.watching).toEqual({});
	});

	it('keeps a task without a creation time at the newest time seen', () => {
		const { state } = nextState(start, [task('odd', Number.NaN, false)]);
		expect(state.watching.odd).toBe(T);
	});
});

describe('the state is bounded', () => {
	it(`watches at most ${MAX_WATCHED} tasks (the newest) and none older than ${MAX_WATCH_AGE_S / 86_400} days`, () => {
		const running = Array.from({ length: MAX_WATCHED + 100 }, (_, i) =>
			task(`r${i}`, T + i, false),
		);
		const { state } = startState(running, false);
		expect(Object.keys(state.watching)).toHaveLength(MAX_WATCHED);
		expect(state.watching.r0).toBeUndefined();
		expect(state.watching[`r${MAX_WATCHED + 99}`]).toBeDefined();

		const later = nextState(
			{
				since: T,
				newest: T,
				watching: { stale: T - MAX_WATCH_AGE_S - 1, fresh: T - 10 },
				done: {},
			},
			[],
		);
		expect(later.state.watching).toEqual({ fresh: T - 10 });
	});

	it(`remembers at most ${MAX_DONE} finished tasks, and none below what the next poll reads`, () => {
		const many = Array.from({ length: MAX_DONE + 500 }, (_, i) => task(`d${i}`, T, true));
		const { state } = nextState({ since: T, newest: T, watching: {}, done: {} }, many);
		expect(Object.keys(state.done)).toHaveLength(MAX_DONE);

		const old = nextState(
			{ since: T, newest: T + 86_400, watching: {}, done: { old: T, recent: T + 86_000 } },
			[],
		);
		expect(old.state.done).toEqual({ recent: T + 86_000 });
	});

	it('stays the same size over many polls of a busy account', () => {
		let state = startState([], false).state;
		for (let poll = 1; poll <= 200; poll++) {
			const made = Array.from({ length: 30 }, (_, i) => task(`p${poll}-${i}`, T + poll * 60, true));
			state = nextState(state, made).state;
		}
		const size = JSON.stringify(state).length;
		expect(Object.keys(state.done).length).toBeLessThanOrEqual(MAX_DONE);
		expect(size).toBeLessThan(100_000);
	});
});
