import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { baseUrlOf, CREDENTIAL_TYPE, DEFAULT_BASE_URL } from '../shared/api';

/** Why a Base URL cannot be used, or undefined. Empty means the default host everywhere. */
export function baseUrlProblem(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (text === '') return undefined;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return `is not a URL: ${JSON.stringify(text)}; use e.g. ${DEFAULT_BASE_URL}`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return `must start with https:// (or http:// for a local proxy), got ${JSON.stringify(text)}`;
	return undefined;
}

/** Step before any request: the credential's Base URL must be usable, else the item stops here. */
export async function checkBaseUrl(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const problem = baseUrlProblem(credentials.baseUrl);
	if (problem) {
		throw new NodeOperationError(
			this.getNode(),
			`The Base URL in the 'Chanjing API' credential ${problem}`,
			{
				itemIndex: this.getItemIndex(),
				description:
					"Nothing was sent to Chanjing. Fix the field 'Base URL' of the credential, or empty it to use https://open-api.chanjing.cc.",
			},
		);
	}
	return requestOptions;
}

/** The error for a Base URL where nothing answers (connection refused, unknown host). */
export async function unreachableBaseUrlError(
	ctx: IExecuteSingleFunctions,
	error: Error,
): Promise<NodeOperationError> {
	let baseUrl = DEFAULT_BASE_URL;
	try {
		baseUrl = baseUrlOf(await ctx.getCredentials(CREDENTIAL_TYPE));
	} catch {
		// the credential could not be read: the default host is named
	}
	return new NodeOperationError(
		ctx.getNode(),
		`The Chanjing API at ${baseUrl} could not be reached (${error.message})`,
		{
			itemIndex: ctx.getItemIndex(),
			description:
				"Nothing was sent to Chanjing, so running the item again is safe. Check the field 'Base URL' of the 'Chanjing API' credential and the network between n8n and that host.",
		},
	);
}
