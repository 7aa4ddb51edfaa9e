import type { INodeProperties } from 'n8n-workflow';

import {
	DEFAULT_MAX_WAIT_MINUTES,
	DEFAULT_POLL_INTERVAL_S,
	MAX_WAIT_MINUTES_LIMIT,
	MIN_POLL_INTERVAL_S,
} from '../../../../nodes/Chanjing/completion/limits';
import {
	type CompletionFieldsFor,
	completionFields,
	simplifyField,
	waitSettingFields,
} from '../../../../nodes/Chanjing/fields/completionFields';

/**
 * Version 2's waiting and download fields, shared by every product's Generate/Create and Get:
 * their names per output, when each shows, what is on by default, and the wait's bounds. (What
 * waiting and downloading do: completion/; version 1's Options: aiVideo/completionOptions.)
 */
const SETTINGS = ['maxWaitMinutes', 'pollIntervalSeconds', 'onTimeout'];
const named = (fields: INodeProperties[], name: string) => fields.find((f) => f.name === name)!;
const WAITING = { waitForCompletion: [true] };

describe('waitSettingFields', () => {
	it('Max Wait from 1 to the limit, Poll Interval from its minimum, defaults from completion/limits', () => {
		expect(waitSettingFields.map((f) => f.name)).toEqual(SETTINGS);
		expect(named(waitSettingFields, 'maxWaitMinutes')).toMatchObject({
			type: 'number',
			default: DEFAULT_MAX_WAIT_MINUTES,
			typeOptions: { minValue: 1, maxValue: MAX_WAIT_MINUTES_LIMIT },
		});
		expect(named(waitSettingFields, 'pollIntervalSeconds')).toMatchObject({
			type: 'number',
			default: DEFAULT_POLL_INTERVAL_S,
			typeOptions: { minValue: MIN_POLL_INTERVAL_S },
		});
	});

	it('On Timeout fails the item by default, or returns the running task', () => {
		const onTimeout = named(waitSettingFields, 'onTimeout');
		expect(onTimeout.default).toBe('error');
		expect(onTimeout.options?.map((o) => 'value' in o && o.value)).toEqual([
			'error',
			'returnRunning',
		]);
	});
});

describe('completionFields', () => {
	it.each([
		['video', 'downloadVideo', 'Download Video', 'Put Video in Field'],
		['images', 'downloadImages', 'Download Images', 'Put Image in Field'],
		['audio', 'downloadAudio', 'Download Audio', 'Put Audio in Field'],
	] as const)(
		'%s: Wait for Completion, its settings, %s, then its binary field',
		(output, download, label, field) => {
			const fields = completionFields({ output, downloadNeedsWait: false });
			expect(fields.map((f) => f.name).slice(0, 6)).toEqual([
				'waitForCompletion',
				...SETTINGS,
				download,
				'binaryPropertyName',
			]);
			expect(named(fields, download).displayName).toBe(label);
			expect(named(fields, 'binaryPropertyName')).toMatchObject({
				displayName: field,
				type: 'string',
				default: 'data',
			});
			expect(fields.map((f) => f.name).includes('onShortDelivery')).toBe(output === 'images');
		},
	);

	it('the wait settings show only while waiting, whatever the operation', () => {
		for (const downloadNeedsWait of [true, false]) {
			const fields = completionFields({ output: 'video', downloadNeedsWait });
			for (const name of SETTINGS) {
				expect(named(fields, name).displayOptions).toEqual({ show: WAITING });
			}
			expect(named(fields, 'waitForCompletion').displayOptions).toBeUndefined();
		}
		// the shared settings themselves stay unconditional: version 1 lists them in Options
		expect(waitSettingFields.every((f) => f.displayOptions === undefined)).toBe(true);
	});

	it('Generate (download needs waiting): Download and its field show only while waiting', () => {
		const fields = completionFields({ output: 'images', downloadNeedsWait: true });
		expect(named(fields, 'downloadImages').displayOptions).toEqual({ show: WAITING });
		expect(named(fields, 'binaryPropertyName').displayOptions).toEqual({
			show: { downloadImages: [true], ...WAITING },
		});
		expect(named(fields, 'onShortDelivery').displayOptions).toEqual({ show: WAITING });
	});

	it('Get (a finished task can be downloaded at once): Download always, its field when on', () => {
		const fields = completionFields({ output: 'images', downloadNeedsWait: false });
		expect(named(fields, 'downloadImages').displayOptions).toBeUndefined();
		expect(named(fields, 'binaryPropertyName').displayOptions).toEqual({
			show: { downloadImages: [true] },
		});
		expect(named(fields, 'onShortDelivery').displayOptions).toBeUndefined();
		expect(named(fields, 'onShortDelivery').default).toBe('error');
	});

	it.each([
		[{ output: 'audio', downloadNeedsWait: true, onByDefault: true }, true],
		[{ output: 'audio', downloadNeedsWait: true }, false],
		[{ output: 'video', downloadNeedsWait: false, onByDefault: false }, false],
	] as Array<[CompletionFieldsFor, boolean]>)(
		'%j: waiting and download on by default: %s; nothing else changes',
		(options, on) => {
			const fields = completionFields(options);
			const download = `download${options.output === 'audio' ? 'Audio' : 'Video'}`;
			expect(named(fields, 'waitForCompletion').default).toBe(on);
			expect(named(fields, download).default).toBe(on);
			expect(named(fields, 'binaryPropertyName').default).toBe('data');
			expect(named(fields, 'maxWaitMinutes').default).toBe(DEFAULT_MAX_WAIT_MINUTES);
		},
	);

	it('every switch is a boolean described "Whether …"', () => {
		const fields = [
			...completionFields({ output: 'images', downloadNeedsWait: true }),
			simplifyField,
		];
		const switches = fields.filter((f) => f.type === 'boolean');
		expect(switches.map((f) => f.name)).toEqual([
			'waitForCompletion',
			'downloadImages',
			'simplify',
		]);
		for (const field of switches) expect(field.description).toMatch(/^Whether /);
		expect(simplifyField.default).toBe(true);
	});
});
