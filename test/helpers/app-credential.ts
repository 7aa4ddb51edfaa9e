import nock from 'nock';

import { envelope, generateParameters } from './chanjing-api';
import { TestCredentialsHelper } from './credentials-helper';
import { markShared } from '../../nodes/Chanjing/auth/sharing';
import { runChanjing, type RunOptions, TEST_BASE_URL } from './run-workflow';

/** Distinctive values: tests assert that none of them shows in any output or error. */
export const APP_ID = 'app-id-7Hq2';
export const SECRET_KEY = 'dummy-secret-key-never-shown-x9Lw';
export const TOKEN_A = 'dummy-token-A-never-shown-51Rk';
export const TOKEN_B = 'dummy-token-B-never-shown-06Mv';
export const SECRETS = [SECRET_KEY, TOKEN_A, TOKEN_B, 'token-C-never-shown'];

export const CREDENTIAL_EXCHANGE_PATH = '/open/v1/access_token';
export const TASK_PAGE_PATH = '/open/v1/ai_creation/task/page';

export function nowS(): number {
	return Math.floor(Date.now() / 1000);
}

/** A credential in App ID and Secret Key mode, as the e2e suite and users store it. */
export function appCredential(extra: Record<string, unknown> = {}) {
	return {
		authentication: 'appIdAndSecretKey',
		appId: APP_ID,
		secretKey: SECRET_KEY,
		baseUrl: TEST_BASE_URL,
		...extra,
	};
}

/** The same, with token A saved by an earlier execution, valid for a day. */
export function appCredentialWithToken(extra: Record<string, unknown> = {}) {
	return appCredential({
		sessionToken: TOKEN_A,
		sessionTokenExpiresAt: nowS() + 86_400,
		sessionTokenIssuedFor: `${TEST_BASE_URL} ${APP_ID}`,
		...extra,
	});
}

/** Expects exactly one token request (no token header, App ID and Secret Key in the body). */
export function expectTokenRequest(
	answer: object = envelope(0, { access_token: TOKEN_B, expire_in: nowS() + 86_400 }),
	statusCode = 200,
): nock.Scope {
	return nock(TEST_BASE_URL, { badheaders: ['access_token'] })
		.post(CREDENTIAL_EXCHANGE_PATH, (sent) => {
			expect(sent).toEqual({ app_id: APP_ID, secret_key: SECRET_KEY });
			return true;
		})
		.reply(statusCode, answer);
}

/** Expects the light request that carries a renewal before a request, sent with `token`. */
export function expectTokenCheck(token: string): nock.Scope {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: token } })
		.post(TASK_PAGE_PATH, (sent) => {
			expect(sent).toEqual({ type: 4, page: 1, page_size: 1 });
			return true;
		})
		.reply(200, envelope(0, { list: [], total: 0 }));
}

/** Everything an output item or error carries, own non-enumerable properties and causes included. */
export function serialise(value: unknown, seen = new Set<unknown>()): string {
	if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
	if (seen.has(value)) return '"[seen]"';
	seen.add(value);
	const parts = Object.getOwnPropertyNames(value).map(
		(key) => `${JSON.stringify(key)}:${serialise((value as Record<string, unknown>)[key], seen)}`,
	);
	return `{${parts.join(',')}}`;
}

/** Fails when a secret or token shows in any of `values`. */
export function expectNoSecrets(...values: unknown[]): void {
	const text = values.map((value) => serialise(value)).join('\n');
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** A token another n8n process (a queue-mode worker) obtained and saved. */
export const TOKEN_C = 'token-C-never-shown-of-another-worker';

/** Runs the workflow (Generate, text to video) and checks that no secret or token shows in its output or error. */
export async function runWithoutSecrets(options: Partial<RunOptions>) {
	const result = await runChanjing({
		parameters: generateParameters(),
		credentialsHelper: new TestCredentialsHelper(),
		...options,
	});
	expectNoSecrets(result.items, result.error, result.run.data.resultData);
	return result;
}

/**
 * This process has seen the app's credential shared with another process (queue mode): its
 * renewals pause and check again (auth/sharing.ts). Call at the start of a test.
 */
export function knownShared(): void {
	markShared(appCredential());
}
