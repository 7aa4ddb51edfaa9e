import {
	clonedVoiceList,
	customAvatarList,
	publicAvatarList,
	publicVoiceList,
} from '../../../../nodes/Chanjing/lookups/lists';
import { readListPage } from '../../../../nodes/Chanjing/lookups/listPages';
import { expectGetList, expectPostList, page, PATHS } from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * The lookup lists' requests on the wire (nock asserts method, path, access_token, and the query
 * or JSON body), as Chanjing's own scripts send them: the public lists page by query, the
 * account's lists by JSON body.
 */
const context = () =>
	chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }).context;

describe('publicAvatarList', () => {
	it('GET list_common_dp ?page&size, no tag_ids without tags', async () => {
		const scope = expectGetList(PATHS.publicAvatars, { page: '3', size: '20' }, page([]));
		await readListPage(context(), publicAvatarList(), 3, 20);
		expect(scope.isDone()).toBe(true);
	});

	it('tags as one comma-separated tag_ids', async () => {
		const scope = expectGetList(
			PATHS.publicAvatars,
			{ page: '1', size: '50', tag_ids: '101,121' },
			page([]),
		);
		await readListPage(context(), publicAvatarList([101, 121]), 1);
		expect(scope.isDone()).toBe(true);
	});
});

describe('customAvatarList', () => {
	it('made through the API (source 0): POST list_customised_person {page, page_size}, no source', async () => {
		const scope = expectPostList(PATHS.customAvatars, { page: 2, page_size: 50 }, page([]));
		await readListPage(context(), customAvatarList(0), 2);
		expect(scope.isDone()).toBe(true);
	});

	it('made on the website: source 1 in the body, and a name that says so', async () => {
		const scope = expectPostList(
			PATHS.customAvatars,
			{ page: 1, page_size: 10, source: 1 },
			page([]),
		);
		const list = customAvatarList(1);
		await readListPage(context(), list, 1, 10);
		expect(scope.isDone()).toBe(true);
		expect([list.source, customAvatarList(0).name, list.name]).toEqual([
			1,
			'custom avatar',
			'custom avatar (made on the website)',
		]);
	});
});

describe('the voice lists', () => {
	it('public: GET list_common_audio ?page&size', async () => {
		const scope = expectGetList(PATHS.publicVoices, { page: '1', size: '50' }, page([]));
		await readListPage(context(), publicVoiceList, 1);
		expect(scope.isDone()).toBe(true);
	});

	it('cloned: POST list_customised_audio {page, page_size}', async () => {
		const scope = expectPostList(PATHS.clonedVoices, { page: 4, page_size: 50 }, page([]));
		await readListPage(context(), clonedVoiceList, 4);
		expect(scope.isDone()).toBe(true);
	});
});
