import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';

/** The account (catalogue 9; SPEC dto.OpenAppInfo, called by MCL and LNW; units not stated). */
export const BALANCE_PATH = '/open/v1/user_duration';
export const INFO_PATH = '/open/v1/user_info';

function numberOrNull(value: unknown): number | null {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function dataOf(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse, what: string) {
	const data = (response.body as ChanjingEnvelope).data;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw incomplete(context, what, data);
	}
	return data as IDataObject;
}

function incomplete(context: IExecuteSingleFunctions, what: string, data: unknown) {
	return new NodeOperationError(context.getNode(), `Chanjing's ${what} answer is incomplete`, {
		itemIndex: context.getItemIndex(),
		description: `Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
	});
}

/** postReceive of Get Balance: 蝉豆 left (`resi_total_bean`) and due to expire within 30 days (`bean_day30`). */
export async function toBalance(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = dataOf(this, response, 'balance');
	const remaining = numberOrNull(data.resi_total_bean);
	if (remaining === null) throw incomplete(this, 'balance', data);
	return [
		{
			json: {
				remainingCredits: remaining,
				creditsExpiringIn30Days: numberOrNull(data.bean_day30),
			},
		},
	];
}

/** postReceive of Get Info: the account and its quotas, named as Chanjing names them. */
export async function toAccountInfo(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = dataOf(this, response, 'account info');
	if (data.id === undefined && data.name === undefined)
		throw incomplete(this, 'account info', data);
	return [
		{
			json: {
				accountId: data.id === undefined || data.id === null ? null : String(data.id),
				name: typeof data.name === 'string' ? data.name : null,
				customAvatars: numberOrNull(data.custom_person_nums),
				customAvatarLimit: numberOrNull(data.custom_person_limit),
				videoCreateSeconds: numberOrNull(data.video_create_seconds),
				videoCreateLimit: numberOrNull(data.video_create_limit),
			},
		},
	];
}
