import nock from 'nock';
import type {
	INodeParameters,
	INodePropertyMode,
	INodePropertyRegexValidation,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { avatarIdLocator } from '../../../../nodes/Chanjing/avatar/avatarIdLocator';
import { envelope } from '../../../helpers/chanjing-api';
import { searchList } from '../../../helpers/list-search';
import { customAvatar, expectCustomAvatars } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Avatar → Get's and Delete's Avatar ID: picked From List among the account's custom avatars, or
 * given By ID. (What Get and Delete do with it: avatarIdHooks.test.ts; the list's names:
 * customAvatarSearch.test.ts.)
 */
const locator = avatarIdLocator('The avatar to test');
const [fromList, byId] = locator.modes as INodePropertyMode[];
const example = String(byId.placeholder).replace(/^e\.g\. /, '');

describe('avatarIdLocator', () => {
	it('a required Avatar ID, From List by default, with the description given', () => {
		expect(locator).toMatchObject({
			name: 'avatarId',
			displayName: 'Avatar ID',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: 'The avatar to test',
		});
		expect([fromList.name, byId.name]).toEqual(['list', 'id']);
	});

	it("From List searches the account's custom avatars, made on the API and on the website, not the public ones", async () => {
		const method = fromList.typeOptions?.searchListMethod as string;
		expect(fromList.typeOptions?.searchable).toBe(true);
		const scopes = expectCustomAvatars([customAvatar('C-api')], [customAvatar('C-web')]);
		const { result, error } = await searchList(method, {
			parameters: { resource: 'avatar', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(result?.results.map((item) => item.value)).toEqual(['C-api', 'C-web']);
	});

	it("By ID takes the placeholder's example and refuses what is no ID, saying what an avatar ID has", () => {
		const [rule] = byId.validation as INodePropertyRegexValidation[];
		const regex = new RegExp(rule.properties.regex);
		expect(example).toMatch(/^C-/);
		expect(regex.test(example)).toBe(true);
		expect(regex.test(`${example}\n`)).toBe(true);
		for (const bad of ['C-1/../x', 'my avatar', '_C-1', '']) expect(regex.test(bad)).toBe(false);
		expect(rule.properties.errorMessage).toBe('An avatar ID has letters, digits, "-" and "_" only');
	});
});

describe('in the node', () => {
	const description = new Chanjing().description;

	it.each([
		['get', /^The custom avatar to get/],
		['delete', /^The custom avatar to delete, permanently/],
	])('Avatar → %s shows the Avatar ID, with its own description', (operation, words) => {
		const values = NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'avatar', operation },
			true,
			false,
			{ typeVersion: 2 } as never,
			description,
		) as INodeParameters;
		const shown = description.properties.filter(
			(p) =>
				p.name === 'avatarId' &&
				NodeHelpers.displayParameter(values, p, { typeVersion: 2 } as never, description),
		);
		expect(shown).toHaveLength(1);
		expect(shown[0].type).toBe('resourceLocator');
		expect(shown[0].description).toMatch(words);
	});

	it("the placeholder's example typed By ID is the ID Delete sends Chanjing", async () => {
		const scope = nock(TEST_BASE_URL, {
			reqheaders: { access_token: TEST_TOKEN, 'content-type': /application\/json/ },
		})
			.post('/open/v1/delete_customised_person', (sent) => {
				expect(sent).toEqual({ id: example });
				return true;
			})
			.reply(200, envelope(0, example));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'avatar',
				operation: 'delete',
				avatarId: { __rl: true, mode: 'id', value: example },
			},
			node: { typeVersion: 2 },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({ avatarId: example, deleted: true });
	});
});
