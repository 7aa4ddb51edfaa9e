import { createHash } from 'crypto';
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * Submits that succeeded, by execution, node, item and the exact request body. n8n's Retry On
 * Fail runs the whole node again in the same execution: an item whose identical submit already
 * succeeded gets its creation ID back instead of a second paid task. Two items with the same
 * input are two keys (the item index differs), so they stay two tasks.
 */
export interface RememberedSubmit {
	creationId: string;
	traceId: string;
	at: number;
}

const MAX_ENTRIES = 10_000;
const KEEP_MS = 6 * 60 * 60 * 1000;

const submits = new Map<string, RememberedSubmit>();

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : 1));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function submitKey(ctx: IExecuteSingleFunctions, body: unknown): string {
	const hash = createHash('sha256').update(canonical(body)).digest('hex');
	return [ctx.getExecutionId(), ctx.getNode().name, ctx.getItemIndex(), hash].join('\n');
}

function forgetOld(now: number): void {
	for (const [key, entry] of submits) {
		if (now - entry.at <= KEEP_MS && submits.size <= MAX_ENTRIES) break;
		submits.delete(key);
	}
}

export function rememberSubmit(key: string, creationId: string, traceId = ''): void {
	const now = Date.now();
	submits.delete(key);
	submits.set(key, { creationId, traceId, at: now });
	forgetOld(now);
}

export function rememberedSubmit(key: string): RememberedSubmit | undefined {
	const entry = submits.get(key);
	if (entry && Date.now() - entry.at > KEEP_MS) {
		submits.delete(key);
		return undefined;
	}
	return entry;
}

/** Creation IDs this process knows belong to some item: a lookup never hands them out again. */
export function knownCreationIds(): Set<string> {
	return new Set([...submits.values()].map((entry) => entry.creationId));
}

/** Test seam. */
export function forgetSubmits(): void {
	submits.clear();
}
