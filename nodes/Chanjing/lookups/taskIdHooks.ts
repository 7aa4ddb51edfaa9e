import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { isBlank } from '../input/checks';
import { badInputError } from '../input/problem';
import { checkedTaskRecord } from '../task/taskRecord';
import { checkId, locatorValue } from './pickerFields';

/** What a product's Get and Delete by ID are about. */
export interface TaskIdWords {
	/** The ID's resource locator, also the output's ID field: `avatarId`. */
	parameter: string;
	/** The ID as the panel names it: `Avatar ID`. */
	label: string;
	/** What the record is, in messages: `custom avatar`. */
	noun: string;
	/** The record as the output puts it with Simplify on. */
	toTask: (raw: IDataObject) => IDataObject;
}

/**
 * The hooks of a Get and a Delete that take one ID from a resource locator: the ID trimmed and
 * checked (bad input before any request), `?id=` or `{id}`, the record checked and simplified,
 * and the deleted ID out.
 */
export function taskIdHooks({ parameter, label, noun, toTask }: TaskIdWords) {
	function idOf(context: IExecuteSingleFunctions): string {
		const id = locatorValue(context, parameter);
		const problem = checkId(label, id);
		if (problem) throw badInputError(context, problem);
		return String(id).trim();
	}

	return {
		/** preSend of Get: `?id=` with the ID, trimmed and checked. */
		async idQuery(
			this: IExecuteSingleFunctions,
			requestOptions: IHttpRequestOptions,
		): Promise<IHttpRequestOptions> {
			return { ...requestOptions, qs: { id: idOf(this) } };
		},

		/** postReceive of Get: the record, checked to be one (kept as sent for Simplify off). */
		async toResult(
			this: IExecuteSingleFunctions,
			_items: INodeExecutionData[],
			response: IN8nHttpFullResponse,
		): Promise<INodeExecutionData[]> {
			const raw = checkedTaskRecord(this, response, noun);
			return [{ json: { [parameter]: idOf(this), ...toTask(raw) } }];
		},

		/**
		 * withoutRequest of Delete: without an ID (an expression that gave nothing) it deletes
		 * nothing and sends nothing, and the item says so. An ID that is not one fails the item as
		 * bad input (in idBody).
		 */
		async nothingToDelete(
			this: IExecuteSingleFunctions,
		): Promise<INodeExecutionData[] | undefined> {
			if (!isBlank(locatorValue(this, parameter))) return undefined;
			return [{ json: { [parameter]: null, deleted: false, reason: `No ${label} was given` } }];
		},

		/** preSend of Delete: `{id}` with the ID, trimmed and checked. */
		async idBody(
			this: IExecuteSingleFunctions,
			requestOptions: IHttpRequestOptions,
		): Promise<IHttpRequestOptions> {
			return { ...requestOptions, body: { id: idOf(this) } };
		},

		/** postReceive of Delete: the deleted ID (SPEC: `data` is that ID; some answers say only success). */
		async toDeleted(
			this: IExecuteSingleFunctions,
			_items: INodeExecutionData[],
			response: IN8nHttpFullResponse,
		): Promise<INodeExecutionData[]> {
			const data = (response.body as ChanjingEnvelope).data;
			const id = typeof data === 'string' && data.trim() !== '' ? data.trim() : idOf(this);
			return [{ json: { [parameter]: id, deleted: true } }];
		},
	};
}
