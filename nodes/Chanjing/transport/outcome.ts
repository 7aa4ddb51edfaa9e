import type { IDataObject } from 'n8n-workflow';

import { isCredentialError } from '../auth/session';

/**
 * What a failed submit means for the money:
 * - `refused`: Chanjing said no (a code other than 40001/50000, HTTP 4xx): nothing was created.
 * - `rateLimited`: 40001 or HTTP 429: nothing was created; safe to send again after a pause.
 * - `unreachable`: the connection was never made (refused, no such host): nothing was sent.
 * - `unknown`: the request may have reached Chanjing and the answer is lost or unusable (closed
 *   connection, timeout, proxy 5xx page, 50000, code 0 without a creation ID): a task may exist.
 */
export type SubmitOutcome = 'refused' | 'rateLimited' | 'unreachable' | 'unknown';

interface FailedRequest {
	context?: IDataObject;
	httpCode?: string | null;
	code?: string;
	message?: string;
	cause?: { code?: string; message?: string; cause?: { code?: string } };
}

const NEVER_CONNECTED = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];
const TIMED_OUT = ['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'];

/** The network error code (ECONNRESET, ECONNABORTED, …) under n8n's and axios's wrapping. */
export function networkCodeOf(error: unknown): string | undefined {
	const e = (error ?? {}) as FailedRequest;
	const candidates = [e.context?.code, e.cause?.code, e.cause?.cause?.code, e.code];
	const code = candidates.find((c) => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
	if (code) return code as string;
	const text = `${e.message ?? ''} ${e.cause?.message ?? ''}`;
	if (/timeout|timed out|connection was aborted/i.test(text)) return 'ECONNABORTED';
	if (/socket hang up|ECONNRESET|closed unexpectedly/i.test(text)) return 'ECONNRESET';
	if (/refused the connection|ECONNREFUSED/i.test(text)) return 'ECONNREFUSED';
	return undefined;
}

export function isTimeout(error: unknown): boolean {
	return TIMED_OUT.includes(networkCodeOf(error) ?? '');
}

export function isNeverConnected(error: unknown): boolean {
	return NEVER_CONNECTED.includes(networkCodeOf(error) ?? '');
}

export function submitOutcome(error: unknown): SubmitOutcome {
	const e = (error ?? {}) as FailedRequest;
	if (e.context?.unknownOutcome) return 'unknown';
	const chanjingCode = Number(e.context?.chanjingCode);
	if (chanjingCode === 40001) return 'rateLimited';
	if (chanjingCode === 50000) return 'unknown';
	if (chanjingCode) return 'refused';
	const status = Number(e.httpCode);
	if (status === 429) return 'rateLimited';
	if (status >= 500) return 'unknown';
	if (status >= 400) return 'refused';
	if (status >= 200 && e.context?.notEnvelope) return 'unknown';
	if (isNeverConnected(error)) return 'unreachable';
	if (e.message?.startsWith('Chanjing API credential')) return 'refused';
	return 'unknown';
}

const TRANSIENT_CODES = [40001, 50000];

/**
 * Whether a failed request that changes nothing (a status check, a file API call) is worth
 * another try: Chanjing overloaded or the network blinked; not a refusal or a credential fault.
 */
export function isTransientError(error: unknown): boolean {
	const { context, httpCode } = (error ?? {}) as FailedRequest;
	const code = Number(context?.chanjingCode);
	if (code) return TRANSIENT_CODES.includes(code);
	if (isCredentialError(error)) return false;
	const status = Number(httpCode);
	return !(status >= 400 && status < 500);
}
