import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { assertChanjingSuccess } from '../api/envelope';
import { itemMemory } from '../memory/itemMemory';

/**
 * postReceive, first for every operation: Chanjing answers HTTP 200 even on failure, so
 * `code != 0` (and any HTTP error, which requestDefaults lets through) stops the item here,
 * explained in the words of the item's product when its create said what it makes.
 */
export async function throwOnChanjingError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const { noun } = itemMemory(this);
	assertChanjingSuccess(this.getNode(), response, this.getItemIndex(), '', noun);
	return items;
}
