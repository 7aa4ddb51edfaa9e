import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { waitForTask } from '../../../../nodes/Chanjing/completion/wait';
import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';

/** The little of an item context that waiting uses before its first poll. */
function contextWithSignal(signal: AbortSignal, requests: unknown[]): IExecuteSingleFunctions {
	return {
		getNode: () => ({
			id: 'n',
			name: 'Chanjing',
			type: 'n8n-nodes-chanjing.chanjing',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getItemIndex: () => 0,
		getNodeParameter: (_name: string, fallback: unknown) => fallback,
		getExecutionCancelSignal: () => signal,
		getCredentials: async () => {
			requests.push('credentials');
			return {};
		},
		helpers: {
			httpRequestWithAuthentication: async () => {
				requests.push('request');
				return {};
			},
		},
	} as unknown as IExecuteSingleFunctions;
}

describe('waiting', () => {
	it('stops at once, without polling, when the execution is cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		const requests: unknown[] = [];

		const started = Date.now();
		await expect(
			waitForTask.call(contextWithSignal(controller.signal, requests), aiVideoAdapter, 'id-9', {}),
		).rejects.toThrow('Stopped waiting for video id-9: the execution was cancelled');

		expect(Date.now() - started).toBeLessThan(500);
		expect(requests).toEqual([]);
	});

	it('stops within a poll slice when cancelled while sleeping', async () => {
		const controller = new AbortController();
		const requests: unknown[] = [];
		void sleep(50).then(() => controller.abort());

		const started = Date.now();
		await expect(
			waitForTask.call(contextWithSignal(controller.signal, requests), aiVideoAdapter, 'id-9', {}),
		).rejects.toThrow(/cancelled/);

		// The first poll is due after 2 s; a cancel after 50 ms is seen at the next 1 s slice.
		expect(Date.now() - started).toBeLessThan(1500);
		expect(requests).toEqual([]);
	});
});
