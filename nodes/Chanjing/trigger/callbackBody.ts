import type { IDataObject } from 'n8n-workflow';

import { MAX_CALLBACK_BYTES } from './limits';
import type { TriggerProduct } from './products';

/** The little of an incoming request the size check reads. */
export interface SizedRequest {
	headers: Record<string, unknown>;
	/** What n8n read of the body (a Buffer), when it kept it. */
	rawBody?: { length: number };
}

/** The body's size in bytes as read (or as announced when n8n kept no raw body). */
export function bodySize(request: SizedRequest): number {
	if (request.rawBody && typeof request.rawBody.length === 'number') return request.rawBody.length;
	const announced = Number(request.headers['content-length']);
	return Number.isFinite(announced) ? announced : 0;
}

export function isTooLarge(request: SizedRequest): boolean {
	return bodySize(request) > MAX_CALLBACK_BYTES;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The task record a callback carries: Chanjing posts `{trace_id, code, msg, data: <detail>}`
 * (lip sync [AV]) or the detail itself (custom avatars [CP]); undefined when the body is
 * neither (not JSON, a list, a string).
 */
export function taskRecordOf(body: unknown): IDataObject | undefined {
	if (!isObject(body)) return undefined;
	if ('code' in body && isObject(body.data)) return body.data;
	return body;
}

/** A task a callback may be about: the product whose record it looks like, and the ID. */
export interface Candidate {
	product: TriggerProduct;
	id: string;
}

/** The chosen products whose task record this is, each with the ID it names. */
export function candidatesOf(record: IDataObject, products: TriggerProduct[]): Candidate[] {
	const found: Candidate[] = [];
	for (const product of products) {
		const id = product.adapter.trigger.taskIdIn(record);
		if (id !== undefined) found.push({ product, id });
	}
	return found;
}
