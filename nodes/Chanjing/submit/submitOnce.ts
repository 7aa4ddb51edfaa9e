import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { baseUrlOf, CREDENTIAL_TYPE } from '../api/credential';
import { itemMemory } from '../memory/itemMemory';
import { learnFromDateHeader } from '../transport/chanjingClock';
import { submitOutcome } from '../transport/outcome';
import { pacerFor } from '../transport/pacer';
import { recordCreatedTask } from '../routing/runTasks';
import { recoverSubmit } from './recovery';
import { rememberedSubmit, rememberSubmit, submitKey } from './rememberedSubmits';
import { requestTimeouts } from '../transport/timeouts';
import type { Send } from '../routing/runItem';
import type { TaskAdapter } from '../task/adapter';

/** How long and how often one item may be refused by the rate limit (40001) before it gives up. */
export const rateLimitBudget = { maxRefusals: 12, maxMs: 10 * 60 * 1000 };

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
		recordCreatedTask(ctx, earlier.creationId, adapter.idName);
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
		const sentAtMs = Date.now();
		try {
			const items = await send({ ...requestOptions, timeout: requestTimeouts.apiMs });
			const answeredAtMs = Date.now();
			pacer.admitted(startedAt);
			const json = items[0].json;
			rememberSubmit(key, String(json[adapter.idField]), String(json.traceId ?? ''), {
				sentAtMs,
				answeredAtMs,
			});
			const baseUrl = baseUrlOf(await ctx.getCredentials(CREDENTIAL_TYPE));
			learnFromDateHeader(baseUrl, itemMemory(ctx).createAnswerDate, sentAtMs, answeredAtMs);
			recordCreatedTask(ctx, String(json[adapter.idField]), adapter.idName);
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
			const items = await recoverSubmit(ctx, adapter, body, sentAtMs, error);
			rememberSubmit(key, String(items[0].json[adapter.idField]));
			recordCreatedTask(ctx, String(items[0].json[adapter.idField]), adapter.idName);
			return items;
		}
	}
}
