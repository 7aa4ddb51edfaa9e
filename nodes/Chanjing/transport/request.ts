import type { IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { assertChanjingSuccess, type ChanjingEnvelope } from '../hooks/errors';

export const CREDENTIAL_TYPE = 'chanjingApi';

/**
 * A request that a hook makes itself (polling, listing), authenticated with the node's
 * credential and held to the same rule as routed requests: HTTP errors and `code != 0` throw.
 * `context` is appended to error descriptions (e.g. the creation ID the request was about).
 */
export async function chanjingRequest(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
	context = '',
): Promise<ChanjingEnvelope> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
		baseURL: String(credentials.baseUrl).replace(/\/+$/, ''),
		json: true,
		...options,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	})) as IN8nHttpFullResponse;
	return assertChanjingSuccess(this.getNode(), response, this.getItemIndex(), context);
}
