import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { avatarWaitFields } from '../../../../nodes/Chanjing/avatar/waitFields';
import { waitSettingFields } from '../../../../nodes/Chanjing/fields/completionFields';
import { envelope } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { customAvatar } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Waiting for a custom avatar: off by default (training takes up to half an hour), Max Wait 30
 * minutes by default, the wait's settings shown only while waiting, no download (the avatar ID
 * is what training delivers). (Waiting itself: completion/wait.test.ts.)
 */
const SETTINGS = ['maxWaitMinutes', 'pollIntervalSeconds', 'onTimeout'];
const field = (name: string) => avatarWaitFields.find((f) => f.name === name);

describe('avatarWaitFields', () => {
	it('Wait for Completion, its settings, then Simplify; nothing to download', () => {
		expect(avatarWaitFields.map((f) => f.name)).toEqual([
			'waitForCompletion',
			...SETTINGS,
			'simplify',
		]);
	});

	it('does not wait by default, and says why: training takes up to half an hour', () => {
		expect(field('waitForCompletion')).toMatchObject({ type: 'boolean', default: false });
		expect(field('waitForCompletion')?.description).toMatch(
			/^Whether to output the item only when the avatar is trained or has failed.*half an hour/,
		);
	});

	it('Max Wait is 30 minutes by default, within the shared bounds (1 to 120)', () => {
		expect(field('maxWaitMinutes')).toMatchObject({
			type: 'number',
			default: 30,
			typeOptions: { minValue: 1, maxValue: 120 },
		});
	});

	it('Poll Interval and On Timeout keep the shared defaults', () => {
		expect(field('pollIntervalSeconds')).toMatchObject({
			default: 10,
			typeOptions: { minValue: 5 },
		});
		expect(field('onTimeout')?.default).toBe('error');
	});

	it('the settings show only while waiting; Simplify always', () => {
		for (const name of SETTINGS) {
			expect([name, field(name)?.displayOptions]).toEqual([
				name,
				{ show: { waitForCompletion: [true] } },
			]);
		}
		expect(field('simplify')).toMatchObject({ type: 'boolean', default: true });
		expect(field('simplify')?.displayOptions).toBeUndefined();
	});

	it("leaves the shared settings as they were (other products' Max Wait stays 15 min)", () => {
		const shared = waitSettingFields.find((f) => f.name === 'maxWaitMinutes');
		expect(shared?.default).toBe(15);
		expect(waitSettingFields.every((f) => f.displayOptions === undefined)).toBe(true);
	});
});

describe('in the panel, as n8n fills in a saved node', () => {
	const description = new Chanjing().description;
	const parametersOf = (values: INodeParameters) =>
		NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'avatar', ...values },
			true,
			false,
			{ typeVersion: 2 } as never,
			description,
		) as INodeParameters;

	it.each(['createCustom', 'get'])(
		"%s does not wait: the wait's settings are not there",
		(operation) => {
			const parameters = parametersOf({ operation });
			expect(parameters.waitForCompletion).toBe(false);
			for (const name of SETTINGS) expect(parameters).not.toHaveProperty(name);
		},
	);

	it.each(['createCustom', 'get'])('%s waiting: 30 min, every 10 s, else an error', (operation) => {
		expect(parametersOf({ operation, waitForCompletion: true })).toMatchObject({
			maxWaitMinutes: 30,
			pollIntervalSeconds: 10,
			onTimeout: 'error',
		});
	});

	it('Avatar Video → Create is not given the 30 minutes (its own wait, 15 min)', () => {
		const parameters = NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'avatarVideo', operation: 'create', waitForCompletion: true },
			true,
			false,
			{ typeVersion: 2 } as never,
			description,
		) as INodeParameters;
		expect(parameters.maxWaitMinutes).toBe(15);
	});
});

describe('through n8n: Get waiting with the default Max Wait', () => {
	const ID = 'C-0a1b2c3d4e5f60718293a4b5c6d7e8f9';

	useFastWaits();

	it('an avatar still training after 30 min: read once, polled at 2 s and every 10 min, then the item fails naming the wait', async () => {
		const polls = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get('/open/v1/customised_person')
			.query({ id: ID })
			.times(5)
			.reply(200, envelope(0, customAvatar(ID, { status: 1, progress: 50 })));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'avatar',
				operation: 'get',
				avatarId: { __rl: true, mode: 'id', value: ID },
				waitForCompletion: true,
				pollIntervalSeconds: 600,
			},
			node: { typeVersion: 2 },
		});
		expect(items).toBeUndefined();
		expect(polls.isDone()).toBe(true);
		expect(error?.message).toBe(
			`Custom avatar ${ID} was not ready after 30 min (last status: generating)`,
		);
	});
});
