import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { isTokenRejection } from '../api/envelope';
import { itemMemory } from '../memory/itemMemory';
import { ensureFreshToken, resendWithNewToken } from './refresh';

/** The routed requests' side of the token story (see session.ts). */

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
	itemMemory(this).sentRequest = { options: requestOptions, token };
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
	const memory = itemMemory(this);
	const sent = memory.sentRequest;
	if (!isTokenRejection(response.body) || !sent) return items;
	delete memory.sentRequest;
	const retried = await resendWithNewToken(this, sent.token, sent.options);
	if (!retried) return items;
	response.body = retried.body;
	response.headers = retried.headers;
	response.statusCode = retried.statusCode;
	return [{ json: retried.body as INodeExecutionData['json'] }];
}
