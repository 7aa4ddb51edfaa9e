import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { processMemory, type Renewal } from '../memory/processMemory';
import { issuerOf, SESSION_TOKEN_FIELD } from './session';

/**
 * What this process remembers of tokens (the whole story: session.ts). The stores are in
 * processMemory, with their bounds; only these functions read and write them.
 * - token requests under way, by app (host and App ID): callers at the same moment share one;
 * - the token this process obtained last, and when, by app;
 * - hand-overs: apps whose next preAuthentication returns that token instead of asking;
 * - renewals under way (or failed), by credential and the token they replace.
 */

/** What this process obtained last for the credential's app (token, expiry, issuer), if any. */
export function obtainedHereFor(
	credentials: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject | undefined {
	return processMemory.obtainedTokens.get(issuerOf(credentials))?.credentials;
}

/** When (ms) this process obtained its last token for the credential's app, if it did. */
export function obtainedHereAt(credentials: ICredentialDataDecryptedObject): number | undefined {
	return processMemory.obtainedTokens.get(issuerOf(credentials))?.at;
}

/** The token this process obtained last for the credential's app, if any. */
export function lastTokenObtainedHere(credentials: ICredentialDataDecryptedObject): string {
	return String(obtainedHereFor(credentials)?.[SESSION_TOKEN_FIELD] ?? '');
}

/**
 * Remembers that `token`, obtained here, was rejected on its first use: another process
 * obtained a newer one, and its owner is the one to save it (see renewal.ts).
 */
export function noteDiedOnArrival(
	credentials: ICredentialDataDecryptedObject,
	token: string,
): void {
	const obtained = processMemory.obtainedTokens.get(issuerOf(credentials));
	if (obtained && token && obtained.credentials[SESSION_TOKEN_FIELD] === token) {
		obtained.diedOnArrival = true;
	}
}

/** Forgets that the token obtained here died on arrival (its wait for a newer one is over). */
export function forgetDiedOnArrival(credentials: ICredentialDataDecryptedObject): void {
	const obtained = processMemory.obtainedTokens.get(issuerOf(credentials));
	if (obtained) obtained.diedOnArrival = false;
}

/** Whether the saved token is the one obtained here that died on arrival. */
export function savedTokenDiedOnArrival(credentials: ICredentialDataDecryptedObject): boolean {
	const obtained = processMemory.obtainedTokens.get(issuerOf(credentials));
	const saved = String(credentials[SESSION_TOKEN_FIELD] ?? '');
	return Boolean(
		obtained?.diedOnArrival && saved && obtained.credentials[SESSION_TOKEN_FIELD] === saved,
	);
}

/**
 * Makes the next preAuthentication for the credential's app return the token this process
 * obtained last instead of requesting one: n8n then saves it again (see renewal.ts).
 */
export function handOverObtainedToken(credentials: ICredentialDataDecryptedObject): boolean {
	const app = issuerOf(credentials);
	if (!processMemory.obtainedTokens.get(app)) return false;
	processMemory.handOvers.set(app, true);
	return true;
}

/** The token to hand over for the credential's app, if one was asked for (once). */
export function takeHandOver(
	credentials: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject | undefined {
	const app = issuerOf(credentials);
	const asked = processMemory.handOvers.get(app);
	processMemory.handOvers.delete(app);
	const obtained = processMemory.obtainedTokens.get(app)?.credentials;
	return asked && obtained ? { ...obtained } : undefined;
}

/**
 * The token request for the credential's app: the one under way, or `request()`'s. A new token
 * kills the old, so callers at the same moment must share one request. What it obtains is
 * remembered as this process's token.
 */
export function sharedTokenRequest(
	credentials: ICredentialDataDecryptedObject,
	request: () => Promise<ICredentialDataDecryptedObject>,
): Promise<ICredentialDataDecryptedObject> {
	const app = issuerOf(credentials);
	const pending = processMemory.tokenRequests.get(app);
	if (pending) return pending;
	const started = request();
	processMemory.tokenRequests.set(app, started);
	const forget = () => processMemory.tokenRequests.delete(app);
	started.then((obtained) => {
		processMemory.obtainedTokens.set(app, { credentials: obtained, at: Date.now() });
		forget();
	}, forget);
	return started;
}

/** The renewal under way (or failed within its memory) for this key, if any. */
export function renewalFor(key: string): Renewal | undefined {
	return processMemory.renewals.get(key);
}

/** Remembers a renewal; one that succeeds is forgotten as soon as it settles. */
export function rememberRenewal(key: string, renewal: Renewal): void {
	processMemory.renewals.set(key, renewal);
	renewal.settled.then(
		() => {
			if (processMemory.renewals.get(key) === renewal) processMemory.renewals.delete(key);
		},
		() => undefined, // followers, if any, see the failure; none is fine too
	);
}
