import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { MAX_REMEMBERED_CALLBACKS } from '../../../../nodes/Chanjing/trigger/limits';
import {
	claim,
	pruneLedger,
	readLedger,
	release,
	remember,
	taskKey,
} from '../../../../nodes/Chanjing/trigger/repeats';

/** What the repeat memory reads of a webhook's context: the workflow, the node, the static data. */
function context(staticData: IDataObject = {}, workflowId = 'wf-1'): IWebhookFunctions {
	return {
		getWorkflow: () => ({ id: workflowId }),
		getNode: () => ({ name: 'Chanjing Trigger' }),
		getWorkflowStaticData: () => staticData,
	} as unknown as IWebhookFunctions;
}

const NOW = 1_800_000_000_000;
const WINDOW = 60_000;

describe('readLedger and pruneLedger', () => {
	it('keeps only task keys with a time', () => {
		expect(readLedger({ 'aiVideo:a': 5, b: 'x', c: null })).toEqual({ 'aiVideo:a': 5 });
		expect(readLedger('ledger')).toEqual({});
	});

	it(`drops ended windows and keeps at most ${MAX_REMEMBERED_CALLBACKS} (the latest)`, () => {
		expect(pruneLedger({ a: 10, b: 20, c: 30 }, 20)).toEqual({ c: 30 });
		const many = Object.fromEntries(
			Array.from({ length: MAX_REMEMBERED_CALLBACKS + 10 }, (_, i) => [`k${i}`, 100 + i]),
		);
		const kept = pruneLedger(many, 0);
		expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED_CALLBACKS);
		expect(kept.k0).toBeUndefined();
	});
});

describe('claim, release, remember', () => {
	const key = taskKey('aiVideo', 'vid-1');

	it('claims a task once in a process until released', () => {
		const ctx = context();
		expect(claim(ctx, [key], WINDOW, NOW)).toBe(true);
		expect(claim(ctx, [key], WINDOW, NOW + 1)).toBe(false);
		release(ctx, [key]);
		expect(claim(ctx, [key], WINDOW, NOW + 2)).toBe(true);
	});

	it('frees a claim when its window ends', () => {
		const ctx = context();
		claim(ctx, [key], WINDOW, NOW);
		expect(claim(ctx, [key], WINDOW, NOW + WINDOW + 1)).toBe(true);
	});

	it('keeps claims apart per workflow', () => {
		expect(claim(context({}, 'wf-1'), [key], WINDOW, NOW)).toBe(true);
		expect(claim(context({}, 'wf-2'), [key], WINDOW, NOW)).toBe(true);
	});

	it('refuses a claim the static data holds (another process took the task)', () => {
		const staticData: IDataObject = {};
		remember(context(staticData), key, WINDOW, NOW);
		expect(staticData).toEqual({ callbacks: { [key]: (NOW + WINDOW) / 1000 } });
		expect(claim(context(staticData, 'wf-1'), [key], WINDOW, NOW + 1000)).toBe(false);
		expect(claim(context(staticData, 'wf-1'), [key], WINDOW, NOW + WINDOW + 1000)).toBe(true);
	});

	it('drops ended windows from the static data when it writes it', () => {
		const staticData: IDataObject = { callbacks: { 'aiVideo:old': NOW / 1000 - 1 } };
		remember(context(staticData), key, WINDOW, NOW);
		expect(Object.keys(staticData.callbacks as IDataObject)).toEqual([key]);
	});
});
