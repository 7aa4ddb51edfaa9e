import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { isFinished } from '../task/adapter';
import { chanjingRequest } from '../transport/request';
import { MAX_DETAILS_PER_POLL, MAX_PAGES_PER_POLL } from './limits';
import {
	type Classified,
	firstFloor,
	type ListedTask,
	nextState,
	type PollState,
	readFloor,
	startState,
} from './pollState';
import type { TriggerProduct } from './products';
import { meansNoSuchTask } from './verify';

export interface ProductPoll {
	state: PollState;
	/** Chanjing's records of the tasks that finished since the last poll, oldest first. */
	finished: IDataObject[];
}

/**
 * Reads the product's task list, newest first, down to what the poll must see: the newest
 * creation time seen less a margin and the oldest watched task (the first poll: its lookback),
 * at most MAX_PAGES_PER_POLL pages.
 */
async function readList(
	ctx: IPollFunctions,
	product: TriggerProduct,
	previous: PollState | undefined,
	nowS: number,
): Promise<Map<string, IDataObject>> {
	const { adapter } = product;
	const { reconcile } = adapter;
	const listRequest = adapter.trigger.listRequest!;
	const listed = new Map<string, IDataObject>();
	let floor = previous ? readFloor(previous) : undefined;
	for (let page = 1; page <= MAX_PAGES_PER_POLL; page++) {
		const { data } = await chanjingRequest.call(
			ctx,
			listRequest(page),
			` (page ${page} of the ${product.name} task list)`,
		);
		const { tasks, totalPages } = reconcile.readPage(data);
		for (const raw of tasks) listed.set(reconcile.idOf(raw), raw);
		if (floor === undefined) {
			const created = tasks.map((t) => reconcile.createdAtS(t)).filter(Number.isFinite);
			floor = firstFloor(created.length > 0 ? Math.max(...created) : nowS);
		}
		const last = tasks.at(-1);
		if (!last || page >= totalPages || reconcile.createdAtS(last) < floor) break;
	}
	return listed;
}

/**
 * Watched tasks the list did not show (beyond the pages read, or gone): their details, at most
 * MAX_DETAILS_PER_POLL, oldest first. Returns the IDs Chanjing no longer has.
 */
async function readMissing(
	ctx: IPollFunctions,
	product: TriggerProduct,
	previous: PollState,
	listed: Map<string, IDataObject>,
): Promise<string[]> {
	const { adapter } = product;
	const missing = Object.entries(previous.watching)
		.filter(([id]) => !listed.has(id))
		.sort((a, b) => a[1] - b[1])
		.slice(0, MAX_DETAILS_PER_POLL)
		.map(([id]) => id);
	const gone: string[] = [];
	for (const id of missing) {
		// Chanjing's errors are already n8n's (NodeApiError); only "no such task" is read here.
		const asked = await chanjingRequest
			.call(ctx, adapter.detailRequest(id), ` (${adapter.idName} ${id})`)
			.then(
				({ data }) => ({ raw: (data ?? {}) as IDataObject, error: undefined }),
				(error: unknown) => ({ raw: undefined, error }),
			);
		if (asked.raw && adapter.trigger.taskIdIn(asked.raw) === id) listed.set(id, asked.raw);
		else if (asked.raw || meansNoSuchTask(asked.error)) gone.push(id);
		else throw asked.error;
	}
	return gone;
}

/** One poll of one product: what finished since the last poll, and the state to keep. */
export async function pollProduct(
	this: IPollFunctions,
	product: TriggerProduct,
	previous: PollState | undefined,
	{ nowS, emitExisting }: { nowS: number; emitExisting: boolean },
): Promise<ProductPoll> {
	const { adapter } = product;
	const listed = await readList(this, product, previous, nowS);
	const gone = previous ? await readMissing(this, product, previous, listed) : [];
	const tasks: ListedTask[] = [...listed].map(([id, raw]) => ({
		id,
		createdAtS: adapter.reconcile.createdAtS(raw),
		finished: isFinished(adapter.toTask(raw).status),
	}));
	const classified: Classified = previous
		? nextState(previous, tasks, gone)
		: startState(tasks, emitExisting);
	return {
		state: classified.state,
		finished: classified.finished.map((id) => listed.get(id)!),
	};
}
