import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isTransientError } from '../transport/outcome';
import { chanjingRequest } from '../transport/request';
import { type FinishedTask, itemsOf } from './output';
import { pollProduct } from './pollScan';
import { readPollState } from './pollState';
import { readTriggerSettings, type TriggerSettings, wanted } from './settings';
import { takeTestItems } from './testCallbacks';

/** Where the poll keeps its state in the node's static data: product → PollState. */
const STATE = 'polled';

function createdAt(task: FinishedTask): number {
	const at = task.product.adapter.reconcile.createdAtS(task.raw);
	return Number.isFinite(at) ? at : Infinity;
}

/**
 * "Fetch Test Event": the newest finished task of each chosen product (first list page), with
 * the chosen outcome, as the trigger would emit it. The poll's state is left alone.
 */
async function sample(
	ctx: IPollFunctions,
	settings: TriggerSettings,
): Promise<INodeExecutionData[][]> {
	const found: FinishedTask[] = [];
	for (const product of settings.products) {
		const { adapter } = product;
		const { data } = await chanjingRequest.call(
			ctx,
			adapter.trigger.listRequest!(1),
			` (the ${product.name} task list)`,
		);
		const raw = adapter.reconcile
			.readPage(data)
			.tasks.find((t) => wanted(settings.outcome, String(adapter.toTask(t).status)));
		if (raw) found.push({ product, raw });
	}
	if (found.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'No finished task to show yet', {
			description: `The newest page of the ${settings.products.map((p) => p.name).join(', ')} task list has no task that ${settings.outcome === 'finished' ? 'finished' : settings.outcome}. Make one with the Chanjing node, or activate the workflow: it will start when a task finishes.`,
		});
	}
	return [await itemsOf.call(ctx, found, settings)];
}

/**
 * A poll (Polling mode): every chosen product's list is read for tasks that finished since the
 * last poll; one item per task (per image with Download), oldest first. A list that cannot be
 * read now (40001, Chanjing or the network down) is passed over with its state unchanged, so
 * its tasks come with a later poll; any other failure fails the poll. In Webhook mode the poll
 * does nothing (n8n polls every node that can), except in a test run (see testCallbacks.ts).
 */
export async function pollFinishedTasks(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const settings = readTriggerSettings(this);
	const manual = this.getMode() === 'manual';
	if (settings.mode === 'webhook') return manual ? takeTestItems(this) : null;
	if (settings.products.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Choose at least one product to poll', {
			description: "The field 'Products' is empty.",
		});
	}
	if (manual) return await sample(this, settings);

	const staticData = this.getWorkflowStaticData('node');
	const saved = (staticData[STATE] ?? {}) as IDataObject;
	const next: IDataObject = {};
	const finished: FinishedTask[] = [];
	const nowS = Math.floor(Date.now() / 1000);
	for (const product of settings.products) {
		const previous = readPollState(saved[product.value]);
		// Chanjing's errors are already n8n's (NodeApiError): one a later poll would meet again fails
		// this poll as it is; a passing one (40001, an outage) leaves the product's state as it was.
		const polled = await pollProduct
			.call(this, product, previous, { nowS, emitExisting: settings.emitExisting })
			.then(
				(result) => ({ result, error: undefined }),
				(error: unknown) => ({ result: undefined, error }),
			);
		if (polled.result) {
			next[product.value] = polled.result.state as unknown as IDataObject;
			finished.push(...polled.result.finished.map((raw) => ({ product, raw })));
			continue;
		}
		if (!isTransientError(polled.error)) throw polled.error;
		if (previous) next[product.value] = saved[product.value];
		this.logger.warn(
			`Chanjing Trigger: this poll passes over the ${product.name} task list, which could not be read; its tasks come with a later poll: ${(polled.error as Error).message}`,
		);
	}
	staticData[STATE] = next;
	const emitted = finished
		.filter((t) => wanted(settings.outcome, String(t.product.adapter.toTask(t.raw).status)))
		.sort((a, b) => createdAt(a) - createdAt(b));
	if (emitted.length === 0) return null;
	return [await itemsOf.call(this, emitted, settings)];
}
