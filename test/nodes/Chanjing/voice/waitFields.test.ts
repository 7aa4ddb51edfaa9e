import nock from 'nock';
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { waitSettingFields } from '../../../../nodes/Chanjing/fields/completionFields';
import { voiceWaitFields } from '../../../../nodes/Chanjing/voice/waitFields';
import { envelope } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { clonedVoice } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Waiting for a cloned voice: Clone waits by default, Get does not; the wait's settings show only
 * while waiting; no download (the voice ID is what a clone delivers). (Waiting itself:
 * completion/wait.test.ts; Clone's default wait end to end: cloneBody.test.ts.)
 */
const SETTINGS = ['maxWaitMinutes', 'pollIntervalSeconds', 'onTimeout'];
const field = (fields: INodeProperties[], name: string) => fields.find((f) => f.name === name);

describe('voiceWaitFields', () => {
	it('Wait for Completion, its settings, then Simplify; nothing to download', () => {
		expect(voiceWaitFields(false).map((f) => f.name)).toEqual([
			'waitForCompletion',
			...SETTINGS,
			'simplify',
		]);
		for (const fields of [voiceWaitFields(true), voiceWaitFields(false)]) {
			expect(fields.some((f) => /^download|binaryPropertyName/.test(f.name))).toBe(false);
		}
	});

	it('waits by default only when asked to, a boolean described "Whether …"', () => {
		const [waitOn] = voiceWaitFields(true);
		const [waitOff] = voiceWaitFields(false);
		expect([waitOn.name, waitOn.type, waitOn.default]).toEqual([
			'waitForCompletion',
			'boolean',
			true,
		]);
		expect([waitOff.name, waitOff.type, waitOff.default]).toEqual([
			'waitForCompletion',
			'boolean',
			false,
		]);
		expect(waitOff.description).toMatch(/^Whether to output the item only when the voice is ready/);
	});

	it('Max Wait, Poll Interval and On Timeout show only while waiting; Simplify always', () => {
		const fields = voiceWaitFields(true);
		for (const name of SETTINGS) {
			expect([name, field(fields, name)?.displayOptions]).toEqual([
				name,
				{ show: { waitForCompletion: [true] } },
			]);
		}
		expect(field(fields, 'simplify')).toMatchObject({ type: 'boolean', default: true });
		expect(field(fields, 'simplify')?.displayOptions).toBeUndefined();
	});

	it("the wait's bounds are the shared ones: Max Wait 15 min (1 to 120), Poll Interval 10 s (at least 5)", () => {
		const fields = voiceWaitFields(false);
		expect(field(fields, 'maxWaitMinutes')).toMatchObject({
			default: 15,
			typeOptions: { minValue: 1, maxValue: 120 },
		});
		expect(field(fields, 'pollIntervalSeconds')).toMatchObject({
			default: 10,
			typeOptions: { minValue: 5 },
		});
		expect(field(fields, 'onTimeout')?.default).toBe('error');
	});

	it('changes neither the shared settings nor the other default', () => {
		voiceWaitFields(true);
		expect(voiceWaitFields(false)[0].default).toBe(false);
		expect(waitSettingFields.every((f) => f.displayOptions === undefined)).toBe(true);
	});
});

describe('in the panel, as n8n fills in a saved node', () => {
	const description = new Chanjing().description;
	const parametersOf = (values: INodeParameters) =>
		NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'voice', ...values },
			true,
			false,
			{ typeVersion: 2 } as never,
			description,
		) as INodeParameters;

	it('Clone waits (15 min, every 10 s, else an error) unless told not to', () => {
		expect(parametersOf({ operation: 'clone' })).toMatchObject({
			waitForCompletion: true,
			maxWaitMinutes: 15,
			pollIntervalSeconds: 10,
			onTimeout: 'error',
			simplify: true,
		});
		expect(parametersOf({ operation: 'clone', waitForCompletion: false })).not.toHaveProperty(
			'maxWaitMinutes',
		);
	});

	it("Get does not wait: the wait's settings are not there until it does", () => {
		const get = parametersOf({ operation: 'get' });
		expect(get.waitForCompletion).toBe(false);
		for (const name of SETTINGS) expect(get).not.toHaveProperty(name);
		expect(parametersOf({ operation: 'get', waitForCompletion: true })).toMatchObject({
			maxWaitMinutes: 15,
		});
	});
});

describe('through n8n: Get waiting with the default Max Wait', () => {
	const ID = 'C-Audio-0a1b2c3d4e5f60718293a4b5c6d7e8f9';

	useFastWaits();

	it('a voice still cloning after 15 min: read once, polled at 2 s and every 5 min, then the item fails naming the wait', async () => {
		const polls = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get('/open/v1/customised_audio')
			.query({ id: ID })
			.times(5)
			.reply(200, envelope(0, clonedVoice(ID, 1)));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'voice',
				operation: 'get',
				voiceId: { __rl: true, mode: 'id', value: ID },
				waitForCompletion: true,
				pollIntervalSeconds: 300,
			},
			node: { typeVersion: 2 },
		});
		expect(items).toBeUndefined();
		expect(polls.isDone()).toBe(true);
		expect(error?.message).toBe(
			`Voice clone ${ID} was not ready after 15 min (last status: generating)`,
		);
	});
});
