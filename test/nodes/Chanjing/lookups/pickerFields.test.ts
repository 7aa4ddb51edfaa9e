import type {
	INodeProperties,
	INodePropertyModeValidation,
	NodeParameterValueType,
} from 'n8n-workflow';

import {
	avatarLocator,
	checkId,
	locatorValue,
	voiceLocator,
} from '../../../../nodes/Chanjing/lookups/pickerFields';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/** The Avatar and Voice pickers: the ID the item carries and its check. */

describe('checkId', () => {
	it.each([['dp-1'], [' C-Audio-0a1b2c3d '], ['a_b'], ['x'.repeat(128)]])('%j is an ID', (id) => {
		expect(checkId('Avatar', id)).toBeUndefined();
	});

	it.each([[undefined], [null], [''], ['   ']])('%j is empty: pick one From List', (id) => {
		expect(checkId('Voice', id)).toEqual({
			field: 'Voice',
			message: 'is empty; pick one From List or give its ID',
		});
	});

	it.each([
		['a/b', '"a/b"'],
		['-dp', '"-dp"'],
		['x'.repeat(129), `"${'x'.repeat(129)}"`],
		[42, '42'],
		[{ value: 'dp-1' }, '{"value":"dp-1"}'],
	])('%j is not an ID, quoted in the message', (id, shown) => {
		expect(checkId('Avatar', id)).toEqual({
			field: 'Avatar',
			message: `must be an ID (letters, digits, "-" and "_"), got ${shown}`,
		});
	});
});

describe("the By ID field's validation in the panel", () => {
	function regexOf(locator: INodeProperties): RegExp {
		const byId = locator.modes?.find((mode) => mode.name === 'id');
		const [rule] = byId?.validation as INodePropertyModeValidation[];
		return new RegExp((rule as unknown as { properties: { regex: string } }).properties.regex);
	}

	it('agrees with checkId: what the panel lets through the item check takes, and the reverse', () => {
		const values = [
			'dp-1',
			' dp-1 ',
			'a/b',
			'-dp',
			'_x',
			'C-Audio-1',
			'x'.repeat(128),
			'x'.repeat(129),
			'中文',
		];
		for (const locator of [avatarLocator, voiceLocator('The voice')]) {
			const regex = regexOf(locator);
			for (const value of values) {
				expect([value, regex.test(value)]).toEqual([value, checkId('Avatar', value) === undefined]);
			}
		}
	});
});

describe('locatorValue', () => {
	function contextWith(voice: NodeParameterValueType) {
		return chanjingSingleContext(
			{ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
			0,
			undefined,
			{
				parameters: { resource: 'speech', operation: 'generate', text: '你好', voice },
			},
		).context;
	}

	it('the ID of From List or By ID, as n8n extracts it from the resource locator', () => {
		expect(locatorValue(contextWith({ __rl: true, mode: 'list', value: 'voice-1' }), 'voice')).toBe(
			'voice-1',
		);
		expect(
			locatorValue(contextWith({ __rl: true, mode: 'id', value: ' C-Audio-1 ' }), 'voice'),
		).toBe(' C-Audio-1 ');
	});

	it("an item's expression is resolved first", () => {
		const { context } = chanjingSingleContext(
			{ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
			1,
			undefined,
			{
				items: [{ json: { v: 'voice-a' } }, { json: { v: 'voice-b' } }],
				parameters: {
					resource: 'speech',
					operation: 'generate',
					text: '你好',
					voice: { __rl: true, mode: 'id', value: '={{ $json.v }}' },
				},
			},
		);
		expect(locatorValue(context, 'voice')).toBe('voice-b');
	});
});
