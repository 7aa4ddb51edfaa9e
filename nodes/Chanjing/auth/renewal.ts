import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { CREDENTIAL_TYPE, tokenCheckRequest } from '../api/credential';
import { itemIndexOf, type RequestContext } from '../api/context';
import { isTokenRejection } from '../api/envelope';
import {
	isCredentialError,
	SESSION_EXPIRY_FIELD,
	SESSION_TOKEN_FIELD,
	savedToken,
} from './session';
import { isKnownShared, markShared, noteSavedCredential } from './sharing';
import {
	forgetDiedOnArrival,
	handOverObtainedToken,
	lastTokenObtainedHere,
	noteDiedOnArrival,
	obtainedHereFor,
	rememberRenewal,
	renewalFor,
	savedTokenDiedOnArrival,
} from './tokenMemory';

/**
 * One token renewal per process, coordinated with the other processes (queue-mode workers)
 * through the saved credential only: Chanjing kills a token as soon as a newer one is issued,
 * and n8n offers nodes no lock. The pause and the settle check below are paid only for a
 * credential known to be shared (sharing.ts). See session.ts for the whole token story.
 */

/** Whether the saved credential's token must be replaced (the renewal's reason). */
export type StaleTest = (credentials: ICredentialDataDecryptedObject) => boolean;

/**
 * The waits of a renewal. Tests replace them.
 * - `pause` (shared credentials only): before obtaining a token, a random moment, then the
 *   saved credential is read again: another process may have saved a token meanwhile. Random,
 *   so that two processes do not look at the same instant; once per process and renewal, not
 *   per item.
 * - `settle` (shared credentials only): after obtaining one, before checking again that the
 *   saved token is ours: two processes that obtained tokens at nearly the same moment may
 *   save them in the other order than Chanjing issued them, leaving the dead one saved.
 * - `poll` × `polls`: how long a process whose new token was dead on arrival waits for the
 *   newer token's owner to save it, before it gives up (bounded, then the request is re-sent).
 */
export const RENEWAL_WAITS = Object.freeze({
	pause: (): Promise<void> => sleep(250 + Math.floor(Math.random() * 1750)),
	settle: (): Promise<void> => sleep(1000),
	poll: (): Promise<void> => sleep(500),
	polls: 20,
});

/** The waits in use: RENEWAL_WAITS, unless a test or benchmark replaced them. */
export const renewalTiming = { ...RENEWAL_WAITS };

/** The node's credential as n8n would send it, with `data` in place of what is saved. */
function credentialWith(
	ctx: RequestContext,
	data: ICredentialDataDecryptedObject,
): ICredentialsDecrypted {
	const reference = ctx.getNode().credentials?.[CREDENTIAL_TYPE];
	if (!reference?.id) {
		throw new NodeOperationError(ctx.getNode(), "The node has no saved 'Chanjing API' credential", {
			itemIndex: itemIndexOf(ctx),
		});
	}
	return { id: reference.id, name: reference.name, type: CREDENTIAL_TYPE, data };
}

/** The credential with the saved token blanked: n8n then runs preAuthentication, saves and sends. */
export function withoutToken(
	ctx: RequestContext,
	credentials: ICredentialDataDecryptedObject,
): ICredentialsDecrypted {
	return credentialWith(ctx, { ...credentials, [SESSION_TOKEN_FIELD]: '' });
}

/**
 * Sends `options` authenticated by n8n with the node's credential (or `credentials` in its
 * place), returning every answer (the caller judges it).
 */
export function send(
	ctx: RequestContext,
	options: IHttpRequestOptions,
	credentials?: ICredentialsDecrypted,
): Promise<IN8nHttpFullResponse> {
	const headers = { ...(options.headers ?? {}) };
	delete headers.access_token;
	return ctx.helpers.httpRequestWithAuthentication.call(
		ctx,
		CREDENTIAL_TYPE,
		{
			baseURL: options.baseURL,
			json: true,
			...options,
			headers,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		},
		credentials ? { credentialsDecrypted: credentials } : undefined,
	) as Promise<IN8nHttpFullResponse>;
}

/** The saved credential, read again; what it shows of other processes is noted (sharing.ts). */
async function readCredential(ctx: RequestContext): Promise<ICredentialDataDecryptedObject> {
	const saved = await ctx.getCredentials(CREDENTIAL_TYPE);
	noteSavedCredential(saved);
	return saved;
}

/**
 * Our token was killed before its first use: another process obtained a newer one and
 * saves it (or, after a crossing, saves it again). Waits, bounded, until a token that is
 * neither ours nor stale is saved; false when none came (then the next renewal obtains one).
 */
async function awaitNewerSavedToken(
	ctx: RequestContext,
	ours: string,
	stale: StaleTest,
): Promise<boolean> {
	for (let i = 0; i < renewalTiming.polls; i++) {
		await renewalTiming.poll();
		const saved = await readCredential(ctx);
		if (savedToken(saved) !== ours && !stale(saved)) return true;
	}
	forgetDiedOnArrival(await ctx.getCredentials(CREDENTIAL_TYPE));
	return false;
}

/**
 * Saves the token this process obtained last again, without a token request: n8n runs the
 * credential's preAuthentication on the blanked token, which hands that token over, and
 * sends a free token check with it.
 */
async function saveObtainedTokenAgain(
	ctx: RequestContext,
	saved: ICredentialDataDecryptedObject,
	baseURL?: string,
): Promise<void> {
	if (!handOverObtainedToken(saved)) return;
	await send(ctx, { ...tokenCheckRequest(), baseURL }, withoutToken(ctx, saved));
}

