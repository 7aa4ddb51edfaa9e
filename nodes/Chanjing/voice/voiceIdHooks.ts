import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { isBlank } from '../input/checks';
import { badInputError } from '../input/problem';
import { checkId, locatorValue } from '../lookups/pickerFields';
import { itemMemory } from '../memory/itemMemory';
import { toClonedVoiceTask } from './task';

function voiceIdOf(context: IExecuteSingleFunctions): string {
	const id = locatorValue(context, 'voiceId');
	const problem = checkId('Voice ID', id);
	if (problem) throw badInputError(context, problem);
	return String(id).trim();
}

/** preSend of Get: `?id=` with the Voice ID, trimmed and checked. */
export async function voiceIdQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, qs: { id: voiceIdOf(this) } };
}

/** postReceive of Get: the voice, checked to be one (the record kept for Simplify off). */
export async function toClonedVoiceResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (response.body as ChanjingEnvelope).data;
	if (typeof data !== 'object' || data === null || !('status' in data)) {
		throw new NodeOperationError(this.getNode(), "Chanjing's cloned voice answer is incomplete", {
			itemIndex: this.getItemIndex(),
			description: `It has no status. Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
		});
	}
	const raw = data as IDataObject;
	itemMemory(this).rawTask = raw;
	return [{ json: { voiceId: voiceIdOf(this), ...toClonedVoiceTask(raw) } }];
}

/**
 * Delete without a Voice ID (an expression that gave nothing) deletes nothing and sends nothing:
 * the item says so. A Voice ID that is not an ID fails the item as bad input.
 */
export async function nothingToDelete(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[] | undefined> {
	if (!isBlank(locatorValue(this, 'voiceId'))) return undefined;
	return [{ json: { voiceId: null, deleted: false, reason: 'No Voice ID was given' } }];
}

/** preSend of Delete: `{id}` with the Voice ID, trimmed and checked. */
export async function voiceIdBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { id: voiceIdOf(this) } };
}

/** postReceive of Delete: the deleted voice's ID (SPEC: `data` is that ID). */
export async function toDeletedVoice(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (response.body as ChanjingEnvelope).data;
	const id = typeof data === 'string' && data.trim() !== '' ? data.trim() : voiceIdOf(this);
	return [{ json: { voiceId: id, deleted: true } }];
}
