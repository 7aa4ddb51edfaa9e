import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';
import { isTimeout } from '../transport/outcome';
import { requestTimeouts } from '../transport/timeouts';
import { knownCreationIds } from './rememberedSubmits';
import { findSubmittedTasks, type SubmitSearch } from './reconcile';
import { placeInWindow } from './submitWindow';
import { unlistedOutcomeError } from './unlistedOutcome';

/**
 * The item after a submit whose outcome is unknown: the product's task list says whether the
 * submit made a task. A task made before the submit left (by Chanjing's clock) is never this
 * item's, whatever its input; exactly one task made since → the item's (`recovered: true`);
 * none → no task was made and a retry is safe; several, or one the clock cannot place → an
 * error listing them, never a guess.
 */

function describeFailure(error: unknown): string {
	const e = error as { message?: string; description?: string };
	return [e.message, e.description].filter(Boolean).join(' ');
}

function timeOf(adapter: TaskAdapter, task: IDataObject): string {
	const seconds = adapter.reconcile.createdAtS(task);
	return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : 'an unknown time';
}

function listed(adapter: TaskAdapter, tasks: IDataObject[]): string {
	return tasks
		.map((t) => `${adapter.reconcile.idOf(t)} (created ${timeOf(adapter, t)})`)
		.join(', ');
}

/** The sentence on identical tasks made before the submit left, which were not counted. */
function earlierNote(adapter: TaskAdapter, search: SubmitSearch): string {
	if (search.earlier.length === 0) return '';
	const shown = search.earlier.slice(0, 5);
	const more = search.earlier.length - shown.length;
	return ` Tasks with the same ${adapter.reconcile.matchedFields} made before this submit left (by Chanjing's clock) belong to earlier runs and were not counted: ${listed(adapter, shown)}${more > 0 ? ` and ${more} more` : ''}.`;
}

function whyUnknown(failure: unknown): string {
	return isTimeout(failure)
		? `the submit timed out after ${Math.round(requestTimeouts.apiMs / 1000)} s`
		: `the submit's answer was lost or unusable (${describeFailure(failure).slice(0, 300)})`;
}

export async function recoverSubmit(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	body: IDataObject,
	sentAtMs: number,
	failure: unknown,
): Promise<INodeExecutionData[]> {
	const why = whyUnknown(failure);
	const lookup = adapter.reconcile;
	if (lookup.unlisted) throw unlistedOutcomeError(ctx, adapter, body, sentAtMs, why);
	const sentAt = new Date(sentAtMs).toISOString();
	let search: SubmitSearch;
	try {
		search = await findSubmittedTasks(ctx, adapter, body, sentAtMs, knownCreationIds());
	} catch (lookupError) {
		throw new NodeOperationError(
			ctx.getNode(),
			`A paid ${adapter.taskName} may exist: ${why}, and the task list could not be checked`,
			{
				itemIndex: ctx.getItemIndex(),
				description: `Do not run this item again before you look: Get Many lists your tasks; look for ${lookup.lookFor(body)} created after ${sentAt}. The check failed with: ${describeFailure(lookupError).slice(0, 300)}`,
			},
		);
	}
	const { candidates, window } = search;
	if (candidates.length === 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`No ${adapter.taskName} was created for this item: ${why}, and no matching task is in the task list`,
			{
				itemIndex: ctx.getItemIndex(),
				description: `The node looked in Chanjing's task list twice for a task with this ${lookup.matchedFields} created since this submit left (${sentAt}) and found none, so running this item again is safe (n8n's Retry On Fail does so; items that already succeeded are not sent again).${earlierNote(adapter, search)}`,
			},
		);
	}
	const ids = candidates.map(lookup.idOf);
	if (candidates.length === 1) {
		const place = placeInWindow(lookup.createdAtS(candidates[0]), window);
		const placed =
			place === 'after' || (window.clockKnown && Number.isFinite(lookup.createdAtS(candidates[0])));
		if (placed) {
			return [
				{
					json: { [adapter.idField]: ids[0], traceId: '', recovered: true, recoveredBecause: why },
				},
			];
		}
		throw new NodeApiError(
			ctx.getNode(),
			{ [`${adapter.idField}s`]: ids[0] },
			{
				message: `A paid ${adapter.taskName} may exist, but the node cannot tell whether task ${ids[0]} is this item's or an earlier one: ${why}`,
				description: `Task ${listed(adapter, candidates)} has the same ${lookup.matchedFields}. This submit left at ${sentAt} (this machine's clock), and Chanjing's answers did not show its clock closely enough (no usable Date header or creation time) to tell whether that task was made before (by another run with the same input) or by this submit. Check with Get and ${adapter.idName} ${ids[0]}, and with Get Many for tasks created after ${sentAt}; run this item again only if none of them is its own.${earlierNote(adapter, search)}`,
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	throw new NodeApiError(
		ctx.getNode(),
		{ [`${adapter.idField}s`]: ids.join(', ') },
		{
			message: `A paid ${adapter.taskName} was probably created, but ${ids.length} tasks match this item: ${ids.join(', ')}`,
			description: `${why}. The task list has ${ids.length} tasks with the same ${lookup.matchedFields} created since this submit left (${sentAt}): ${listed(adapter, candidates)}. The node does not guess which one is this item's (another run may have sent the same input at the same time). Use Get with one of these ${adapter.idName}s; do not run this item again.${earlierNote(adapter, search)}`,
			itemIndex: ctx.getItemIndex(),
		},
	);
}
