import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { clonedVoiceList, publicVoiceList } from '../../../../nodes/Chanjing/lookups/lists';
import {
	matchesFilter,
	MAX_PAGES_PER_SEARCH,
	searchLists,
	type SearchSource,
} from '../../../../nodes/Chanjing/lookups/listSearch';
import { LOOKUP_PAGE_SIZE } from '../../../../nodes/Chanjing/lookups/paths';
import {
	clonedVoice,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicVoice,
} from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * searchLists, the "From List" over several lists, with n8n-core's context sending the requests
 * and nock as Chanjing (a page read that was not expected fails the test).
 */
const context = () =>
	chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL })
		.context as unknown as ILoadOptionsFunctions;
const named = (entries: IDataObject[]) =>
	entries.map((entry) => ({ name: String(entry.name), value: String(entry.id) }));
const SOURCES: SearchSource[] = [
	{ list: publicVoiceList, toItems: named },
	{ list: clonedVoiceList, toItems: named },
];
const voices = (from: number, count: number, extra: Record<string, unknown> = {}) =>
	Array.from({ length: count }, (_, i) => publicVoice(from + i, extra));
const publicPage = (number: number, data: unknown) =>
	expectGetList(PATHS.publicVoices, { page: String(number), size: '50' }, data);
const clonedPage = (number: number, data: unknown) =>
	expectPostList(PATHS.clonedVoices, { page: number, page_size: 50 }, data);

describe('matchesFilter', () => {
	const item = { name: '温柔小芸 · Female', value: 'C-Audio-9f3c' };

	it.each([[''], ['  '], ['小芸'], ['female'], ['c-audio-9F3C'], [' 9f3c ']])(
		'%j matches the name or the ID, in any case',
		(filter) => {
			expect(matchesFilter(item, filter)).toBe(true);
		},
	);

	it('a text in neither does not match', () => {
		expect(matchesFilter(item, 'news')).toBe(false);
	});
});

describe('searchLists', () => {
	it('the lists one after the other; no token once the last list ends', async () => {
		publicPage(1, page([publicVoice(1)]));
		clonedPage(1, page([clonedVoice('C-Audio-1')]));
		expect(await searchLists(context(), SOURCES)).toEqual({
			results: [
				{ name: '温柔1', value: 'voice-1' },
				{ name: 'Cloned C-Audio-1', value: 'C-Audio-1' },
			],
		});
	});

	it('stops once a page’s worth is found and says where to go on: the next page', async () => {
		publicPage(1, page(voices(1, LOOKUP_PAGE_SIZE), 3));
		const result = await searchLists(context(), SOURCES);
		expect(result.results).toHaveLength(LOOKUP_PAGE_SIZE);
		expect(result.paginationToken).toBe('0:2');
	});

	it('a token goes on from that list and page; the next list starts at its page 1', async () => {
		publicPage(3, page(voices(101, 2), 3));
		clonedPage(
			1,
			page(
				Array.from({ length: 50 }, (_, i) => clonedVoice(`C-${i}`)),
				2,
			),
		);
		const result = await searchLists(context(), SOURCES, undefined, '0:3');
		expect(result.results.map((item) => item.value).slice(0, 3)).toEqual([
			'voice-101',
			'voice-102',
			'C-0',
		]);
		expect(result.paginationToken).toBe('1:2');
	});

	it.each([['nonsense'], ['-1:2'], ['0:0'], ['1.5:1'], ['']])(
		'a token it cannot read (%j) starts from the first list',
		async (token) => {
			publicPage(1, page([publicVoice(1)]));
			clonedPage(1, page([]));
			const result = await searchLists(context(), SOURCES, undefined, token);
			expect(result.results.map((item) => item.value)).toEqual(['voice-1']);
		},
	);

	it(`a filter that matches little reads at most ${MAX_PAGES_PER_SEARCH} pages, then hands a token`, async () => {
		for (let number = 1; number <= MAX_PAGES_PER_SEARCH; number++) {
			const entries = voices(number * 100, LOOKUP_PAGE_SIZE);
			if (number === 2) entries[0] = publicVoice(7, { name: 'News anchor' });
			publicPage(number, page(entries, 99));
		}
		const result = await searchLists(context(), SOURCES, 'anchor');
		expect(result).toEqual({
			results: [{ name: 'News anchor', value: 'voice-7' }],
			paginationToken: `0:${MAX_PAGES_PER_SEARCH + 1}`,
		});
	});

	it('items given first lead the results, filtered like the rest', async () => {
		publicPage(1, page([publicVoice(1), publicVoice(2, { name: 'Anchor' })]));
		clonedPage(1, page([]));
		const first = [
			{ name: "Avatar's Voice: anchor", value: 'v-a' },
			{ name: 'Other', value: 'v-b' },
		];
		const result = await searchLists(context(), SOURCES, 'anchor', undefined, first);
		expect(result.results.map((item) => item.value)).toEqual(['v-a', 'voice-2']);
	});
});
