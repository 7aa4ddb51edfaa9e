import nock from 'nock';
import type {
	INodeParameters,
	INodePropertyMode,
	INodePropertyRegexValidation,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { voiceIdLocator } from '../../../../nodes/Chanjing/voice/voiceIdLocator';
import { envelope } from '../../../helpers/chanjing-api';
import { searchList } from '../../../helpers/list-search';
import { clonedVoice, expectClonedVoices } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Voice → Get's and Delete's Voice ID: picked From List among the account's cloned voices, or
 * given By ID. (What Get and Delete do with it: voiceIdHooks.test.ts; the list's names:
 * voiceSearch.test.ts.)
 */
const locator = voiceIdLocator('The voice to test');
const [fromList, byId] = locator.modes as INodePropertyMode[];
const example = String(byId.placeholder).replace(/^e\.g\. /, '');

describe('voiceIdLocator', () => {
	it('a required Voice ID, From List by default, with the description given', () => {
		expect(locator).toMatchObject({
			name: 'voiceId',
			displayName: 'Voice ID',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: 'The voice to test',
		});
		expect([fromList.name, byId.name]).toEqual(['list', 'id']);
	});

	it('From List searches the cloned voices of the account (POST list_customised_audio), not the public ones', async () => {
		const method = fromList.typeOptions?.searchListMethod as string;
		expect(fromList.typeOptions?.searchable).toBe(true);
		const scope = expectClonedVoices([clonedVoice('C-Audio-1'), clonedVoice('C-Audio-2', 0)]);
		const { result, error } = await searchList(method, {
			parameters: { resource: 'voice', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result?.results.map((item) => item.value)).toEqual(['C-Audio-1', 'C-Audio-2']);
	});

	it("By ID takes the placeholder's example and refuses what is no ID, saying what a voice ID has", () => {
		const [rule] = byId.validation as INodePropertyRegexValidation[];
		const regex = new RegExp(rule.properties.regex);
		expect(example).toMatch(/^C-Audio-/);
		expect(regex.test(example)).toBe(true);
		expect(regex.test(` ${example} `)).toBe(true);
		for (const bad of ['C-Audio/../x', 'my voice', '']) expect(regex.test(bad)).toBe(false);
		expect(rule.properties.errorMessage).toBe('A voice ID has letters, digits, "-" and "_" only');
	});
});

describe('in the node', () => {
	const description = new Chanjing().description;

	it.each([
		['get', /^The cloned voice to get/],
		['delete', /^The cloned voice to delete, permanently/],
	])('Voice → %s shows the Voice ID, with its own description', (operation, words) => {
		const values = NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'voice', operation },
			true,
			false,
			{ typeVersion: 2 } as never,
			description,
		) as INodeParameters;
		const shown = description.properties.filter(
			(p) =>
				p.name === 'voiceId' &&
				NodeHelpers.displayParameter(values, p, { typeVersion: 2 } as never, description),
		);
		expect(shown).toHaveLength(1);
		expect(shown[0].type).toBe('resourceLocator');
		expect(shown[0].description).toMatch(words);
	});

	it("the placeholder's example typed By ID is the ID Get asks Chanjing for", async () => {
		const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get('/open/v1/customised_audio')
			.query({ id: example })
			.reply(200, envelope(0, clonedVoice(example, 2)));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'voice',
				operation: 'get',
				voiceId: { __rl: true, mode: 'id', value: example },
			},
			node: { typeVersion: 2 },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ voiceId: example, state: 'ready' });
	});
});
