import { createHash } from 'crypto';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { processMemory, type RememberedSubmit } from '../memory/processMemory';

/**
 * Submits that succeeded, by execution, node, item and the exact request body
 * (processMemory.submits). n8n's Retry On Fail runs the whole node again in the same
 * execution: an item whose identical submit already succeeded gets its creation ID back
 * instead of a second paid task. Two items with the same input are two keys (the item index
 * differs), so they stay two tasks.
 */

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
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

/** `times`: when the submit left and was answered, for what its task teaches of Chanjing's clock. */
export function rememberSubmit(
	key: string,
	creationId: string,
	traceId = '',
	times: { sentAtMs?: number; answeredAtMs?: number } = {},
): void {
	processMemory.submits.set(key, { creationId, traceId, ...times });
}

export function rememberedSubmit(key: string): RememberedSubmit | undefined {
	return processMemory.submits.get(key);
}

/** Creation IDs this process knows belong to some item: a lookup never hands them out again. */
export function knownCreationIds(): Set<string> {
	return new Set(processMemory.submits.values().map((entry) => entry.creationId));
}
