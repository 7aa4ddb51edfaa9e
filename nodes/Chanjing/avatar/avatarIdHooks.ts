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
import { toCustomAvatarTask } from './task';

function avatarIdOf(context: IExecuteSingleFunctions): string {
	const id = locatorValue(context, 'avatarId');
	const problem = checkId('Avatar ID', id);
	if (problem) throw badInputError(context, problem);
	return String(id).trim();
}

/** preSend of Get: `?id=` with the Avatar ID, trimmed and checked. */
export async function avatarIdQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, qs: { id: avatarIdOf(this) } };
}

/** postReceive of Get: the avatar, checked to be one (the record kept for Simplify off). */
export async function toCustomAvatarResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (response.body as ChanjingEnvelope).data;
	if (typeof data !== 'object' || data === null || !('status' in data)) {
		throw new NodeOperationError(this.getNode(), "Chanjing's custom avatar answer is incomplete", {
			itemIndex: this.getItemIndex(),
			description: `It has no status. Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
		});
	}
	const raw = data as IDataObject;
	itemMemory(this).rawTask = raw;
	return [{ json: { avatarId: avatarIdOf(this), ...toCustomAvatarTask(raw) } }];
}

/** Delete without an Avatar ID (an expression that gave nothing) deletes nothing and sends nothing. */
export async function nothingToDelete(
	this: IExecuteSingleFunctions,
): Promise<INodeExecutionData[] | undefined> {
	if (!isBlank(locatorValue(this, 'avatarId'))) return undefined;
	return [{ json: { avatarId: null, deleted: false, reason: 'No Avatar ID was given' } }];
}

/** preSend of Delete: `{id}` with the Avatar ID, trimmed and checked. */
export async function avatarIdBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { id: avatarIdOf(this) } };
}

/** postReceive of Delete: the deleted avatar's ID (SPEC: `data` is that ID; CP: a bare success). */
export async function toDeletedAvatar(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (response.body as ChanjingEnvelope).data;
	const id = typeof data === 'string' && data.trim() !== '' ? data.trim() : avatarIdOf(this);
	return [{ json: { avatarId: id, deleted: true } }];
}
