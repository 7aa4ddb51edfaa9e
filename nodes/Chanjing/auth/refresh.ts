import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { assertUsableBaseUrl, baseUrlOf, CREDENTIAL_TYPE, tokenCheckRequest } from '../shared/api';
import { itemIndexOf, type RequestContext } from '../shared/context';
import { type ChanjingEnvelope, describeAnswer, isTokenRejection } from '../shared/envelope';
import {
	isCredentialError,
	needsNewToken,
	savedToken,
	SESSION_TOKEN_FIELD,
	usesStaticToken,
} from './session';
import { lastTokenObtainedHere } from './token';

/** The node's side of the token story (see session.ts): renewing before and after a request. */

/** Renewals under way or just done, by credential and the token they replace. */
const renewals = new Map<string, { settled: Promise<void>; startedAt: number }>();

/** A renewal is remembered this long, so late items that saw the same token fail join it. */
const RENEWAL_MEMORY_MS = 10 * 60 * 1000;

function forgetOldRenewals(now: number): void {
	for (const [key, renewal] of renewals) {
		if (now - renewal.startedAt > RENEWAL_MEMORY_MS) renewals.delete(key);
	}
}

/** Test seam: forget every renewal (each test starts from an empty process). */
export function forgetRenewals(): void {
	renewals.clear();
}

/** The credential's own error, without n8n's wrapping and without the request it was about. */
function credentialError(ctx: RequestContext, error: unknown): Error {
	if (!isCredentialError(error)) return error as Error;
	return new NodeOperationError(ctx.getNode(), error.message, {
		description: error.description,
		itemIndex: itemIndexOf(ctx),
	});
}

/** The node's credential with the saved token blanked: n8n then obtains, saves and sends a new one. */
function withoutToken(
	ctx: RequestContext,
	credentials: ICredentialDataDecryptedObject,
): ICredentialsDecrypted {
	const reference = ctx.getNode().credentials?.[CREDENTIAL_TYPE];
	if (!reference?.id) {
		throw new NodeOperationError(ctx.getNode(), "The node has no saved 'Chanjing API' credential", {
			itemIndex: itemIndexOf(ctx),
		});
	}
	return {
		id: reference.id,
		name: reference.name,
		type: CREDENTIAL_TYPE,
		data: { ...credentials, [SESSION_TOKEN_FIELD]: '' },
	};
}

