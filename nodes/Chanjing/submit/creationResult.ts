import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { itemMemory } from '../memory/itemMemory';
import type { TaskAdapter } from '../task/adapter';

/**
 * postReceive of a create (a paid submit): the answer's `data` holds the new task's ID, as the
 * adapter reads it. Anything else (no `data`, null, "", an object) is not trusted: the task may
 * exist and be paid, so the error is marked as an unknown outcome and the submit step looks
 * the task up.
 */
export function toCreationResult(adapter: TaskAdapter): PostReceiveAction {
	return async function toSubmittedTask(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body as ChanjingEnvelope;
		itemMemory(this).createAnswerDate = response.headers?.date;
		const traceId = String(body.trace_id ?? '');
		const id = adapter.submittedId(body.data);
		if (id === undefined) {
			const shown = 'data' in body ? JSON.stringify(body.data) : 'no data';
			const error = new NodeApiError(
				this.getNode(),
				{ code: Number(body.code), msg: String(body.msg ?? ''), trace_id: traceId },
				{
					message: `Chanjing accepted the ${adapter.noun} (code ${Number(body.code)}) but answered without a ${adapter.idName} (${shown})`,
					description: `A paid task may exist. Chanjing's answer: code ${Number(body.code)}, msg "${String(body.msg ?? '')}", trace_id ${traceId || 'none'}.`,
					httpCode: String(Number(body.code)),
					itemIndex: this.getItemIndex(),
				},
			);
			error.context.unknownOutcome = true;
			throw error;
		}
		return [{ json: { [adapter.idField]: id, traceId } }];
	};
}
