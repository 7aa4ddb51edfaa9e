import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { itemMemory } from '../memory/itemMemory';
import { isTimeout, submitOutcome } from '../transport/outcome';
import { pacerFor } from '../transport/pacer';
import { findSubmittedTasks } from './reconcile';
import { unlistedOutcomeError } from './unlistedOutcome';
import { knownCreationIds, rememberedSubmit, rememberSubmit, submitKey } from './rememberedSubmits';
import { requestTimeouts } from '../transport/timeouts';
import type { Send } from '../routing/runItem';
import type { TaskAdapter } from '../task/adapter';

/** How long and how often one item may be refused by the rate limit (40001) before it gives up. */
export const rateLimitBudget = { maxRefusals: 12, maxMs: 10 * 60 * 1000 };

function describeFailure(error: unknown): string {
	const e = error as { message?: string; description?: string };
	return [e.message, e.description].filter(Boolean).join(' ');
}

function rateLimitExhausted(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	refusals: number,
	sinceMs: number,
): NodeOperationError {
	const seconds = Math.round((Date.now() - sinceMs) / 1000);
	return new NodeOperationError(
		ctx.getNode(),
		`Chanjing's rate limit (code 40001) refused this ${adapter.noun} ${refusals} times in ${seconds} s; the node gave up`,
		{
			itemIndex: ctx.getItemIndex(),
			description:
				'Nothing was created for this item (Chanjing creates no task when it answers 40001), so running it again is safe. The node already spaces requests that share a credential; send fewer items at once or ask Chanjing for a higher limit.',
		},
	);
}

/** The item after a lookup: the one matching task, or an error that says what to do. */
async function reconcile(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sentAtMs: number,
	failure: unknown,
): Promise<INodeExecutionData[]> {
	const why = isTimeout(failure)
		? `the submit timed out after ${Math.round(requestTimeouts.apiMs / 1000)} s`
		: `the submit's answer was lost or unusable (${describeFailure(failure).slice(0, 300)})`;
	const lookup = adapter.reconcile;
	if (lookup.unlisted) throw unlistedOutcomeError(ctx, adapter, body, sentAtMs, why);
	let found: IDataObject[];
	try {
		found = await findSubmittedTasks(ctx, adapter, body, sentAtMs, knownCreationIds());
	} catch (lookupError) {
		throw new NodeOperationError(
			ctx.getNode(),
			`A paid ${adapter.taskName} may exist: ${why}, and the task list could not be checked`,
			{
				itemIndex: ctx.getItemIndex(),
				description: `Do not run this item again before you look: Get Many lists your tasks; look for ${lookup.lookFor(body)} created after ${new Date(sentAtMs).toISOString()}. The check failed with: ${describeFailure(lookupError).slice(0, 300)}`,
			},
		);
	}
	if (found.length === 1) {
		const id = lookup.idOf(found[0]);
		return [
			{ json: { [adapter.idField]: id, traceId: '', recovered: true, recoveredBecause: why } },
		];
	}
	if (found.length > 1) {
		const ids = found.map(lookup.idOf);
		throw new NodeApiError(
			ctx.getNode(),
			{ [`${adapter.idField}s`]: ids.join(', ') },
			{
				message: `A paid ${adapter.taskName} was probably created, but ${ids.length} tasks match this item: ${ids.join(', ')}`,
				description: `${why}. The task list has ${ids.length} tasks with the same ${lookup.matchedFields} created since just before the submit; the node does not guess which one is this item's. Use Get with one of these ${adapter.idName}s; do not run this item again.`,
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	throw new NodeOperationError(
		ctx.getNode(),
		`No ${adapter.taskName} was created for this item: ${why}, and no matching task is in the task list`,
		{
			itemIndex: ctx.getItemIndex(),
			description: `The node looked in Chanjing's task list twice for a task with this ${lookup.matchedFields} created since just before the submit and found none, so running this item again is safe (n8n's Retry On Fail does so; items that already succeeded are not sent again).`,
		},
	);
}

/**
 * The `send` of Generate: a submit is paid, so it is sent at most once per outcome.
 * - An identical submit of this item that already succeeded in this execution (n8n's Retry On
 *   Fail runs the node again) returns its creation ID without sending.
 * - 40001 (nothing was created): sent again when the credential's pacer allows, within a budget.
 * - Unknown outcome (lost answer, timeout, proxy 5xx page, 50000, no creation ID): never sent
 *   again; the task list says whether the task exists.
 */
export function submitOnce(adapter: TaskAdapter) {
	return async function submitAtMostOnce(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
		send: Send,
	): Promise<INodeExecutionData[]> {
		return await submit(this, adapter, requestOptions, send);
	};
}

async function submit(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	requestOptions: IHttpRequestOptions,
	send: Send,
): Promise<INodeExecutionData[]> {
	const body = requestOptions.body as IDataObject;
	itemMemory(ctx).noun = adapter.noun;
	const key = submitKey(ctx, body);
	const earlier = rememberedSubmit(key);
	if (earlier) {
		return [
			{
				json: {
					[adapter.idField]: earlier.creationId,
					traceId: earlier.traceId,
					sentInEarlierTry: true,
				},
			},
		];
	}
	const pacer = pacerFor(ctx);
	const firstTryAt = Date.now();
	for (let refusals = 0; ; ) {
		const startedAt = await pacer.turn();
		try {
			const items = await send({ ...requestOptions, timeout: requestTimeouts.apiMs });
			pacer.admitted(startedAt);
			const json = items[0].json;
			rememberSubmit(key, String(json[adapter.idField]), String(json.traceId ?? ''));
			return items;
		} catch (error) {
			const outcome = submitOutcome(error);
			if (outcome === 'rateLimited') {
				pacer.refused(startedAt);
				refusals += 1;
				if (
					refusals >= rateLimitBudget.maxRefusals ||
					Date.now() - firstTryAt > rateLimitBudget.maxMs
				) {
					throw rateLimitExhausted(ctx, adapter, refusals, firstTryAt);
				}
				continue;
			}
			if (outcome !== 'unknown') throw new NodeApiError(ctx.getNode(), error as JsonObject);
			pacer.admitted(startedAt);
			const items = await reconcile(ctx, adapter, body, startedAt, error);
			rememberSubmit(key, String(items[0].json[adapter.idField]));
			return items;
		}
	}
}
