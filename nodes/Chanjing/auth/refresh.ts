import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { baseUrlOf, CREDENTIAL_TYPE, tokenCheckRequest } from '../shared/api';
import { type ChanjingEnvelope, describeAnswer, isTokenRejection } from '../shared/envelope';
import {
	isCredentialError,
	needsNewToken,
	savedToken,
	SESSION_TOKEN_FIELD,
	usesStaticToken,
} from './session';

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
function credentialError(ctx: IExecuteSingleFunctions, error: unknown): Error {
	if (!isCredentialError(error)) return error as Error;
	return new NodeOperationError(ctx.getNode(), error.message, {
		description: error.description,
		itemIndex: ctx.getItemIndex(),
	});
}

/** The node's credential with the saved token blanked: n8n then obtains, saves and sends a new one. */
function withoutToken(
	ctx: IExecuteSingleFunctions,
	credentials: ICredentialDataDecryptedObject,
): ICredentialsDecrypted {
	const reference = ctx.getNode().credentials?.[CREDENTIAL_TYPE];
	if (!reference?.id) {
		throw new NodeOperationError(ctx.getNode(), "The node has no saved 'Chanjing API' credential", {
			itemIndex: ctx.getItemIndex(),
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
	ctx: IExecuteSingleFunctions,
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
	ctx: IExecuteSingleFunctions,
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
 * credential's Base URL (read once, with the token).
 */
export async function ensureFreshToken(ctx: IExecuteSingleFunctions): Promise<FreshToken> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
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
 * After Chanjing rejected `rejectedToken` (code 10400/10401): re-sends `options` ONCE with a
 * new token, or returns undefined in token mode (there is nothing to renew). A second
 * rejection is an error that says so.
 */
export async function resendWithNewToken(
	ctx: IExecuteSingleFunctions,
	rejectedToken: string,
	options: IHttpRequestOptions,
	context = '',
): Promise<IN8nHttpFullResponse | undefined> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	if (usesStaticToken(credentials)) return undefined;
	const current = savedToken(credentials);
	// Another item, execution or worker replaced the token already: just send with the new one.
	const response =
		(current && current !== rejectedToken
			? undefined
			: await renewOnce(ctx, credentials, rejectedToken, options)) ?? (await send(ctx, options));
	if (isTokenRejection(response.body)) {
		const body = response.body as ChanjingEnvelope;
		throw new NodeApiError(
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
				httpCode: '200',
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	return response;
}
