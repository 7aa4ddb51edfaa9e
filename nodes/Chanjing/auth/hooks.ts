import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { isTokenRejection } from '../api/envelope';
import { ensureFreshToken, resendWithNewToken } from './refresh';

/** The routed requests' side of the token story (see session.ts). */

interface SentRequest {
	options: IHttpRequestOptions;
	token: string;
}

/** Per item (n8n gives each item its own context): the request as the last preSend left it. */
const sentRequests = new WeakMap<object, SentRequest>();

/**
 * The item's own context: the request hook of `runItem` gets one derived from it (n8n's
 * `Object.create(itemContext, { makeRoutingRequest })`), the postReceive hooks get the original.
 */
function itemContextOf(ctx: object): object {
	return Object.prototype.hasOwnProperty.call(ctx, 'makeRoutingRequest')
		? (Object.getPrototypeOf(ctx) as object)
		: ctx;
}

/**
 * preSend, last for every operation: replaces a missing or nearly expired token first, points
 * the request at the credential's Base URL (read with the token, so no expression is needed
 * per item), and keeps the final request so that a rejected token can be replaced and the
 * request re-sent.
 */
export async function prepareAccessToken(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const { token, baseUrl } = await ensureFreshToken(this);
	requestOptions.baseURL = baseUrl;
	sentRequests.set(itemContextOf(this), { options: requestOptions, token });
	return requestOptions;
}

/**
 * postReceive, right before the error gate: when Chanjing rejected the token (10400/10401,
 * HTTP 200) and the credential can obtain tokens, obtains one and re-sends the request ONCE;
 * the gate and the later hooks then see the new answer. No other answer is ever re-sent.
 */
export async function retryOnRejectedToken(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const sent = sentRequests.get(itemContextOf(this));
	if (!isTokenRejection(response.body) || !sent) return items;
	sentRequests.delete(itemContextOf(this));
	const retried = await resendWithNewToken(this, sent.token, sent.options);
	if (!retried) return items;
	response.body = retried.body;
	response.headers = retried.headers;
	response.statusCode = retried.statusCode;
	return [{ json: retried.body as INodeExecutionData['json'] }];
}
