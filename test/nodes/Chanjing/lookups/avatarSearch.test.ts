import {
	customAvatar,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicAvatar,
	publicAvatar4k,
} from '../../../helpers/lookups';
import { searchList } from '../../../helpers/list-search';

/** The Avatar picker ("From List") as n8n's panel calls it, with nock as Chanjing. */
const PARAMETERS = { resource: 'avatarVideo', operation: 'create' };

describe('the Avatar picker', () => {
	it('lists public avatars by name, gender and figure types, then ready custom avatars', async () => {
		const scopes = [
			expectGetList(
				PATHS.publicAvatars,
				{ page: '1', size: '50' },
				page([publicAvatar(1), publicAvatar4k(2)]),
			),
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50 },
				page([
					customAvatar('C-1', { support_4k: true }),
					customAvatar('C-2', { status: 1 }),
					customAvatar('C-3', { is_open: 0 }),
				]),
			),
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50, source: 1 },
				page([customAvatar('C-web', { name: 'Shop host' })]),
			),
		];
		const { result, error } = await searchList('searchAvatars', { parameters: PARAMETERS });
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(result).toEqual({
			results: [
				{
					name: '主播1 · Female · Whole Body, Circle',
					value: 'dp-1',
					url: 'https://cdn.chanjing.example/dp-1/whole_body.mp4',
				},
				{
					name: '主播2 · Male · Sitting · 4K',
					value: 'dp-2',
					url: 'https://cdn.chanjing.example/dp-2/sit_body.mp4',
				},
				{
					name: 'My avatar C-1 · Custom · 4K',
					value: 'C-1',
					url: 'https://cdn.chanjing.example/C-1.mp4',
				},
				{
					name: 'Shop host · Custom (Website)',
					value: 'C-web',
					url: 'https://cdn.chanjing.example/C-web.mp4',
				},
			],
		});
	});

	it('reads one page at a time and says where to go on when scrolling', async () => {
		const full = Array.from({ length: 50 }, (_, i) => publicAvatar(i + 1));
		expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page(full, 2));
		const first = await searchList('searchAvatars', { parameters: PARAMETERS });
		expect(first.result?.results).toHaveLength(50);
		expect(first.result?.paginationToken).toBe('0:2');

		expectGetList(PATHS.publicAvatars, { page: '2', size: '50' }, page([publicAvatar(51)], 2));
		expectPostList(PATHS.customAvatars, { page: 1, page_size: 50 }, page([]));
		expectPostList(PATHS.customAvatars, { page: 1, page_size: 50, source: 1 }, page([]));
		const next = await searchList('searchAvatars', {
			parameters: PARAMETERS,
			paginationToken: '0:2',
		});
		expect(next.result).toEqual({
			results: [expect.objectContaining({ value: 'dp-51' })],
		});
	});

	it('the search box matches names in any case', async () => {
		expectGetList(
			PATHS.publicAvatars,
			{ page: '1', size: '50' },
			page([publicAvatar(1), publicAvatar(2, { name: 'News Anchor Lin' })]),
		);
		expectPostList(PATHS.customAvatars, { page: 1, page_size: 50 }, page([]));
		expectPostList(PATHS.customAvatars, { page: 1, page_size: 50, source: 1 }, page([]));
		const { result } = await searchList('searchAvatars', {
			parameters: PARAMETERS,
			filter: 'anchor',
		});
		expect(result?.results.map((item) => item.value)).toEqual(['dp-2']);
	});
});
