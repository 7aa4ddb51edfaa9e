import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { taskNoun } from '../aiCreation/task';

/** A creation ID as Chanjing issues them: a non-empty string of ID characters. */
export function isCreationId(value: unknown): value is string {
	return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(value.trim());
}

/**
 * postReceive of Generate: the submit answer's `data` is the creation ID. Anything else (no
 * `data`, null, "", an object) is not trusted: the task may exist and be paid, so the error is
 * marked as an unknown outcome and the submit step looks the task up.
 */
export async function toCreationResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as ChanjingEnvelope;
	const traceId = String(body.trace_id ?? '');
	if (!isCreationId(body.data)) {
		const shown = 'data' in body ? JSON.stringify(body.data) : 'no data';
		const error = new NodeApiError(
			this.getNode(),
			{ code: Number(body.code), msg: String(body.msg ?? ''), trace_id: traceId },
			{
				message: `Chanjing accepted the ${taskNoun(this)} (code ${Number(body.code)}) but answered without a creation ID (${shown})`,
				description: `A paid task may exist. Chanjing's answer: code ${Number(body.code)}, msg "${String(body.msg ?? '')}", trace_id ${traceId || 'none'}.`,
				httpCode: String(Number(body.code)),
				itemIndex: this.getItemIndex(),
			},
		);
		error.context.unknownOutcome = true;
		throw error;
	}
	return [{ json: { creationId: body.data.trim(), traceId } }];
}
