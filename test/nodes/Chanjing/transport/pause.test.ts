import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { pauseUnlessCancelled } from '../../../../nodes/Chanjing/transport/pause';

function contextWith(signal?: AbortSignal): IExecuteSingleFunctions {
	return (signal ? { getExecutionCancelSignal: () => signal } : {}) as IExecuteSingleFunctions;
}

const cancelled = () => new Error('cancelled');

/** Whether the promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	promise.then(
		() => (done = true),
		() => (done = true),
	);
	await Promise.resolve();
	await Promise.resolve();
	return done;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('pauseUnlessCancelled', () => {
	it('a cancelled execution stops at once, before any sleep', async () => {
		const controller = new AbortController();
		controller.abort();
		const makeError = jest.fn(cancelled);

		await expect(
			pauseUnlessCancelled(contextWith(controller.signal), 60_000, 1000, makeError),
		).rejects.toThrow('cancelled');
		expect(makeError).toHaveBeenCalledTimes(1);
		expect(jest.getTimerCount()).toBe(0);
	});

	it('a cancel while sleeping stops at the end of the slice, not of the pause', async () => {
		const controller = new AbortController();
		const pause = pauseUnlessCancelled(contextWith(controller.signal), 60_000, 1000, cancelled);
		const outcome = pause.then(
			() => 'slept out',
			(error: Error) => error.message,
		);

		await jest.advanceTimersByTimeAsync(2500);
		controller.abort();
		await jest.advanceTimersByTimeAsync(500);

		expect(await settled(outcome)).toBe(true);
		expect(await outcome).toBe('cancelled');
	});

	it('with a signal that is never cancelled, it sleeps the whole pause in slices', async () => {
		const pause = pauseUnlessCancelled(
			contextWith(new AbortController().signal),
			5000,
			1000,
			cancelled,
		);

		await jest.advanceTimersByTimeAsync(4999);
		expect(await settled(pause)).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		await expect(pause).resolves.toBeUndefined();
	});

	it('without a signal (older n8n) it sleeps out', async () => {
		const pause = pauseUnlessCancelled(contextWith(), 2500, 1000, cancelled);

		await jest.advanceTimersByTimeAsync(2499);
		expect(await settled(pause)).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		await expect(pause).resolves.toBeUndefined();
	});

	it('a pause of 0 ms returns without a timer', async () => {
		await expect(pauseUnlessCancelled(contextWith(), 0, 1000, cancelled)).resolves.toBeUndefined();
		expect(jest.getTimerCount()).toBe(0);
	});
});
