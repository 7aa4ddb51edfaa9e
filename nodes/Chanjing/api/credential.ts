import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Where Chanjing's Open API lives, and how the credential reaches it. */
export const CREDENTIAL_TYPE = 'chanjingApi';

export const DEFAULT_BASE_URL = 'https://open-api.chanjing.cc';

export const CREDENTIAL_EXCHANGE_PATH = '/open/v1/access_token';

/** The credential's Base URL without spaces or trailing slashes; Chanjing's when empty. */
export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	return (
		String(credentials.baseUrl ?? '')
			.trim()
			.replace(/\/+$/, '') || DEFAULT_BASE_URL
	);
}

/** `baseUrlOf` for the credential's test request, which n8n runs without the node's code. */
export const BASE_URL_EXPRESSION = `={{ String($credentials.baseUrl || "").trim().replace(/\\/+$/, "") || "${DEFAULT_BASE_URL}" }}`;

/**
 * The lightest authenticated request: one entry of the AI-creation task list (video, `type` 4;
 * aiCreation/paths.ts). It is the credential's test and it carries a token renewal (n8n obtains
 * a token only on the way to sending a request). It changes nothing and costs nothing.
 */
export function tokenCheckRequest(): IHttpRequestOptions {
	return {
		method: 'POST',
		url: '/open/v1/ai_creation/task/page',
		body: { type: 4, page: 1, page_size: 1 },
	};
}

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

/** Stops the item before any request when the credential's Base URL cannot be used. */
export function assertUsableBaseUrl(
	node: INode,
	credentials: ICredentialDataDecryptedObject,
	itemIndex?: number,
): void {
	const problem = baseUrlProblem(credentials.baseUrl);
	if (!problem) return;
	throw new NodeOperationError(node, `The Base URL in the 'Chanjing API' credential ${problem}`, {
		itemIndex,
		description: `Nothing was sent to Chanjing. Fix the field 'Base URL' of the credential, or empty it to use ${DEFAULT_BASE_URL}.`,
	});
}
