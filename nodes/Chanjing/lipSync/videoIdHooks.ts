import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { badInputError } from '../input/problem';
import { checkId, locatorValue } from '../lookups/pickerFields';
import { itemMemory } from '../memory/itemMemory';
import { toLipSyncTask } from './task';

function videoIdOf(context: IExecuteSingleFunctions): string {
	const id = locatorValue(context, 'videoId');
	const problem = checkId('Video ID', id);
	if (problem) throw badInputError(context, problem);
	return String(id).trim();
}

/** preSend of Get: `?id=` with the Video ID, trimmed and checked. */
export async function lipSyncIdQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, qs: { id: videoIdOf(this) } };
}

/** postReceive of Get: the video, checked to be one (the record kept for Simplify off). */
export async function toLipSyncResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (response.body as ChanjingEnvelope).data;
	if (typeof data !== 'object' || data === null || !('status' in data)) {
		throw new NodeOperationError(this.getNode(), "Chanjing's lip-sync video answer is incomplete", {
			itemIndex: this.getItemIndex(),
			description: `It has no status. Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
		});
	}
	const raw = data as IDataObject;
	itemMemory(this).rawTask = raw;
	return [{ json: { videoId: videoIdOf(this), ...toLipSyncTask(raw) } }];
}
