import nock from 'nock';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import {
	APP_ID,
	appCredential,
	appCredentialWithToken,
	expectNoSecrets,
	expectTokenRequest,
	TOKEN_A,
	TOKEN_B,
} from '../../../helpers/app-credential';
import { envelope } from '../../../helpers/chanjing-api';
import { searchList } from '../../../helpers/list-search';
import { CREDENTIAL_ID, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

const PAGE_PATH = '/open/v1/ai_creation/task/page';
/** 2026-11-25 17:40:00 UTC */
const T0 = 1795628400;

function videoTask(n: number, extra: IDataObject = {}): IDataObject {
	return {
		unique_id: `video-${n}`,
		create_time: T0 + n * 60,
		type: 4,
		progress_desc: 'Success',
		output_url: [`https://v/${n}.mp4`],
		model_code: 'MiniMax-Hailuo-02',
		model_name: '',
		motion_info: { ref_prompt: `Prompt number ${n}`, clarity: 720, video_duration: 6 },
		...extra,
	};
}

function page(list: IDataObject[], pageNo: number, totalPage: number) {
	return envelope(0, {
		list,
		total: totalPage * 50,
		page_info: { page: pageNo, size: 50, total_count: totalPage * 50, total_page: totalPage },
	});
}

/** Expects one task-list request with exactly this body and the token, and answers it. */
function expectPage(body: IDataObject, answer: object, token = TEST_TOKEN, host = TEST_BASE_URL) {
	return nock(host, { reqheaders: { access_token: token, 'content-type': /application\/json/ } })
		.post(PAGE_PATH, (sent) => {
			expect(sent).toEqual(body);
			return true;
		})
		.reply(200, answer);
}

afterEach(() => jest.restoreAllMocks());

describe('searchVideoTasks (Get → Creation ID → From List)', () => {
	it('lists the first page of video tasks, newest first, named in words, with the creation ID as value', async () => {
		const list = expectPage(
			{ type: 4, page: 1, page_size: 50 },
			page(
				[
					videoTask(1),
					videoTask(3, {
						progress_desc: 'Generating',
						model_code: 'Doubao-Seedance-1.0-lite-i2v',
					}),
					videoTask(2, { progress_desc: 'Error', err_msg: '任务失败' }),
				],
				1,
				3,
			),
		);

		const { result, error } = await searchList('searchVideoTasks');

		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(result).toEqual({
			results: [
				{
					name: 'Prompt number 3 · Generating · 2026-11-25 17:43 UTC · Doubao Seedance 1.0 Lite',
					value: 'video-3',
				},
				{
					name: 'Prompt number 2 · Failed · 2026-11-25 17:42 UTC · MiniMax Hailuo 02',
					value: 'video-2',
				},
				{
					name: 'Prompt number 1 · Succeeded · 2026-11-25 17:41 UTC · MiniMax Hailuo 02',
					value: 'video-1',
				},
			],
			paginationToken: 2,
		});
	});

	it('reads the page the pagination token names; the last page has no token', async () => {
		const list = expectPage({ type: 4, page: 3, page_size: 50 }, page([videoTask(7)], 3, 3));

		const { result, error } = await searchList('searchVideoTasks', { paginationToken: '3' });

		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(result?.results.map((item) => item.value)).toEqual(['video-7']);
		expect(result?.paginationToken).toBeUndefined();
	});

	it('shows the first 40 characters of a long prompt, and says when there is none', async () => {
		const long = `${'A lighthouse at dawn, waves rolling in, slow aerial shot '.repeat(3)}`;
		expectPage(
			{ type: 4, page: 1, page_size: 50 },
			page(
				[
					videoTask(2, { motion_info: { ref_prompt: long } }),
					videoTask(1, {
						motion_info: { ref_prompt: '' },
						model_code: 'some-new-model',
						model_name: 'Some New Model',
						progress_desc: 'Queued',
						create_time: 0,
					}),
				],
				1,
				1,
			),
		);

		const { result } = await searchList('searchVideoTasks');

		expect(result?.results.map((item) => item.name)).toEqual([
			'A lighthouse at dawn, waves rolling in,… · Succeeded · 2026-11-25 17:42 UTC · MiniMax Hailuo 02',
			'No prompt · Queued · Some New Model',
		]);
		expect(result?.paginationToken).toBeUndefined();
	});

	it('filters by prompt or creation ID, in any case, and reads on while a page has no match', async () => {
		const first = expectPage(
			{ type: 4, page: 1, page_size: 50 },
			page([videoTask(9), videoTask(8)], 1, 4),
		);
		const second = expectPage(
			{ type: 4, page: 2, page_size: 50 },
			page(
				[
					videoTask(7, { motion_info: { ref_prompt: 'A LIGHTHOUSE at dawn' } }),
					videoTask(6, { unique_id: 'lighthouse-id-6' }),
					videoTask(5),
				],
				2,
				4,
			),
		);

		const { result, error } = await searchList('searchVideoTasks', { filter: ' Lighthouse ' });

		expect(error).toBeUndefined();
		expect(first.isDone() && second.isDone()).toBe(true);
		expect(result?.results.map((item) => item.value)).toEqual(['video-7', 'lighthouse-id-6']);
		expect(result?.paginationToken).toBe(3);
	});

	it('stops after 5 pages without a match and lets the user scroll on', async () => {
		const pages = [1, 2, 3, 4, 5].map((n) =>
			expectPage({ type: 4, page: n, page_size: 50 }, page([videoTask(n)], n, 9)),
		);

		const { result } = await searchList('searchVideoTasks', { filter: 'nothing like it' });

		expect(pages.every((scope) => scope.isDone())).toBe(true);
		expect(result).toEqual({ results: [], paginationToken: 6 });
	});

	it("an answer with code != 0 becomes Chanjing's error, with its code and trace ID", async () => {
		expectPage(
			{ type: 4, page: 1, page_size: 50 },
			envelope(50000, null, '系统内部错误', 'trace-list-9'),
		);

		const { result, error } = await searchList('searchVideoTasks');

		expect(result).toBeUndefined();
		expect(error?.message).toBe('Chanjing had an internal error (code 50000: 系统内部错误)');
		expect(error?.description).toContain('trace_id trace-list-9');
	});

	it("goes to the credential's Base URL", async () => {
		const list = expectPage(
			{ type: 4, page: 1, page_size: 50 },
			page([videoTask(1)], 1, 1),
			TEST_TOKEN,
			'https://chanjing-proxy.example.test',
		);

		const { result, error } = await searchList('searchVideoTasks', {
			credentials: {
				accessToken: TEST_TOKEN,
				baseUrl: ' https://chanjing-proxy.example.test/ ',
			},
		});

		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(result?.results).toHaveLength(1);
	});

	it('with App ID and Secret Key, obtains a token first and saves it in the credential', async () => {
		const token = expectTokenRequest();
		const check = nock(TEST_BASE_URL, { reqheaders: { access_token: TOKEN_B } })
			.post(PAGE_PATH, { type: 4, page: 1, page_size: 1 })
			.reply(200, envelope(0, { list: [], total: 0 }));
		const list = expectPage(
			{ type: 4, page: 1, page_size: 50 },
			page([videoTask(1)], 1, 1),
			TOKEN_B,
		);

		const { result, error, credentialsHelper } = await searchList('searchVideoTasks', {
			credentials: appCredential(),
		});

		expect(error).toBeUndefined();
		expect(token.isDone() && check.isDone() && list.isDone()).toBe(true);
		expect(result?.results.map((item) => item.value)).toEqual(['video-1']);
		expect(credentialsHelper.stored.get(CREDENTIAL_ID)).toMatchObject({
			sessionToken: TOKEN_B,
			sessionTokenIssuedFor: `${TEST_BASE_URL} ${APP_ID}`,
		});
		expectNoSecrets(result);
	});

	it('with App ID and Secret Key, a token Chanjing rejects is renewed once and the list read again', async () => {
		const rejected = expectPage(
			{ type: 4, page: 1, page_size: 50 },
			envelope(10400, null, 'AccessToken 验证失败'),
			TOKEN_A,
		);
		const token = expectTokenRequest();
		const list = expectPage(
			{ type: 4, page: 1, page_size: 50 },
			page([videoTask(1)], 1, 1),
			TOKEN_B,
		);

		const { result, error } = await searchList('searchVideoTasks', {
			credentials: appCredentialWithToken(),
		});

		expect(error).toBeUndefined();
		expect(rejected.isDone() && token.isDone() && list.isDone()).toBe(true);
		expect(result?.results.map((item) => item.value)).toEqual(['video-1']);
		expectNoSecrets(result, error);
	});

	it('with a pasted token Chanjing rejects, says so without showing the token', async () => {
		expectPage(
			{ type: 4, page: 1, page_size: 50 },
			envelope(10400, null, 'AccessToken 验证失败'),
			TOKEN_A,
		);

		const { error } = await searchList('searchVideoTasks', {
			credentials: { authentication: 'accessToken', accessToken: TOKEN_A, baseUrl: TEST_BASE_URL },
		});

		expect(error?.message).toBe(
			'Chanjing rejected the access token (code 10400: AccessToken 验证失败)',
		);
		expectNoSecrets(error);
	});
});

describe('searchImageTasks (Image → Get → Creation ID → From List)', () => {
	it('lists image tasks (type 3) with their prompt and image model, at the time in n8n’s time zone', async () => {
		const list = expectPage(
			{ type: 3, page: 1, page_size: 50 },
			page(
				[
					{
						unique_id: 'image-1',
						create_time: T0,
						type: 3,
						progress_desc: 'Success',
						output_url: ['https://i/1.png', 'https://i/2.png'],
						model_code: 'doubao-seedream-4.0',
						photo_info: { ref_prompt: 'A red fox in the snow', number_of_images: 2 },
					},
				],
				1,
				1,
			),
		);

		const { result, error } = await searchList('searchImageTasks', {
			parameters: { resource: 'image', operation: 'get' },
			timezone: 'Asia/Shanghai',
		});

		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(result).toEqual({
			results: [
				{
					name: 'A red fox in the snow · Succeeded · 2026-11-26 01:40 GMT+8 · Seedream 4.0',
					value: 'image-1',
				},
			],
		});
	});
});

describe('the node offers every list search its fields name', () => {
	function searchMethodsNamed(properties: INodeProperties[]): string[] {
		return properties.flatMap((property) => [
			...(property.modes ?? []).flatMap((mode) =>
				mode.typeOptions?.searchListMethod ? [mode.typeOptions.searchListMethod] : [],
			),
			...searchMethodsNamed(
				(property.options ?? []).filter((o) => 'type' in o) as INodeProperties[],
			),
		]);
	}

	it('the tasks, avatar, voice, avatar video and lip-sync video searches are the node’s list searches, each named by a field', () => {
		const node = new Chanjing();
		const named = searchMethodsNamed(node.description.properties);
		expect(named).toContain('searchVideoTasks');
		for (const name of named) expect(Object.keys(node.methods.listSearch)).toContain(name);
		expect(Object.keys(node.methods.listSearch).sort()).toEqual([
			'searchAvatarVideos',
			'searchAvatars',
			'searchClonedVoices',
			'searchCustomAvatars',
			'searchImageTasks',
			'searchLipSyncVideos',
			'searchVideoTasks',
			'searchVoices',
		]);
		expect([...new Set(named)].sort()).toEqual(Object.keys(node.methods.listSearch).sort());
	});
});
