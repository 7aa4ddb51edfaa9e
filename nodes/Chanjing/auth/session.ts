/**
 * The token story (App ID and Secret Key mode), in one place.
 *
 * - Chanjing exchanges an App ID and Secret Key for a token that lasts about a day, and issuing
 *   a new token kills the old one at once. So two token requests at nearly the same moment
 *   leave one of them dead, whoever asked.
 * - n8n lets a credential obtain a token only through `preAuthentication` (token.ts), which
 *   it runs when the credential's hidden `expirable` field (here `sessionToken`) is empty or
 *   after an HTTP 401, and whose result it saves in the stored credential. Chanjing answers a
 *   dead token with HTTP 200 and code 10400, so n8n never refreshes on its own: the node renews
 *   by sending a request with that field blanked; n8n then obtains a token, saves it,
 *   authenticates and sends (refresh.ts before and after a request, hooks.ts for routed
 *   requests, renewal.ts for the renewal itself).
 * - Queue-mode workers are separate processes that share only the saved credential; n8n gives
 *   a node no lock. Right after obtaining a token a process reads the credential back: an
 *   older, dead token saved over its own is checked and replaced (renewal.ts). Once a
 *   credential has shown it is shared (sharing.ts: a token of ours killed on arrival, a token
 *   another process saved, a crossed save), its renewals also pause a random moment and read
 *   the credential again before obtaining a token, and check once more a moment after. A
 *   credential only this process uses never pays those waits.
 * - Within one process, what is remembered of tokens (requests under way, the token obtained
 *   last, hand-overs, renewals) is in tokenMemory.ts, so that however many items, executions or
 *   renewals meet at once, one token request is made.
 * In Access Token mode none of this runs: the pasted token is sent as it is.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { baseUrlOf } from '../api/credential';

/** The hidden, `expirable` credential field n8n saves the obtained token in. */
export const SESSION_TOKEN_FIELD = 'sessionToken';

/** The hidden credential field with the obtained token's expiry (Unix seconds, 0 = unknown). */
export const SESSION_EXPIRY_FIELD = 'sessionTokenExpiresAt';

/** The hidden credential field naming the host and App ID the saved token was issued for. */
export const SESSION_ISSUER_FIELD = 'sessionTokenIssuedFor';

/** A token that expires within this many seconds is replaced before the next request. */
export const RENEW_BEFORE_EXPIRY_S = 300;

export const CREDENTIAL_ERROR_PREFIX = 'Chanjing API credential: could not obtain an access token';

/** An error about the credential that carries no secret, no token and no request. */
export class CredentialTokenError extends Error {
	description: string;

	constructor(reason: string, description: string) {
		super(`${CREDENTIAL_ERROR_PREFIX}: ${reason}`);
		this.name = 'CredentialTokenError';
		this.description = description;
	}
}

/** Whether `error` is the credential failing to obtain a token (also once n8n wrapped it). */
export function isCredentialError(error: unknown): error is Error & { description?: string } {
	const message = (error as { message?: unknown } | null | undefined)?.message;
	return typeof message === 'string' && message.startsWith(CREDENTIAL_ERROR_PREFIX);
}

/** Host and App ID: a token saved for others (the user edited the credential) is not used. */
export function issuerOf(credentials: ICredentialDataDecryptedObject): string {
	return `${baseUrlOf(credentials)} ${String(credentials.appId ?? '').trim()}`;
}

/**
 * Whether the credential sends a token the user pasted. Credentials saved before App ID and
 * Secret Key existed have no `authentication` value (n8n fills in the default, App ID and
 * Secret Key), only an `accessToken`: they stay in token mode.
 */
export function usesStaticToken(credentials: ICredentialDataDecryptedObject): boolean {
	if (credentials.authentication === 'accessToken') return true;
	return !credentials.appId && Boolean(credentials.accessToken);
}

export function savedToken(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials[SESSION_TOKEN_FIELD] ?? '');
}

function nowS(): number {
	return Math.floor(Date.now() / 1000);
}

/** Whether the saved token must be replaced before the next request (App ID and Secret Key only). */
export function needsNewToken(credentials: ICredentialDataDecryptedObject, now = nowS()): boolean {
	if (usesStaticToken(credentials)) return false;
	if (!savedToken(credentials)) return true;
	const issuedFor = String(credentials[SESSION_ISSUER_FIELD] ?? '');
	if (issuedFor && issuedFor !== issuerOf(credentials)) return true;
	const expiresAt = Number(credentials[SESSION_EXPIRY_FIELD]) || 0;
	return expiresAt > 0 && expiresAt - now < RENEW_BEFORE_EXPIRY_S;
}

/** `expire_in` is a Unix timestamp; a small number is read as seconds from now. */
export function toExpiryTimestamp(expireIn: unknown, now = nowS()): number {
	const value = Number(expireIn);
	if (!Number.isFinite(value) || value <= 0) return 0;
	return value < 1e9 ? now + Math.floor(value) : Math.floor(value);
}
