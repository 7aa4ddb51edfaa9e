import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { VIDEO_CREATION_TYPE } from './hailuo';

/** Where Chanjing's Open API lives and the paths the node sends to. */
export const CREDENTIAL_TYPE = 'chanjingApi';

export const DEFAULT_BASE_URL = 'https://open-api.chanjing.cc';

export const CREDENTIAL_EXCHANGE_PATH = '/open/v1/access_token';
export const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
export const TASK_PATH = '/open/v1/ai_creation/task';
export const TASK_LIST_PATH = '/open/v1/ai_creation/task/page';

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
 * The lightest authenticated request: one entry of the task list. It is the credential's test
 * and it carries a token renewal (n8n obtains a token only on the way to sending a request).
 */
export function tokenCheckRequest(): IHttpRequestOptions {
	return {
		method: 'POST',
		url: TASK_LIST_PATH,
		body: { type: VIDEO_CREATION_TYPE, page: 1, page_size: 1 },
	};
}
