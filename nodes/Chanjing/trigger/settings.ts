import type { IDataObject, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { TaskStatus } from '../task/adapter';
import { DEFAULT_REPEAT_WINDOW_MINUTES, MAX_REPEAT_WINDOW_MINUTES } from './limits';
import { POLLED_PRODUCTS, productsNamed, TRIGGER_PRODUCTS, type TriggerProduct } from './products';

export type TriggerContext = IWebhookFunctions | IPollFunctions;

export type TriggerMode = 'webhook' | 'polling';

/** Which finished tasks start the workflow. */
export type Outcome = 'succeeded' | 'failed' | 'finished';

export interface TriggerSettings {
	mode: TriggerMode;
	products: TriggerProduct[];
	outcome: Outcome;
	download: boolean;
	binaryPropertyName: string;
	simplify: boolean;
	/** Webhook: whether a repeated callback starts the workflow again. */
	emitRepeats: boolean;
	/** Webhook: how long a task's callback counts as a repeat (ms). */
	repeatWindowMs: number;
	/** Polling: whether the first poll emits the tasks that finished before it. */
	emitExisting: boolean;
}

export function modeOf(ctx: TriggerContext): TriggerMode {
	return ctx.getNodeParameter('triggerMode', 'webhook') === 'polling' ? 'polling' : 'webhook';
}

function windowMinutes(value: unknown): number {
	const n = Math.round(Number(value));
	if (!Number.isFinite(n) || n < 1) return DEFAULT_REPEAT_WINDOW_MINUTES;
	return Math.min(n, MAX_REPEAT_WINDOW_MINUTES);
}

export function readTriggerSettings(ctx: TriggerContext): TriggerSettings {
	const mode = modeOf(ctx);
	const options = (ctx.getNodeParameter('options', {}) ?? {}) as IDataObject;
	const outcome = ctx.getNodeParameter('outcome', 'succeeded') as Outcome;
	return {
		mode,
		products: productsNamed(
			ctx.getNodeParameter('products', []),
			mode === 'polling' ? POLLED_PRODUCTS : TRIGGER_PRODUCTS,
		),
		outcome: ['succeeded', 'failed', 'finished'].includes(outcome) ? outcome : 'succeeded',
		download: ctx.getNodeParameter('download', false) === true,
		binaryPropertyName: String(ctx.getNodeParameter('binaryPropertyName', 'data') || 'data'),
		simplify: ctx.getNodeParameter('simplify', true) !== false,
		emitRepeats: options.emitRepeats === true,
		repeatWindowMs: windowMinutes(options.repeatWindowMinutes) * 60_000,
		emitExisting: options.emitExisting === true,
	};
}

/** Whether a task that finished with `status` starts the workflow. */
export function wanted(outcome: Outcome, status: TaskStatus | string): boolean {
	return outcome === 'finished'
		? status === 'succeeded' || status === 'failed'
		: status === outcome;
}
