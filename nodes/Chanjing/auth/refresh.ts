import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	baseUrlOf,
	CREDENTIAL_ERROR_PREFIX,
	issuerOf,
	RENEW_BEFORE_EXPIRY_S,
	SESSION_EXPIRY_FIELD,
	SESSION_ISSUER_FIELD,
	SESSION_TOKEN_FIELD,
	TOKEN_REJECTED_CODES,
	usesStaticToken,
} from './token';

export const CREDENTIAL_TYPE = 'chanjingApi';

/**
 * The light request that carries a token renewal before a request (n8n obtains a token only
 * on the way to sending one): one entry of the task list, the credential test's request.
 */
export const TOKEN_CHECK_REQUEST: IHttpRequestOptions = {
	method: 'POST',
	url: '/open/v1/ai_creation/task/page',
	body: { type: 4, page: 1, page_size: 1 },
};

function nowS(): number {
	return Math.floor(Date.now() / 1000);
}

export function savedToken(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials[SESSION_TOKEN_FIELD] ?? '');
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

export function isTokenRejection(body: unknown): boolean {
	return (
		typeof body === 'object' &&
		body !== null &&
		TOKEN_REJECTED_CODES.includes(Number((body as { code?: unknown }).code))
	);
}

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

function isCredentialError(error: unknown): error is Error & { description?: string } {
	return error instanceof Error && error.message.startsWith(CREDENTIAL_ERROR_PREFIX);
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

/**
 * Before a request (App ID and Secret Key only): obtains a token when none is saved, or the
 * saved one expires within five minutes, and returns the token the request will send.
 */
export async function ensureFreshToken(ctx: IExecuteSingleFunctions): Promise<string> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	if (usesStaticToken(credentials)) return '';
	if (!needsNewToken(credentials)) return savedToken(credentials);
	try {
		await renewOnce(ctx, credentials, savedToken(credentials), {
			...TOKEN_CHECK_REQUEST,
			baseURL: baseUrlOf(credentials),
		});
	} catch (error) {
		// Only the token matters here; the request itself will say if Chanjing is unreachable.
		if (isCredentialError(error)) throw credentialError(ctx, error);
	}
	return savedToken(await ctx.getCredentials(CREDENTIAL_TYPE));
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
		const body = response.body as { code?: unknown; msg?: unknown; trace_id?: unknown };
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
					`${context} Chanjing's answer: code ${Number(body.code)}, msg "${String(body.msg ?? '')}", trace_id ${String(body.trace_id ?? '') || 'none'}.`,
				httpCode: String(Number(body.code)),
				itemIndex: ctx.getItemIndex(),
			},
		);
		error.context.chanjingCode = Number(body.code);
		throw error;
	}
	return response;
}
