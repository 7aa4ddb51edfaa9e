import type { IDataObject } from 'n8n-workflow';

import {
	MAX_DONE,
	MAX_WATCH_AGE_S,
	MAX_WATCHED,
	RESCAN_MARGIN_S,
	START_LOOKBACK_HOURS,
} from './limits';

/**
 * What a poll keeps of one product's task list (in the node's static data, `polled.<product>`).
 * Times are Chanjing's creation times (Unix s), never n8n's clock: the two clocks may differ.
 * - `since`: tasks made from then on are new; an older task is emitted only if it was watched.
 * - `newest`: the newest creation time seen; the next poll reads the list down to it, less a
 *   margin, and down to the oldest watched task.
 * - `watching`: tasks seen running (ID → creation time), emitted when they finish.
 * - `done`: finished tasks already emitted or passed over (ID → creation time), so that a list
 *   read again emits none twice; forgotten once below what the next poll reads.
 * n8n saves static data after a poll that emits and after activation; a poll that emits nothing
 * keeps its state in memory only. After a restart the poll goes on from the last saved state:
 * it reads further back and `done` keeps it from emitting anything twice.
 */
export interface PollState {
	since: number;
	newest: number;
	watching: Record<string, number>;
	done: Record<string, number>;
}

/** A listed task as the poll sees it. */
export interface ListedTask {
	id: string;
	createdAtS: number;
	finished: boolean;
}

function times(value: unknown): Record<string, number> {
	const out: Record<string, number> = {};
	if (typeof value !== 'object' || value === null) return out;
	for (const [id, at] of Object.entries(value as IDataObject)) {
		if (typeof at === 'number' && Number.isFinite(at)) out[id] = at;
	}
	return out;
}

/** The saved state, or undefined when there is none (or it is not one this code wrote). */
export function readPollState(value: unknown): PollState | undefined {
	const v = (value ?? {}) as IDataObject;
	if (typeof v.since !== 'number' || typeof v.newest !== 'number') return undefined;
	return { since: v.since, newest: v.newest, watching: times(v.watching), done: times(v.done) };
}

/** How far down (creation time) this poll reads the list: below it nothing new can be. */
export function readFloor(state: PollState): number {
	return Math.min(state.newest - RESCAN_MARGIN_S, ...Object.values(state.watching));
}

/** How far down the first poll reads: running tasks made in the lookback are watched. */
export function firstFloor(newestListed: number): number {
	return newestListed - START_LOOKBACK_HOURS * 3600;
}

export interface Classified {
	state: PollState;
	/** IDs of tasks that finished and are new to the trigger, oldest first. */
	finished: string[];
}

function newestOf(tasks: ListedTask[], fallback: number): number {
	const known = tasks.map((t) => t.createdAtS).filter(Number.isFinite);
	return known.length > 0 ? Math.max(fallback, ...known) : fallback;
}

function oldestFirst(entries: Array<[string, number]>): Array<[string, number]> {
	return entries.sort((a, b) => a[1] - b[1]);
}

/** Keeps the newest `max` entries at or above `floor`. */
function bounded(record: Record<string, number>, floor: number, max: number) {
	const kept = oldestFirst(Object.entries(record).filter(([, at]) => at >= floor));
	return Object.fromEntries(kept.slice(Math.max(0, kept.length - max)));
}

/**
 * The first poll: `since` is the newest creation time listed (an empty list: 0, since every
 * task that shows later is new — no n8n clock is needed); running tasks are watched; finished
 * ones are passed over — or, with `emitExisting`, they are the poll's finished tasks.
 */
export function startState(tasks: ListedTask[], emitExisting: boolean): Classified {
	const newest = newestOf(tasks, -Infinity);
	const since = Number.isFinite(newest) ? newest : 0;
	const state: PollState = { since, newest: since, watching: {}, done: {} };
	const floor = firstFloor(state.newest);
	const finished: string[] = [];
	for (const task of tasks) {
		const at = Number.isFinite(task.createdAtS) ? task.createdAtS : state.newest;
		if (at < floor) continue;
		if (!task.finished) state.watching[task.id] = at;
		else {
			state.done[task.id] = at;
			if (emitExisting) finished.push(task.id);
		}
	}
	return { state: tidy(state), finished: sortByTime(finished, state.done) };
}

function sortByTime(ids: string[], at: Record<string, number>): string[] {
	return ids.sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
}

/**
 * A later poll: a finished task is new when it was watched or made since `since`, and not done
 * already; a running one is watched. A task below what the poll reads (its floor) that is not
 * watched is known already, whatever the page shows of it. `gone` are watched tasks Chanjing
 * no longer has.
 */
export function nextState(
	previous: PollState,
	tasks: ListedTask[],
	gone: string[] = [],
): Classified {
	const floor = readFloor(previous);
	const state: PollState = {
		since: previous.since,
		newest: newestOf(tasks, previous.newest),
		watching: { ...previous.watching },
		done: { ...previous.done },
	};
	for (const id of gone) delete state.watching[id];
	const finished: string[] = [];
	for (const task of tasks) {
		if (state.done[task.id] !== undefined) continue;
		const watched = state.watching[task.id];
		const at = Number.isFinite(task.createdAtS) ? task.createdAtS : (watched ?? state.newest);
		if (watched === undefined && at < floor) continue;
		if (!task.finished) {
			state.watching[task.id] = at;
			continue;
		}
		if (watched === undefined && at < state.since) continue;
		delete state.watching[task.id];
		state.done[task.id] = at;
		finished.push(task.id);
	}
	return { state: tidy(state), finished: sortByTime(finished, state.done) };
}

/** Drops what no later poll needs and bounds the rest. */
function tidy(state: PollState): PollState {
	const watching = bounded(state.watching, state.newest - MAX_WATCH_AGE_S, MAX_WATCHED);
	const floor = readFloor({ ...state, watching });
	return { ...state, watching, done: bounded(state.done, floor, MAX_DONE) };
}
