import { clonedVoice, expectPostList, page, PATHS } from '../../../helpers/lookups';
import { searchList } from '../../../helpers/list-search';

/** The Voice ID picker of Voice → Get and Delete, as n8n's panel calls it, with nock as Chanjing. */
describe('searchClonedVoices', () => {
	it('every cloned voice, whatever its state, named with it', async () => {
		const scope = expectPostList(
			PATHS.clonedVoices,
			{ page: 1, page_size: 50 },
			page([clonedVoice('C-Audio-1'), clonedVoice('C-Audio-2', 3, { lang: 'en' })]),
		);
		const { result, error } = await searchList('searchClonedVoices', {
			parameters: { resource: 'voice', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result?.results).toEqual([
			{
				name: 'Cloned C-Audio-1 · Ready · Chinese · cicada3.0-turbo',
				value: 'C-Audio-1',
				url: 'https://cdn.chanjing.example/C-Audio-1.wav',
			},
			{ name: 'Cloned C-Audio-2 · Expired · English · cicada3.0-turbo', value: 'C-Audio-2' },
		]);
	});
});
