import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ChanjingResource } from '../fields/resource';
import { chanjingRoute } from '../routing/route';
import { BALANCE_PATH, INFO_PATH, toAccountInfo, toBalance } from './account';

const accountOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Get Balance',
		value: 'getBalance',
		action: 'Get balance',
		description:
			'Get the credits (蝉豆) left on the account and how many expire within 30 days; every create costs credits',
		routing: chanjingRoute({ method: 'GET', url: BALANCE_PATH }, { postReceive: [toBalance] }),
	},
	{
		name: 'Get Info',
		value: 'getInfo',
		action: 'Get account info',
		description:
			'Get the account and its quotas: custom avatars made and allowed, video seconds made and allowed',
		routing: chanjingRoute({ method: 'GET', url: INFO_PATH }, { postReceive: [toAccountInfo] }),
	},
];

const accountOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['account'] } },
	options: accountOperationOptions,
	default: 'getBalance',
};

/** Account: the balance and quotas of the credential's Chanjing account. */
export const accountResource: ChanjingResource = {
	name: 'Account',
	value: 'account',
	properties: [accountOperations],
};
