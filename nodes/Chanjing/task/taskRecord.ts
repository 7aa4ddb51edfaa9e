import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { itemMemory } from '../memory/itemMemory';

/**
 * The record a Get's answer carries, checked to be one (it has a status) and kept as Chanjing
 * sent it for Simplify off. `noun` names the record in the error: "custom avatar".
 */
export function checkedTaskRecord(
	context: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	noun: string,
): IDataObject {
	const data = (response.body as ChanjingEnvelope).data;
	if (typeof data !== 'object' || data === null || !('status' in data)) {
		throw new NodeOperationError(context.getNode(), `Chanjing's ${noun} answer is incomplete`, {
			itemIndex: context.getItemIndex(),
			description: `It has no status. Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
		});
	}
	const raw = data as IDataObject;
	itemMemory(context).rawTask = raw;
	return raw;
}
