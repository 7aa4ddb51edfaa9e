import nock from 'nock';

import { envelope } from '../../../helpers/chanjing-api';
import { expectPostList } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Avatar Video → Get, Get Many and Delete (node version 2), with nock.
 * (The hooks' checks: videoIdHooks.test.ts; the Video ID picker: videoSearch.test.ts; the Font
 * dropdown: lookups/fonts.test.ts.)
 */
const V2 = { typeVersion: 2 };
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function video(id: string, status: number, extra: Record<string, unknown> = {}) {
	return {
		id,
		status,
		progress: status === 30 ? 100 : 50,
		msg: status === 30 ? 'success' : '',
		video_url: status === 30 ? `https://cdn.example/${id}.mp4` : '',
		subtitle_data_url: '',
		preview_url: '',
		duration: status === 30 ? 12 : 0,
		create_time: 1795500000,
		...extra,
	};
}

describe('Avatar Video → Get', () => {
	it('GET /open/v1/video?id= with the trimmed Video ID', async () => {
		const scope = api()
			.get('/open/v1/video')
			.query({ id: ID })
			.reply(200, envelope(0, video(ID, 10)));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'avatarVideo',
				operation: 'get',
				videoId: { __rl: true, mode: 'id', value: ` ${ID} ` },
			},
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ videoId: ID, status: 'generating', progress: 50 });
	});
});

describe('Avatar Video → Get Many', () => {
	it('POST video_list, reading the pager as pageInfo (D6), one item per video', async () => {
		const scope = expectPostList(
			'/open/v1/video_list',
			{ page: 1, page_size: 2 },
			{
				list: [video('v-1', 30), video('v-2', 45, { msg: '参数异常' })],
				pageInfo: { total_page: 3 },
			},
		);
		const { items, error } = await runChanjing({
			parameters: { resource: 'avatarVideo', operation: 'getAll', limit: 2 },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(
			items?.map((item) => [item.json.videoId, item.json.status, item.json.errorMessage]),
		).toEqual([
			['v-1', 'succeeded', null],
			['v-2', 'failed', '参数异常'],
		]);
	});
});

describe('Avatar Video → Delete', () => {
	it('POST delete_video {id}: the deleted ID', async () => {
		const scope = expectPostList('/open/v1/delete_video', { id: ID }, ID);
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'avatarVideo',
				operation: 'delete',
				videoId: { __rl: true, mode: 'list', value: ID },
			},
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({ videoId: ID, deleted: true });
	});
});