/**
 * Two processes that obtained tokens at nearly the same moment may save them in the other
 * order than Chanjing issued them: the saved token is then dead and ours, the live one,
 * unsaved. Right after our request was answered (ours was saved before it left) and, for a
 * shared credential, once more a moment later, a saved token that is not ours is checked (a
 * free request); if Chanjing rejects it, ours is saved again (handed over to n8n's
 * preAuthentication, no token request). Best effort: any failure leaves things as they are.
 */
async function keepObtainedTokenSaved(ctx: RequestContext, ours: string, baseURL?: string) {
	try {
		let saved = await readCredential(ctx);
		if (savedToken(saved) === ours && isKnownShared(saved)) {
			await renewalTiming.settle();
			saved = await readCredential(ctx);
		}
		if (savedToken(saved) === ours || !savedToken(saved)) return;
		const check = { ...tokenCheckRequest(), baseURL };
		const theirs = await send(ctx, check, credentialWith(ctx, saved));
		if (!isTokenRejection(theirs.body)) return; // theirs works: it is the newer one
		markShared(saved); // a dead token saved over ours: saves crossed
		await saveObtainedTokenAgain(ctx, saved, baseURL);
	} catch {
		// A failed check changes nothing: the next rejection renews as usual.
	}
}

/**
 * The credential with the token this process obtained last, if that is newer than the stale
 * saved one: saves that crossed left the older, dead token saved, and ours may still be the
 * live one. (With none saved, e.g. a credential saved anew, what this process obtained before
 * is not used.) Expiry times are whole seconds, so a token of the same second counts as newer.
 */
function heldNewerToken(
	saved: ICredentialDataDecryptedObject,
	stale: StaleTest,
): ICredentialDataDecryptedObject | undefined {
	const held = obtainedHereFor(saved);
	if (!held || !savedToken(saved) || held[SESSION_TOKEN_FIELD] === savedToken(saved)) return;
	const candidate = { ...saved, ...held };
	const newer = Number(held[SESSION_EXPIRY_FIELD]) >= Number(saved[SESSION_EXPIRY_FIELD] ?? 0);
	return newer && !stale(candidate) ? candidate : undefined;
}

/**
 * The leader of a renewal: reads the saved credential again (for a shared credential after a
 * pause) and, if it is still stale, sends `carrier`. A saved token of ours that died on arrival
 * is not replaced by asking: the process that killed it saves the newer one, waited for
 * (bounded) as after our own carrier was rejected. Else the carrier goes first with the newer
 * token this process holds, if any (saved again once accepted, no token request); else, or if
 * Chanjing rejects that one too, with the token
 * blanked, so that n8n runs the credential's preAuthentication, saves the token obtained,
 * authenticates and sends. Returns the carrier's answer, or undefined when the saved token
 * is the one to use: another process saved one before we obtained ours, or after ours died
 * on arrival.
 */
async function lead(
	ctx: RequestContext,
	stale: StaleTest,
	carrier: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse | undefined> {
	let before = await readCredential(ctx);
	if (isKnownShared(before)) {
		await renewalTiming.pause();
		before = await readCredential(ctx);
	}
	if (!stale(before)) return undefined; // another process saved a usable token meanwhile
	if (savedTokenDiedOnArrival(before)) {
		// Still saved, and its killer's owner saves the newer one (or again, after a crossing):
		// another item of this process rejected with it must not kill that one by asking.
		if (await awaitNewerSavedToken(ctx, savedToken(before), stale)) return undefined;
		before = await readCredential(ctx);
	}
	const held = heldNewerToken(before, stale);
	if (held) {
		// Tried first and saved only once Chanjing accepted it, so a dead one is never saved.
		const answer = await send(ctx, carrier, credentialWith(ctx, held));
		if (!isTokenRejection(answer.body)) {
			// The answer counts (it may be a submit's): failing to save changes nothing else.
			await saveObtainedTokenAgain(ctx, before, carrier.baseURL).catch(() => undefined);
			return answer;
		}
	}
	const answer = await send(ctx, carrier, withoutToken(ctx, before));
	const ours = lastTokenObtainedHere(before);
	if (isTokenRejection(answer.body)) {
		markShared(before); // our new token died on arrival: another process obtained a newer one
		noteDiedOnArrival(before, ours);
		return (await awaitNewerSavedToken(ctx, ours, stale)) ? undefined : answer;
	}
	await keepObtainedTokenSaved(ctx, ours, carrier.baseURL);
	return answer;
}

/**
 * Replaces the token `replaced` ('' when none is saved) once per process, however many items
 * need it: the first caller leads (see `lead`) and gets the carrier's answer if it was sent
 * and is still the answer to go by; every later caller waits for the lead and gets undefined
 * (the token to use is saved by then). Only a failure to obtain a token is an error for the
 * followers.
 */
export async function renewOnce(
	ctx: RequestContext,
	replaced: string,
	stale: StaleTest,
	carrier: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse | undefined> {
	const key = `${String(ctx.getNode().credentials?.[CREDENTIAL_TYPE]?.id)}\n${replaced}`;
	const renewal = renewalFor(key);
	if (renewal) {
		await renewal.settled;
		return undefined;
	}
	const led = lead(ctx, stale, carrier);
	const settled = led.then(
		() => undefined,
		(error: unknown) => {
			if (isCredentialError(error)) throw error;
		},
	);
	rememberRenewal(key, { startedAt: Date.now(), settled });
	return await led;
}
