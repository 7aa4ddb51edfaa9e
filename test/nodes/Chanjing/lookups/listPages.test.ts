import nock from 'nock';
import { NodeOperationError } from 'n8n-workflow';

import {
	type PagedList,
	readListPage,
	readWholeList,
} from '../../../../nodes/Chanjing/lookups/listPages';
import { publicVoiceList } from '../../../../nodes/Chanjing/lookups/lists';
import { LOOKUP_PAGE_SIZE } from '../../../../nodes/Chanjing/lookups/paths';
import { envelope } from '../../../helpers/chanjing-api';
import { expectGetList, page, PATHS, publicVoice } from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/** Pages of Chanjing's lookup lists read through n8n-core's item context, with nock as Chanjing. */
const context = (itemIndex = 0) =>
	chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }, itemIndex, undefined, {
		items: [{ json: {} }, { json: {} }, { json: {} }],
	}).context;
const voices = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => publicVoice(from + i));
const expectVoicePage = (number: number, data: unknown) =>
	expectGetList(PATHS.publicVoices, { page: String(number), size: '50' }, data);

describe('readListPage', () => {
	it('the entries (non-objects left out) and the pager of {list, page_info}', async () => {
		expectVoicePage(2, page([publicVoice(1), null, 'x', publicVoice(2)], 7));
		expect(await readListPage(context(), publicVoiceList, 2)).toEqual({
			entries: [publicVoice(1), publicVoice(2)],
			totalPages: 7,
		});
	});

	it.each([
		['pageInfo', { list: [publicVoice(1)], pageInfo: { total_page: 3 } }],
		['PageInfo with List', { List: [publicVoice(1)], PageInfo: { total_page: 3 } }],
	])('the pager as %s (D6)', async (_what, data) => {
		expectVoicePage(1, data);
		expect(await readListPage(context(), publicVoiceList, 1)).toEqual({
			entries: [publicVoice(1)],
			totalPages: 3,
		});
	});

	it('a list without pages (font_list: data is the array): one page', async () => {
		const fonts: PagedList = { name: 'font', request: () => ({ method: 'GET', url: PATHS.fonts }) };
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(PATHS.fonts)
			.reply(200, envelope(0, [{ id: 'f1' }, 3]));
		expect(await readListPage(context(), fonts, 1)).toEqual({
			entries: [{ id: 'f1' }],
			totalPages: 1,
		});
	});

	it.each([
		['no list', { total: 0 }, '{"total":0}'],
		['a list that is not an array', { list: 'none' }, '{"list":"none"}'],
		['no data', null, 'null'],
	])('%s: fails naming the list and the item, with the answer', async (_what, data, shown) => {
		expectVoicePage(1, data);
		const error = await readListPage(context(2), publicVoiceList, 1).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Chanjing answered the public voice list without a list of entries',
			description: `Nothing was created. Answer data: ${shown}`,
			context: { itemIndex: 2 },
		});
	});

	it('a long answer is shown cut to 300 characters', async () => {
		expectVoicePage(1, { note: 'x'.repeat(400) });
		const error = (await readListPage(context(), publicVoiceList, 1).catch((e: unknown) => e)) as {
			description: string;
		};
		expect(error.description).toBe(
			`Nothing was created. Answer data: ${JSON.stringify({ note: 'x'.repeat(400) }).slice(0, 300)}`,
		);
	});

	it("Chanjing's error code fails the reading", async () => {
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(PATHS.publicVoices)
			.query(true)
			.reply(200, envelope(50000, null, '系统内部错误'));
		await expect(readListPage(context(), publicVoiceList, 1)).rejects.toThrow(/code 50000/);
	});
});

describe('readWholeList', () => {
	it('page after page until a page is not full: complete', async () => {
		const scopes = [
			expectVoicePage(1, page(voices(1, LOOKUP_PAGE_SIZE), 9)),
			expectVoicePage(2, page(voices(51, 3), 9)),
		];
		const reading = await readWholeList(context(), publicVoiceList);
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(reading.complete).toBe(true);
		expect(reading.entries.map((entry) => entry.id)).toEqual(
			voices(1, 53).map((voice) => voice.id),
		);
	});

	it('a full last page ends the reading when the pager says it is the last', async () => {
		expectVoicePage(1, page(voices(1, LOOKUP_PAGE_SIZE), 1));
		const reading = await readWholeList(context(), publicVoiceList);
		expect(reading).toMatchObject({ complete: true });
		expect(reading.entries).toHaveLength(LOOKUP_PAGE_SIZE);
	});

	it('no more than maxPages pages: what was read, not complete', async () => {
		expectVoicePage(1, page(voices(1, LOOKUP_PAGE_SIZE), 5));
		expectVoicePage(2, page(voices(51, LOOKUP_PAGE_SIZE), 5));
		const reading = await readWholeList(context(), publicVoiceList, { maxPages: 2 });
		expect(reading.complete).toBe(false);
		expect(reading.entries).toHaveLength(2 * LOOKUP_PAGE_SIZE);
	});

	it('stops once it holds the entries wanted, not complete', async () => {
		expectVoicePage(1, page(voices(1, LOOKUP_PAGE_SIZE), 5));
		const reading = await readWholeList(context(), publicVoiceList, { wanted: 30 });
		expect(reading).toMatchObject({ complete: false });
		expect(reading.entries).toHaveLength(LOOKUP_PAGE_SIZE);
	});
});
