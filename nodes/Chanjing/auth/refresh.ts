import type { IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	assertUsableBaseUrl,
	baseUrlOf,
	CREDENTIAL_TYPE,
	tokenCheckRequest,
} from '../api/credential';
import { itemIndexOf, type RequestContext } from '../api/context';
import { type ChanjingEnvelope, describeAnswer, isTokenRejection } from '../api/envelope';
import { renewOnce, send, type StaleTest } from './renewal';
import { isCredentialError, needsNewToken, savedToken, usesStaticToken } from './session';
import { noteRejectedToken, noteSavedCredential } from './sharing';
import { lastTokenObtainedHere } from './tokenMemory';

/** The node's side of the token story (see session.ts): renewing before and after a request. */

/** The credential's own error, without n8n's wrapping and without the request it was about. */
function credentialError(ctx: RequestContext, error: unknown): Error {
	if (!isCredentialError(error)) return error as Error;
	return new NodeOperationError(ctx.getNode(), error.message, {
		description: error.description,
		itemIndex: itemIndexOf(ctx),
	});
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
	noteSavedCredential(credentials);
	if (!needsNewToken(credentials)) return { token: savedToken(credentials), baseUrl };
	try {
		await renewOnce(ctx, savedToken(credentials), needsNewToken, {
			...tokenCheckRequest(),
			baseURL: baseUrl,
		});
	} catch (error) {
		// Only the token matters here; the request itself will say if Chanjing is unreachable.
		if (isCredentialError(error)) throw credentialError(ctx, error);
	}
	return { token: savedToken(await ctx.getCredentials(CREDENTIAL_TYPE)), baseUrl };
}

/** After a rejection a request is sent at most this often (two renewals and tokens others saved). */
const MAX_SENDS_AFTER_REJECTION = 4;

/**
 * Whether a request may be carried by another renewal: its first, or a second one when the
 * token rejected last was one another process saved (it was revoked in turn, a new event).
 * A token this process obtained and Chanjing rejected is never followed by another renewal:
 * that is how two processes (or n8n and another client of the same App ID) would ping-pong.
 */
function mayRenew(renewals: number, lastRejected: string, obtainedHere: string): boolean {
	return renewals === 0 || (renewals === 1 && lastRejected !== obtainedHere);
}

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
 * saved token is still a rejected one (after a short pause, renewal.ts) is a token obtained,
 * once per process. If the re-sent request is rejected because yet another process renewed
 * meanwhile, it is sent once more with that process's token; a second renewal only follows
 * a rejected token this process did not obtain (see `mayRenew`). A 10400 answer means the
 * request was not carried out, so re-sending it costs nothing. When no newer token appears,
 * the error says so.
 */
export async function resendWithNewToken(
	ctx: RequestContext,
	rejectedToken: string,
	options: IHttpRequestOptions,
	context = '',
): Promise<IN8nHttpFullResponse | undefined> {
	let credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	if (usesStaticToken(credentials)) return undefined;
	noteRejectedToken(credentials, rejectedToken);
	const rejected = new Set([rejectedToken]);
	const stale: StaleTest = (saved) => rejected.has(savedToken(saved)) || needsNewToken(saved);
	let renewals = 0;
	let lastRejected = rejectedToken;
	let response: IN8nHttpFullResponse | undefined;
	for (let sends = 0; sends < MAX_SENDS_AFTER_REJECTION; sends++) {
		const saved = savedToken(credentials);
		let sentWith = saved;
		if (!stale(credentials)) {
			response = await send(ctx, options);
		} else if (mayRenew(renewals, lastRejected, lastTokenObtainedHere(credentials))) {
			renewals += 1;
			let carried: IN8nHttpFullResponse | undefined;
			try {
				carried = await renewOnce(ctx, saved, stale, options);
			} catch (error) {
				throw credentialError(ctx, error);
			}
			if (carried) {
				response = carried;
				// The saved token may already be another process's: the one sent was ours.
				sentWith = lastTokenObtainedHere(credentials);
			} else {
				sentWith = savedToken(await ctx.getCredentials(CREDENTIAL_TYPE));
				response = await send(ctx, options);
			}
		} else {
			break;
		}
		if (!isTokenRejection(response.body)) return response;
		rejected.add(sentWith);
		lastRejected = sentWith;
		credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
		noteRejectedToken(credentials, sentWith);
	}
	throw rejectedAgain(ctx, response as IN8nHttpFullResponse, context);
}
