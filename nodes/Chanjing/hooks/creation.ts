import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { ChanjingEnvelope } from '../shared/envelope';

/** postReceive of Generate: the submit answer's `data` is the creation ID. */
export async function toCreationResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as ChanjingEnvelope;
	return [{ json: { creationId: String(body.data), traceId: String(body.trace_id ?? '') } }];
}
