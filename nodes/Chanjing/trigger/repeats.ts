import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { processMemory } from '../memory/processMemory';
import { MAX_REMEMBERED_CALLBACKS } from './limits';

/**
 * Repeated callbacks for one task start the workflow once within a window. Two memories hold
 * what was taken: this process's (processMemory.callbackRepeats, which also holds a callback
 * while it is being verified, so that a repeat arriving meanwhile is not taken twice), and the
 * workflow's static data (`callbacks`: task → end of window, in seconds), which n8n saves after
 * each webhook call and which reaches other webhook processes and survives restarts. Two
 * processes that take a task's callbacks at the very same moment can both emit it: n8n gives a
 * node no lock across processes.
 */

const LEDGER = 'callbacks';

/** A task's key: its product and ID. */
export function taskKey(product: string, id: string): string {
	return `${product}:${id}`;
}

function memoryKey(ctx: IWebhookFunctions, key: string): string {
	return `${ctx.getWorkflow().id ?? ''}\n${ctx.getNode().name}\n${key}`;
}

/** The static data's ledger: task key → end of its window (Unix s); anything else is dropped. */
export function readLedger(value: unknown): Record<string, number> {
	const ledger: Record<string, number> = {};
	if (typeof value !== 'object' || value === null) return ledger;
	for (const [key, until] of Object.entries(value as IDataObject)) {
		if (typeof until === 'number' && Number.isFinite(until)) ledger[key] = until;
	}
	return ledger;
}

/** The ledger without ended windows, and at most `max` entries (the latest windows kept). */
export function pruneLedger(
	ledger: Record<string, number>,
	nowS: number,
	max = MAX_REMEMBERED_CALLBACKS,
): Record<string, number> {
	const open = Object.entries(ledger).filter(([, until]) => until > nowS);
	open.sort((a, b) => b[1] - a[1]);
	return Object.fromEntries(open.slice(0, max));
}

/**
 * Claims the tasks for this callback; false when one of them was taken within its window here
 * or in the static data (a repeat). A claim holds until released or its window ends.
 */
export function claim(
	ctx: IWebhookFunctions,
	keys: string[],
	windowMs: number,
	nowMs = Date.now(),
): boolean {
	const ledger = readLedger(ctx.getWorkflowStaticData('node')[LEDGER]);
	for (const key of keys) {
		const until = processMemory.callbackRepeats.get(memoryKey(ctx, key));
		if (until !== undefined && until > nowMs) return false;
		if ((ledger[key] ?? 0) * 1000 > nowMs) return false;
	}
	for (const key of keys) processMemory.callbackRepeats.set(memoryKey(ctx, key), nowMs + windowMs);
	return true;
}

/** Gives the claims back: the callback was refused, so a later one may be taken. */
export function release(ctx: IWebhookFunctions, keys: string[]): void {
	for (const key of keys) processMemory.callbackRepeats.delete(memoryKey(ctx, key));
}

/** Writes the task's window to the static data (n8n saves it after the call). */
export function remember(
	ctx: IWebhookFunctions,
	key: string,
	windowMs: number,
	nowMs = Date.now(),
): void {
	const staticData = ctx.getWorkflowStaticData('node');
	const nowS = Math.floor(nowMs / 1000);
	const ledger = readLedger(staticData[LEDGER]);
	ledger[key] = Math.ceil((nowMs + windowMs) / 1000);
	staticData[LEDGER] = pruneLedger(ledger, nowS);
}
