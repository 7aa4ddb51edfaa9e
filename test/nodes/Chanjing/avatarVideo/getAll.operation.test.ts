import nock from 'nock';

import {
	description,
	videoList,
	videoListing,
} from '../../../../nodes/Chanjing/avatarVideo/getAll.operation';
import { envelope } from '../../../helpers/chanjing-api';
import { expectPostList, page } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Avatar Video → Get Many (node version 2) through n8n-core with nock: POST video_list
 * {page, page_size}, pages read up to Limit or to the end, each video simplified with the avatar
 * video's status codes or as Chanjing sent it. (One page read as pageInfo: AvatarVideo.resource.test.ts.)
 */
const LIST = '/open/v1/video_list';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function video(n: number, extra: Record<string, unknown> = {}) {
	return {
		id: `video-${n}`,
		status: 30,
		progress: 100,
		msg: 'success',
		video_url: `https://cdn.example/video-${n}.mp4`,
		subtitle_data_url: `https://cdn.example/video-${n}.json`,
		preview_url: `https://cdn.example/video-${n}.png`,
		duration: 12,
		create_time: 1795500000,
		...extra,
	};
}
const videos = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => video(from + i));

function getMany(parameters: Record<string, unknown> = {}) {
	return runChanjing({
		parameters: { resource: 'avatarVideo', operation: 'getAll', ...parameters },
		node: { typeVersion: 2 },
	});
}

describe('Avatar Video → Get Many on the wire', () => {
	it('Limit 2: one page of 2 asked for, the items cut to 2, each paired with the input', async () => {
		const list = expectPostList(LIST, { page: 1, page_size: 2 }, page(videos(1, 3), 5));
		const { items, error } = await getMany({ limit: 2 });
		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(items?.map((item) => item.json.videoId)).toEqual(['video-1', 'video-2']);
		expect(items?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('Return All: pages of 50 until the pager’s last page', async () => {
		const pages = [
			expectPostList(LIST, { page: 1, page_size: 50 }, page(videos(1, 50), 2)),
			expectPostList(LIST, { page: 2, page_size: 50 }, page(videos(51, 3), 2)),
		];
		const { items, error } = await getMany({ returnAll: true });
		expect(error).toBeUndefined();
		expect(pages.every((scope) => scope.isDone())).toBe(true);
		expect(items).toHaveLength(53);
		expect(items?.[52].json.videoId).toBe('video-53');
	});

	it('simplified with the avatar video’s codes: 10 generating, 30 with a URL succeeded, 30 without, 4X and 5X failed', async () => {
		expectPostList(
			LIST,
			{ page: 1, page_size: 50 },
			page([
				video(1, { status: 10, video_url: '', msg: '' }),
				video(2),
				video(3, { video_url: '' }),
				video(4, { status: 40, msg: '' }),
				video(5, { status: 50, msg: '' }),
				video(6, { status: 45, msg: '参数异常' }),
			]),
		);
		const { items, error } = await getMany();
		expect(error).toBeUndefined();
		expect(items?.map((item) => [item.json.status, item.json.errorMessage])).toEqual([
			['generating', null],
			['succeeded', null],
			['failed', 'Chanjing reported success without a video URL'],
			['failed', 'Chanjing ended the video with status 40 (a parameter failure)'],
			['failed', 'Chanjing ended the video with status 50 (a service failure)'],
			['failed', '参数异常'],
		]);
		expect(items?.[1].json).toMatchObject({
			videoId: 'video-2',
			statusCode: 30,
			videoUrl: 'https://cdn.example/video-2.mp4',
			subtitleDataUrl: 'https://cdn.example/video-2.json',
			duration: 12,
			createdAt: '2026-11-24T06:00:00.000Z',
		});
	});

	it('Simplify off: each entry as Chanjing sent it', async () => {
		const raw = video(1, { some_new_field: 'kept' });
		expectPostList(LIST, { page: 1, page_size: 50 }, page([raw]));
		const { items, error } = await getMany({ simplify: false });
		expect(error).toBeUndefined();
		expect(items?.map((item) => item.json)).toEqual([raw]);
	});

	it('an answer without a list of entries fails the item naming the avatar video list', async () => {
		api()
			.post(LIST)
			.reply(200, envelope(0, { total: 3 }));
		const { error } = await getMany();
		expect(error?.message).toBe(
			'Chanjing answered the avatar video list without a list of entries',
		);
		expect(error?.description).toBe('Answer data: {"total":3}');
	});

	it('an error envelope (code ≠ 0) fails the item with Chanjing’s message', async () => {
		api()
			.post(LIST)
			.reply(200, envelope(50000, null, '系统繁忙'));
		const { error, items } = await getMany();
		expect(items).toBeUndefined();
		expect(error?.message).toBe('Chanjing had an internal error (code 50000: 系统繁忙)');
	});
});

describe('videoList and videoListing', () => {
	it('a page of video_list is a POST of {page, page_size}', () => {
		expect(videoList.name).toBe('avatar video');
		expect(videoList.request(3, 20)).toEqual({
			method: 'POST',
			url: LIST,
			body: { page: 3, page_size: 20 },
		});
	});

	it('reads the one list; an entry simplified as an avatar video (never left out)', () => {
		expect(videoListing.lists(undefined as never)).toEqual([videoList]);
		expect(videoListing.simplified({ id: 'x', status: 30 }, videoList)).toMatchObject({
			videoId: 'x',
			status: 'failed',
		});
		expect(
			videoListing.simplified({ id: 'y', status: 5, queue_status: 'queued' }, videoList),
		).toMatchObject({
			videoId: 'y',
			status: 'queued',
		});
		expect(videoListing.simplified({}, videoList)).toMatchObject({ status: 'unknown' });
	});
});

describe('the Get Many panel', () => {
	it('Return All, Limit and Simplify, shown for Avatar Video → Get Many only', () => {
		expect(description.map((property) => property.name)).toEqual([
			'returnAll',
			'limit',
			'simplify',
		]);
		for (const property of description) {
			expect(property.displayOptions?.show).toMatchObject({
				resource: ['avatarVideo'],
				operation: ['getAll'],
			});
		}
	});

	it('Limit is shown only without Return All, from 1, 50 by default', () => {
		const limit = description.find((property) => property.name === 'limit');
		expect(limit?.displayOptions?.show?.returnAll).toEqual([false]);
		expect(limit?.typeOptions?.minValue).toBe(1);
		expect(limit?.default).toBe(50);
	});
});
