import type { IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { ensureFreshToken, resendWithNewToken } from '../auth/refresh';
import { CREDENTIAL_TYPE } from '../api/credential';
import { itemIndexOf, type RequestContext } from '../api/context';
import {
	assertChanjingSuccess,
	type ChanjingEnvelope,
	isChanjingEnvelope,
	isTokenRejection,
} from '../api/envelope';
import { learnFromDateHeader } from './chanjingClock';
import { pacerFor } from './pacer';
import { requestTimeouts } from './timeouts';

/**
 * A request that a hook or a list search makes itself (polling, listing), authenticated with the node's
 * credential and held to the same rule as routed requests: HTTP errors and `code != 0` throw.
 * With App ID and Secret Key, a token near its end is replaced first, and a token Chanjing
 * rejects (10400/10401) is replaced once and the request sent once more.
 * `context` is appended to error descriptions (e.g. the creation ID the request was about).
 */
export async function chanjingRequest(
	this: RequestContext,
	options: IHttpRequestOptions,
	context = '',
): Promise<ChanjingEnvelope> {
	const { token, baseUrl } = await ensureFreshToken(this);
	const request: IHttpRequestOptions = {
		baseURL: baseUrl,
		json: true,
		timeout: requestTimeouts.apiMs,
		...options,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	// Requests of one credential share its pace: after a 40001 they slow down together.
	const pacer = pacerFor(this);
	const startedAt = await pacer.turn();
	const sentAt = Date.now();
	let response = (await this.helpers.httpRequestWithAuthentication.call(
		this,
		CREDENTIAL_TYPE,
		request,
	)) as IN8nHttpFullResponse;
	if (isChanjingEnvelope(response.body))
		learnFromDateHeader(baseUrl, response.headers?.date, sentAt, Date.now());
	if (Number((response.body as ChanjingEnvelope | undefined)?.code) === 40001)
		pacer.refused(startedAt);
	else pacer.admitted(startedAt);
	if (isTokenRejection(response.body)) {
		response = (await resendWithNewToken(this, token, request, context)) ?? response;
	}
	return assertChanjingSuccess(this.getNode(), response, itemIndexOf(this), context);
}
