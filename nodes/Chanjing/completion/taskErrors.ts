import type { IExecuteSingleFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';

/**
 * Errors after a task was made (a status check that keeps failing, a timeout, a download): the
 * task exists and may be paid, so the message itself names its ID (later nodes read only
 * `{ error: message }`) and the description says to fetch it with Get, never to create it again.
 * A task that ended as failed is not one of them: its own error says what it cost.
 */

type NodeError = NodeApiError | NodeOperationError;

function operationLabel(ctx: IExecuteSingleFunctions): string {
	const operation = String(ctx.getNodeParameter('operation', '') || 'create');
	return operation.charAt(0).toUpperCase() + operation.slice(1);
}

/** What to do with a task that exists: fetch it with Get; do not run the create again. */
export function fetchWithGetHint(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	id: string,
): string {
	const operation = operationLabel(ctx);
	const again =
		operation === 'Get'
			? ''
			: ` Do not run ${operation} again for this item: it would pay for a second ${adapter.taskName}.`;
	return `The ${adapter.taskName} exists at Chanjing: fetch it with the Get operation and ${adapter.idName} ${id}.${again}`;
}

/** Marks the error of a task that ended as failed: it needs no fetch hint. */
export function markTaskEnded<E extends NodeError>(error: E): E {
	error.context.taskEnded = true;
	return error;
}

/** The error, with the task's ID in its message and the fetch hint in its description. */
export function namingTheTask(
	ctx: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	id: string,
	error: unknown,
): NodeError {
	const nodeError =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex: ctx.getItemIndex() });
	if (nodeError.context.taskEnded) return nodeError;
	if (!nodeError.message.includes(id))
		nodeError.message = `${nodeError.message} (${adapter.idName} ${id})`;
	const hint = fetchWithGetHint(ctx, adapter, id);
	const description = String(nodeError.description ?? '');
	if (!description.includes(hint))
		nodeError.description = description ? `${description} ${hint}` : hint;
	return nodeError;
}
