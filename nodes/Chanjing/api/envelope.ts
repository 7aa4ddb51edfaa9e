import type { IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { explainChanjingError, httpFailureHint } from './explanations';

/** Every Chanjing JSON answer, success or not, comes in this envelope with HTTP 200. */
export interface ChanjingEnvelope {
	code?: unknown;
	msg?: unknown;
	trace_id?: unknown;
	data?: unknown;
}

export function isChanjingEnvelope(body: unknown): body is ChanjingEnvelope {
	return typeof body === 'object' && body !== null && 'code' in body;
}

/** Chanjing answers HTTP 200 with `code: 10400` (10401 in some clients) for a dead token. */
export const TOKEN_REJECTED_CODES = [10400, 10401];

export function isTokenRejection(body: unknown): boolean {
	return isChanjingEnvelope(body) && TOKEN_REJECTED_CODES.includes(Number(body.code));
}

/** `code 40000: 参数错误`, the short form in error messages. */
export function codeAndMsg(code: number, msg: string): string {
	return `code ${code}${msg ? `: ${msg}` : ''}`;
}

/** The closing sentence of every error about a Chanjing answer: what support needs. */
export function describeAnswer(envelope: ChanjingEnvelope): string {
	const traceId = String(envelope.trace_id ?? '');
	return `Chanjing's answer: code ${Number(envelope.code)}, msg "${String(envelope.msg ?? '')}", trace_id ${traceId || 'none'}.`;
}

/** A NodeApiError that shows Chanjing's code, msg and trace_id next to the hint. */
export function chanjingApiError(
	node: INode,
	envelope: ChanjingEnvelope,
	itemIndex?: number,
	context = '',
	noun?: string,
): NodeApiError {
	const code = Number(envelope.code);
	const msg = String(envelope.msg ?? '');
	const traceId = String(envelope.trace_id ?? '');
	const { message, hint } = explainChanjingError(code, msg, noun);
	const error = new NodeApiError(node, { code, msg, trace_id: traceId } as JsonObject, {
		message: `${message} (${codeAndMsg(code, msg)})`,
		description: `${hint}${context} ${describeAnswer(envelope)}`,
		// n8n shows this as the error code: Chanjing's own code says more than its HTTP 200.
		httpCode: String(code),
		itemIndex,
	});
	error.context.chanjingCode = code;
	return error;
}

function describeBody(body: unknown): string {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	return text === undefined ? '' : text.slice(0, 300);
}

/** A NodeApiError for an HTTP failure or an answer that is not Chanjing's envelope. */
export function chanjingHttpError(
	node: INode,
	statusCode: number,
	body: unknown,
	itemIndex?: number,
	context = '',
): NodeApiError {
	const message =
		statusCode >= 400
			? `Chanjing answered HTTP ${statusCode}`
			: 'Chanjing answered with something that is not its JSON envelope';
	const error = new NodeApiError(node, { httpCode: String(statusCode) } as JsonObject, {
		message,
		description: `${httpFailureHint(statusCode)}${context} Answer: ${describeBody(body) || '(empty)'}`,
		httpCode: String(statusCode),
		itemIndex,
	});
	if (statusCode < 400) error.context.notEnvelope = true;
	return error;
}

/**
 * Throws the error Chanjing's answer stands for; returns its envelope when `code` is 0. `noun`
 * names what the request was about in the hint ("video", "image task"; default "task").
 */
export function assertChanjingSuccess(
	node: INode,
	response: IN8nHttpFullResponse,
	itemIndex?: number,
	context = '',
	noun?: string,
): ChanjingEnvelope {
	const { body, statusCode } = response;
	if (statusCode >= 400 || !isChanjingEnvelope(body)) {
		throw chanjingHttpError(node, statusCode, body, itemIndex, context);
	}
	if (Number(body.code) !== 0) {
		throw chanjingApiError(node, body, itemIndex, context, noun);
	}
	return body;
}
