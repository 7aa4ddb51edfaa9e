import type { IWebhookFunctions } from 'n8n-workflow';

import {
	DEFAULT_REPEAT_WINDOW_MINUTES,
	MAX_REPEAT_WINDOW_MINUTES,
} from '../../../../nodes/Chanjing/trigger/limits';
import { readTriggerSettings, wanted } from '../../../../nodes/Chanjing/trigger/settings';

function context(parameters: Record<string, unknown>): IWebhookFunctions {
	return {
		getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
	} as unknown as IWebhookFunctions;
}

describe('readTriggerSettings', () => {
	it('reads the defaults of an empty node as Webhook mode, succeeded tasks, simplified', () => {
		expect(readTriggerSettings(context({}))).toEqual({
			mode: 'webhook',
			products: [],
			outcome: 'succeeded',
			download: false,
			binaryPropertyName: 'data',
			simplify: true,
			emitRepeats: false,
			repeatWindowMs: DEFAULT_REPEAT_WINDOW_MINUTES * 60_000,
			emitExisting: false,
		});
	});

	it('offers speech and voice clones to callbacks only', () => {
		const products = ['aiVideo', 'speech', 'voice', 'lipSync', 'gone'];
		const webhook = readTriggerSettings(context({ products }));
		const polling = readTriggerSettings(context({ triggerMode: 'polling', products }));
		expect(webhook.products.map((p) => p.value)).toEqual(['aiVideo', 'lipSync', 'speech', 'voice']);
		expect(polling.products.map((p) => p.value)).toEqual(['aiVideo', 'lipSync']);
	});

	it('bounds the repeat window and reads an unknown outcome as succeeded', () => {
		const read = (repeatWindowMinutes: unknown) =>
			readTriggerSettings(context({ options: { repeatWindowMinutes } })).repeatWindowMs / 60_000;
		expect(read(5)).toBe(5);
		expect(read(10 ** 9)).toBe(MAX_REPEAT_WINDOW_MINUTES);
		expect(read(0)).toBe(DEFAULT_REPEAT_WINDOW_MINUTES);
		expect(read('x')).toBe(DEFAULT_REPEAT_WINDOW_MINUTES);
		expect(readTriggerSettings(context({ outcome: 'any' })).outcome).toBe('succeeded');
	});
});

describe('wanted', () => {
	it.each([
		['succeeded', 'succeeded', true],
		['succeeded', 'failed', false],
		['failed', 'failed', true],
		['failed', 'succeeded', false],
		['finished', 'succeeded', true],
		['finished', 'failed', true],
		['finished', 'generating', false],
	] as const)('%s takes a task that %s: %p', (outcome, status, expected) => {
		expect(wanted(outcome, status)).toBe(expected);
	});
});
