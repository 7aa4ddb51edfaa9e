import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/**
 * Sleeps `ms` in slices of at most `sliceMs`, and throws `cancelled()` as soon as the execution
 * is cancelled (checked before the first slice and after each). Not every n8n version gives a
 * node's context a cancel signal: without one the pause simply runs out.
 */
export async function pauseUnlessCancelled(
	context: IExecuteSingleFunctions,
	ms: number,
	sliceMs: number,
	cancelled: () => Error,
): Promise<void> {
	const signal =
		typeof context.getExecutionCancelSignal === 'function'
			? context.getExecutionCancelSignal()
			: undefined;
	let left = ms;
	for (;;) {
		if (signal?.aborted) throw cancelled();
		if (left <= 0) return;
		const step = Math.min(left, sliceMs);
		await sleep(step);
		left -= step;
	}
}
