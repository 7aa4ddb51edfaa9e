import type { INodePropertyRouting, PostReceiveAction, PreSendAction } from 'n8n-workflow';

import { prepareAccessToken, retryOnRejectedToken } from '../auth/hooks';
import { throwOnChanjingError } from './errorGate';
import { type ItemSteps, runItem } from './runItem';

export interface RouteHooks {
	/** Runs before anything else: items to put out without any request, or undefined (runItem). */
	withoutRequest?: ItemSteps['withoutRequest'];
	/** Run in order before the request (inside runItem), then the token hook (which also checks the Base URL). */
	preSend?: PreSendAction[];
	/** Runs after the token retry and the error gate, on an answer known to be a success. */
	postReceive?: PostReceiveAction[];
	/** Sends the request (default: once, as routed); Generate's never pays twice. */
	send?: ItemSteps['send'];
	/** Runs on the items the request gave, outside the request (waiting, download). */
	after?: ItemSteps['after'];
}

/**
 * The routing of one operation. Each item runs through `runItem` (n8n's custom-request hook,
 * see there): the operation's checks and `prepareAccessToken` last (it checks the credential's
 * Base URL and keeps the request exactly as sent, for a re-send with a new token), then the
 * request, whose
 * answer passes first `retryOnRejectedToken` (which may replace it) and then
 * `throwOnChanjingError` (HTTP 200 with `code != 0` is a failure) before the operation's own
 * postReceive hooks; then `after`. Every item out carries `pairedItem`.
 */
export function chanjingRoute(
	request: INodePropertyRouting['request'],
	{ withoutRequest, preSend = [], postReceive = [], send, after }: RouteHooks = {},
): INodePropertyRouting {
	return {
		request,
		send: { paginate: true },
		operations: {
			pagination: runItem({
				withoutRequest,
				before: [...preSend, prepareAccessToken],
				send,
				after,
			}),
		},
		output: { postReceive: [retryOnRejectedToken, throwOnChanjingError, ...postReceive] },
	};
}