function send(
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

/**
 * Replaces the token `replaced` once per credential, however many items saw it fail: the
 * first caller sends `carrier` with the token blanked (n8n runs the credential's
 * preAuthentication, saves the new token, authenticates and sends) and gets its answer;
 * every later caller waits for that and gets undefined (the new token is saved by then).
 */
async function renewOnce(
	ctx: RequestContext,
	credentials: ICredentialDataDecryptedObject,
	replaced: string,
	carrier: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse | undefined> {
	const now = Date.now();
	forgetOldRenewals(now);
	const key = `${String(ctx.getNode().credentials?.[CREDENTIAL_TYPE]?.id)}\n${replaced}`;
	const renewal = renewals.get(key);
	if (!renewal) {
		const sent = send(ctx, carrier, withoutToken(ctx, credentials));
		// The token is saved before the request goes out: only a failure to obtain it matters.
		const settled = sent.then(
			() => undefined,
			(error: unknown) => {
				if (isCredentialError(error)) throw error;
			},
		);
		settled.catch(() => undefined); // followers, if any, see the failure; none is fine too
		renewals.set(key, { startedAt: now, settled });
		try {
			return await sent;
		} catch (error) {
			throw credentialError(ctx, error);
		}
	}
	try {
		await renewal.settled;
	} catch (error) {
		throw credentialError(ctx, error);
	}
	return undefined;
}

export interface FreshToken {
	/** The token the request will send; empty in Access Token mode (nothing to renew). */
	token: string;
	baseUrl: string;
}

/**
 * Before a request: with App ID and Secret Key, obtains a token when none is saved or the
 * saved one expires within five minutes. Returns the token the request will send and the
 * credential's Base URL (read once, with the token; an unusable Base URL stops the item here,
 * before any request).
 */
export async function ensureFreshToken(ctx: RequestContext): Promise<FreshToken> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	assertUsableBaseUrl(ctx.getNode(), credentials, itemIndexOf(ctx));
	const baseUrl = baseUrlOf(credentials);
	if (usesStaticToken(credentials)) return { token: '', baseUrl };
	if (!needsNewToken(credentials)) return { token: savedToken(credentials), baseUrl };
	try {
		await renewOnce(ctx, credentials, savedToken(credentials), {
			...tokenCheckRequest(),
			baseURL: baseUrl,
		});
	} catch (error) {
		// Only the token matters here; the request itself will say if Chanjing is unreachable.
		if (isCredentialError(error)) throw credentialError(ctx, error);
	}
	return { token: savedToken(await ctx.getCredentials(CREDENTIAL_TYPE)), baseUrl };
}

/**
 * Before renewing a rejected token, a process waits a moment and reads the credential again:
 * in queue mode another worker may be renewing the same token, and its new token (which
 * kills any older one) reaches the saved credential a few hundred milliseconds after it was
 * issued. The wait is jittered so that two workers do not look at the same instant.
 * Tests replace `pause`.
 */
export const renewalTiming = {
	pause: (): Promise<void> => sleep(200 + Math.floor(Math.random() * 800)),
};

/** After a rejection a request is sent at most this often: one renewal, then tokens others saved. */
const MAX_SENDS_AFTER_REJECTION = 3;

function rejectedAgain(
	ctx: RequestContext,
	response: IN8nHttpFullResponse,
	context: string,
): NodeApiError {
	const body = response.body as ChanjingEnvelope;
	const error = new NodeApiError(
		ctx.getNode(),
		{
			code: Number(body.code),
			msg: String(body.msg ?? ''),
			trace_id: String(body.trace_id ?? ''),
		},
		{
			message: `Chanjing rejected the access token again (code ${Number(body.code)}), right after the node obtained a new one`,
			description:
				"The node obtained a new access token with the App ID and Secret Key of the 'Chanjing API' credential and retried once; Chanjing rejected that token too. Check that the App ID and Secret Key belong to the account the Base URL serves, then run the workflow again." +
				`${context} ${describeAnswer(body)}`,
			httpCode: String(Number(body.code)),
			itemIndex: itemIndexOf(ctx),
		},
	);
	error.context.chanjingCode = Number(body.code);
	return error;
}

/**
 * After Chanjing rejected `rejectedToken` (code 10400/10401): re-sends `options` with a new
 * token, or returns undefined in token mode (there is nothing to renew). Chanjing kills a
 * token as soon as a newer one is issued, so with several n8n processes (queue mode) the
 * token to use is the one saved in the credential: when another item, execution or worker
 * saved a newer token, the request goes with that one and nothing is renewed. Only when the
 * saved token is still the rejected one (after a short pause) is a token obtained, once. If
 * the re-sent request is rejected because yet another process renewed meanwhile, it is sent
 * once more with that process's token, never after a second renewal (that would knock the
 * other process's token out in turn). A 10400 answer means the request was not carried out,
 * so re-sending it costs nothing. When no newer token appears, the error says so.
 */
export async function resendWithNewToken(
	ctx: RequestContext,
	rejectedToken: string,
	options: IHttpRequestOptions,
	context = '',
): Promise<IN8nHttpFullResponse | undefined> {
	let credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	if (usesStaticToken(credentials)) return undefined;
	const rejected = new Set([rejectedToken]);
	let renewed = false;
	let response: IN8nHttpFullResponse | undefined;
	for (let sends = 0; sends < MAX_SENDS_AFTER_REJECTION; sends++) {
		let current = savedToken(credentials);
		let sentWith: string;
		if (rejected.has(current) && !renewed) {
			await renewalTiming.pause();
			credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
			current = savedToken(credentials);
		}
		if (current && !rejected.has(current)) {
			sentWith = current;
			response = await send(ctx, options);
		} else if (!renewed) {
			renewed = true;
			response =
				(await renewOnce(ctx, credentials, current, options)) ?? (await send(ctx, options));
			// The saved token may already be another process's: the one sent was ours.
			sentWith = lastTokenObtainedHere(credentials);
		} else {
			break;
		}
		if (!isTokenRejection(response.body)) return response;
		rejected.add(sentWith);
		credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	}
	throw rejectedAgain(ctx, response as IN8nHttpFullResponse, context);
}
