import {
	customAvatar,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicAvatar,
} from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';

/**
 * Avatar → Get Many's lists (node version 2, through n8n-core with nock): public avatars with the
 * Tags filter, or the account's custom avatars by where they were made.
 */
function getMany(parameters: Record<string, unknown>) {
	return runChanjing({
		parameters: { resource: 'avatar', operation: 'getAll', ...parameters },
		node: { typeVersion: 2 },
	});
}

describe('public avatars: the Tags filter', () => {
	it('tags given by expression as text: the IDs as tag_ids, empty entries skipped', async () => {
		const scope = expectGetList(
			PATHS.publicAvatars,
			{ page: '1', size: '50', tag_ids: '101,7' },
			page([publicAvatar(1)]),
		);
		const { items, error } = await getMany({ tagIds: ' 101, ,7, ' });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json.avatarId)).toEqual(['dp-1']);
	});

	it.each([
		['101, x, 7', '"x"'],
		['-3, 1.5, 0', '"-3", "1.5", "0"'],
		[[101, 'ten'], '"ten"'],
	])(
		'a tag that is no whole number above 0 (%p) stops the item, nothing sent',
		async (tagIds, shown) => {
			const { items, error } = await getMany({ tagIds });
			expect(items).toBeUndefined();
			expect(error?.message).toBe(
				`Tag Names or IDs must be tag IDs, whole numbers above 0 (e.g. 101) chosen from the list or separated by commas; got ${shown}`,
			);
			expect(error?.description).toMatch(/^Nothing was sent to Chanjing for this item/);
		},
	);
});

describe('custom avatars: Made On', () => {
	it('made through the API and on the website: both lists, the website one with source 1', async () => {
		const scopes = [
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50 },
				page([customAvatar('C-1', { support_4k: true }), customAvatar('C-2', { status: 1 })]),
			),
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50, source: 1 },
				page([customAvatar('C-web')]),
			),
		];
		const { items, error } = await getMany({ avatarType: 'custom' });
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(items?.map((item) => item.json)).toEqual([
			{
				avatarId: 'C-1',
				type: 'custom',
				name: 'My avatar C-1',
				status: 'ready',
				usable: true,
				voiceId: 'C-1-voice',
				supports4k: true,
				madeOn: 'api',
				previewUrl: 'https://cdn.chanjing.example/C-1.mp4',
				coverUrl: 'https://cdn.chanjing.example/C-1.png',
				reason: null,
			},
			expect.objectContaining({ avatarId: 'C-2', status: 'training', usable: false }),
			expect.objectContaining({ avatarId: 'C-web', madeOn: 'website' }),
		]);
	});

	it('Made On Website reads only the website list', async () => {
		const scope = expectPostList(
			PATHS.customAvatars,
			{ page: 1, page_size: 50, source: 1 },
			page([customAvatar('C-web')]),
		);
		const { items } = await getMany({ avatarType: 'custom', madeOn: 'website' });
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json.avatarId)).toEqual(['C-web']);
	});

	it('Made On API reads only the API list, whose avatars say so', async () => {
		const scope = expectPostList(
			PATHS.customAvatars,
			{ page: 1, page_size: 50 },
			page([customAvatar('C-1')]),
		);
		const { items } = await getMany({ avatarType: 'custom', madeOn: 'api' });
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => [item.json.avatarId, item.json.madeOn])).toEqual([['C-1', 'api']]);
	});

	it('the Tags filter of public avatars is not sent for custom ones', async () => {
		expectPostList(PATHS.customAvatars, { page: 1, page_size: 50 }, page([]));
		expectPostList(PATHS.customAvatars, { page: 1, page_size: 50, source: 1 }, page([]));
		const { items } = await getMany({ avatarType: 'custom', tagIds: [101] });
		expect(items).toEqual([]);
	});
});
