import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { assertChanjingSuccess } from '../api/envelope';

/**
 * postReceive, first for every operation: Chanjing answers HTTP 200 even on failure, so
 * `code != 0` (and any HTTP error, which requestDefaults lets through) stops the item here.
 */
export async function throwOnChanjingError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	assertChanjingSuccess(this.getNode(), response, this.getItemIndex());
	return items;
}
