import {
	customAvatar,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicAvatar,
} from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';
import { MAX_LOOKUP_PAGES } from '../../../../nodes/Chanjing/lookups/paths';

/**
 * A lookup's Get Many (here Avatar → Get Many, node version 2, through n8n-core with nock): the
 * first page is the operation's own request, further pages and lists follow up to Limit or, with
 * Return All, to the end; Simplify on or off.
 */
function getMany(parameters: Record<string, unknown>) {
	return runChanjing({
		parameters: { resource: 'avatar', operation: 'getAll', ...parameters },
		node: { typeVersion: 2 },
	});
}
const avatars = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => publicAvatar(from + i));

describe('Limit', () => {
	it('the page size is the Limit when smaller than 50; the items are cut to Limit', async () => {
		const scope = expectGetList(
			PATHS.publicAvatars,
			{ page: '1', size: '2' },
			page(avatars(1, 3), 3),
		);
		const { items, error } = await getMany({ limit: 2 });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json.avatarId)).toEqual(['dp-1', 'dp-2']);
		expect(items?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('a Limit above 50 reads pages of 50 until it is reached', async () => {
		const scopes = [
			expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page(avatars(1, 50), 4)),
			expectGetList(PATHS.publicAvatars, { page: '2', size: '50' }, page(avatars(51, 50), 4)),
		];
		const { items } = await getMany({ limit: 60 });
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items).toHaveLength(60);
		expect(items?.[59].json.avatarId).toBe('dp-60');
	});

	it('the lists are read in turn: the website list once the API list ends', async () => {
		const scopes = [
			expectPostList(PATHS.customAvatars, { page: 1, page_size: 3 }, page([customAvatar('C-1')])),
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 3, source: 1 },
				page([customAvatar('C-w1'), customAvatar('C-w2'), customAvatar('C-w3')], 2),
			),
		];
		const { items } = await getMany({ avatarType: 'custom', limit: 3 });
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items?.map((item) => item.json.avatarId)).toEqual(['C-1', 'C-w1', 'C-w2']);
	});
});

describe('Return All', () => {
	it('follows the pager, whichever key Chanjing names it (D6)', async () => {
		const full = avatars(1, 50);
		const scopes = [
			expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page(full, 2, 'pageInfo')),
			expectGetList(
				PATHS.publicAvatars,
				{ page: '2', size: '50' },
				{ List: [publicAvatar(51)], PageInfo: { total_page: 2 } },
			),
		];
		const { items, error } = await getMany({ returnAll: true });
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items).toHaveLength(51);
		expect(items?.[50].json.avatarId).toBe('dp-51');
	});

	it(`stops after ${MAX_LOOKUP_PAGES} pages of a list that never ends`, async () => {
		const scopes = Array.from({ length: MAX_LOOKUP_PAGES }, (_, i) =>
			expectGetList(
				PATHS.publicAvatars,
				{ page: String(i + 1), size: '50' },
				page(avatars(i * 50 + 1, 50), 999),
			),
		);
		const { items, error } = await getMany({ returnAll: true });
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items).toHaveLength(MAX_LOOKUP_PAGES * 50);
	});
});

describe('Simplify and the answer', () => {
	it('Simplify off: the entries as Chanjing sent them', async () => {
		expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page([publicAvatar(1)]));
		const { items } = await getMany({ simplify: false });
		expect(items?.[0].json).toEqual(publicAvatar(1));
	});

	it('an answer without a list fails the item instead of listing nothing', async () => {
		expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, { total: 0 });
		const { error } = await getMany({});
		expect(error?.message).toBe(
			'Chanjing answered the public avatar list without a list of entries',
		);
		expect(error?.description).toBe('Answer data: {"total":0}');
	});

	it('a later page without a list fails the item too', async () => {
		expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page(avatars(1, 50), 2));
		expectGetList(PATHS.publicAvatars, { page: '2', size: '50' }, { total: 0 });
		const { error } = await getMany({ returnAll: true });
		expect(error?.message).toBe(
			'Chanjing answered the public avatar list without a list of entries',
		);
	});
});
