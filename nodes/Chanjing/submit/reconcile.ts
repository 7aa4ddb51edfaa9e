import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { baseUrlOf, CREDENTIAL_TYPE } from '../api/credential';
import { processMemory } from '../memory/processMemory';
import type { TaskAdapter } from '../task/adapter';
import { chanjingClockOffset, learnFromCreateTime } from '../transport/chanjingClock';
import { chanjingRequest } from '../transport/request';
import { requestTimeouts } from '../transport/timeouts';
import { placeInWindow, type SubmitWindow, submitWindow } from './submitWindow';

/**
 * How the task list is searched after a submit with an unknown outcome. A search that finds
 * nothing looks once more after `recheckAfterMs` (the task may be recorded late).
 */
export const reconcileTiming = { recheckAfterMs: 3000, maxPages: 10 };

export interface SubmitSearch {
	/** Matching tasks no other item holds, created since the submit may have left, newest first. */
	candidates: IDataObject[];
	/** Matching tasks created before the submit left (by Chanjing's clock): never this item's. */
	earlier: IDataObject[];
	/** The window as the last page read left it. */
	window: SubmitWindow;
}

/** The tasks this process made and when their submits left and were answered, by ID. */
function answeredSubmits(): Map<string, { sentAtMs: number; answeredAtMs: number }> {
	const known = new Map<string, { sentAtMs: number; answeredAtMs: number }>();
	for (const { creationId, sentAtMs, answeredAtMs } of processMemory.submits.values()) {
		if (sentAtMs !== undefined && answeredAtMs !== undefined)
			known.set(creationId, { sentAtMs, answeredAtMs });
	}
	return known;
}

async function searchOnce(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sentAtMs: number,
	taken: Set<string>,
): Promise<SubmitSearch> {
	const lookup = adapter.reconcile;
	const baseUrl = baseUrlOf(await ctx.getCredentials(CREDENTIAL_TYPE));
	const ours = answeredSubmits();
	const read: IDataObject[] = [];
	let window = submitWindow(sentAtMs, chanjingClockOffset(baseUrl));
	for (let page = 1; page <= reconcileTiming.maxPages; page++) {
		// Each answer's Date header teaches Chanjing's clock (transport/request.ts) …
		const answer = await chanjingRequest.call(ctx, {
			...lookup.listRequest(body, page),
			timeout: requestTimeouts.apiMs,
		});
		const { tasks, totalPages } = lookup.readPage(answer.data);
		// … and so does the create_time of a task this process made.
		for (const task of tasks) {
			const submit = ours.get(lookup.idOf(task));
			if (submit)
				learnFromCreateTime(baseUrl, lookup.createdAtS(task), submit.sentAtMs, submit.answeredAtMs);
		}
		window = submitWindow(sentAtMs, chanjingClockOffset(baseUrl));
		read.push(...tasks);
		const olderSeen = tasks.some((t) => placeInWindow(lookup.createdAtS(t), window) === 'before');
		if (olderSeen || tasks.length < lookup.pageSize || page >= totalPages) break;
	}
	const matching = read.filter((t) => lookup.matches(t, body) && !taken.has(lookup.idOf(t)));
	const isEarlier = (t: IDataObject) => placeInWindow(lookup.createdAtS(t), window) === 'before';
	return {
		candidates: matching.filter((t) => !isEarlier(t)),
		earlier: matching.filter(isEarlier),
		window,
	};
}

/**
 * The tasks that a submit of `body`, sent at `sentAtMs` (this machine's clock), may have made:
 * matching tasks of the product's task list, minus those already known to belong to an item;
 * those created before the submit left, by Chanjing's clock as its answers show it, apart.
 */
export async function findSubmittedTasks(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sentAtMs: number,
	taken: Set<string>,
): Promise<SubmitSearch> {
	const found = await searchOnce(ctx, adapter, body, sentAtMs, taken);
	if (found.candidates.length > 0) return found;
	await sleep(reconcileTiming.recheckAfterMs);
	return await searchOnce(ctx, adapter, body, sentAtMs, taken);
}
