import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';
import { chanjingRequest } from '../transport/request';
import { requestTimeouts } from '../transport/timeouts';

/**
 * How the task list is searched after a submit with an unknown outcome. Chanjing's clock and
 * ours may differ: tasks created up to `clockSkewS` before the submit count. A search that
 * finds nothing looks once more after `recheckAfterMs` (the task may be recorded late).
 */
export const reconcileTiming = { clockSkewS: 120, recheckAfterMs: 3000, maxPages: 10 };

async function searchOnce(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sinceS: number,
): Promise<IDataObject[]> {
	const lookup = adapter.reconcile;
	const found: IDataObject[] = [];
	for (let page = 1; page <= reconcileTiming.maxPages; page++) {
		const answer = await chanjingRequest.call(ctx, {
			...lookup.listRequest(body, page),
			timeout: requestTimeouts.apiMs,
		});
		const { tasks, totalPages } = lookup.readPage(answer.data);
		let olderSeen = false;
		for (const task of tasks) {
			if (lookup.createdAtS(task) < sinceS) olderSeen = true;
			else if (lookup.matches(task, body)) found.push(task);
		}
		if (olderSeen || tasks.length < lookup.pageSize || page >= totalPages) break;
	}
	return found;
}

/**
 * The tasks that a submit of `body`, sent at `sentAtMs`, may have made: matching tasks of the
 * product's task list created since shortly before, minus those already known to belong to an
 * item.
 */
export async function findSubmittedTasks(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sentAtMs: number,
	taken: Set<string>,
): Promise<IDataObject[]> {
	const sinceS = Math.floor(sentAtMs / 1000) - reconcileTiming.clockSkewS;
	const idOf = adapter.reconcile.idOf;
	const search = async () =>
		(await searchOnce(ctx, adapter, body, sinceS)).filter((t) => !taken.has(idOf(t)));
	const found = await search();
	if (found.length > 0) return found;
	await sleep(reconcileTiming.recheckAfterMs);
	return await search();
}
