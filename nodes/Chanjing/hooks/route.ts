import type { INodePropertyRouting, PostReceiveAction, PreSendAction } from 'n8n-workflow';

import { prepareAccessToken, retryOnRejectedToken } from '../auth/hooks';
import { throwOnChanjingError } from './errors';

export interface RouteHooks {
	/** Runs before the token hook, which must see the final request. */
	preSend?: PreSendAction[];
	/** Runs after the token retry and the error gate, on an answer known to be a success. */
	postReceive?: PostReceiveAction[];
}

/**
 * The routing of one operation: `prepareAccessToken` is the last preSend (it keeps the request
 * exactly as sent, for a re-send with a new token), and every answer passes first
 * `retryOnRejectedToken` (which may replace it) and then `throwOnChanjingError` (HTTP 200 with
 * `code != 0` is a failure) before the operation's own postReceive hooks.
 */
export function chanjingRoute(
	request: INodePropertyRouting['request'],
	{ preSend = [], postReceive = [] }: RouteHooks = {},
): INodePropertyRouting {
	return {
		request,
		send: { preSend: [...preSend, prepareAccessToken] },
		output: { postReceive: [retryOnRejectedToken, throwOnChanjingError, ...postReceive] },
	};
}
