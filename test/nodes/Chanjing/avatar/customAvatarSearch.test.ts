import { customAvatar, expectPostList, page, PATHS } from '../../../helpers/lookups';
import { searchList } from '../../../helpers/list-search';

/** The Avatar ID picker of Avatar → Get and Delete, as n8n's panel calls it, with nock as Chanjing. */
describe('searchCustomAvatars', () => {
	it('every custom avatar, made on the API then on the website, whatever its state', async () => {
		const scopes = [
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50 },
				page([customAvatar('C-1'), customAvatar('C-2', { status: 1, preview_url: '' })]),
			),
			expectPostList(
				PATHS.customAvatars,
				{ page: 1, page_size: 50, source: 1 },
				page([customAvatar('C-web', { status: 4 })]),
			),
		];
		const { result, error } = await searchList('searchCustomAvatars', {
			parameters: { resource: 'avatar', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(result?.results).toEqual([
			{ name: 'My avatar C-1 · Ready', value: 'C-1', url: 'https://cdn.chanjing.example/C-1.mp4' },
			{ name: 'My avatar C-2 · Training', value: 'C-2' },
			{
				name: 'My avatar C-web · Failed · Website',
				value: 'C-web',
				url: 'https://cdn.chanjing.example/C-web.mp4',
			},
		]);
	});
});
