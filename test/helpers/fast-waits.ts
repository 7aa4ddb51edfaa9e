import { pollTiming } from '../../nodes/Chanjing/completion/wait';
import { reconcileTiming } from '../../nodes/Chanjing/submit/reconcile';

/**
 * Waiting without the clock for every test of the file: a poll's second and pause slice, and
 * the re-check of a lost create's list, take 1 ms; the real timings come back after each test.
 */
export function useFastWaits(): void {
	const realPoll = { ...pollTiming };
	const realReconcile = { ...reconcileTiming };
	beforeEach(() => {
		pollTiming.msPerSecond = 1;
		pollTiming.sliceMs = 1;
		reconcileTiming.recheckAfterMs = 1;
	});
	afterEach(() => {
		Object.assign(pollTiming, realPoll);
		Object.assign(reconcileTiming, realReconcile);
	});
}
