import nock from 'nock';

import {
	description,
	lipSyncList,
	lipSyncListing,
} from '../../../../nodes/Chanjing/lipSync/getAll.operation';
import { envelope } from '../../../helpers/chanjing-api';
import { expectPostList, page } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Lip Sync → Get Many (node version 2) through n8n-core with nock: POST video_lip_sync/list
 * {page, page_size}, pages read up to Limit or to the end, each video simplified with lip
 * sync's status codes or as Chanjing sent it. (One page of two: LipSync.resource.test.ts.)
 */
const LIST = '/open/v1/video_lip_sync/list';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function video(n: number, extra: Record<string, unknown> = {}) {
	return {
		id: `lipsync-${n}`,
		status: 20,
		progress: 100,
		msg: 'success',
		video_url: `https://cdn.example/lipsync-${n}.mp4`,
		preview_url: `https://cdn.example/lipsync-${n}.png`,
		duration: 2500,
		create_time: 1795500000,
		...extra,
	};
}
const videos = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => video(from + i));

function getMany(parameters: Record<string, unknown> = {}) {
	return runChanjing({
		parameters: { resource: 'lipSync', operation: 'getAll', ...parameters },
		node: { typeVersion: 2 },
	});
}

describe('Lip Sync → Get Many on the wire', () => {
	it('Limit 2: one page of 2 asked for, the items cut to 2, each paired with the input', async () => {
		const list = expectPostList(LIST, { page: 1, page_size: 2 }, page(videos(1, 3), 5));
		const { items, error } = await getMany({ limit: 2 });
		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(items?.map((item) => item.json.videoId)).toEqual(['lipsync-1', 'lipsync-2']);
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
		expect(items?.[52].json.videoId).toBe('lipsync-53');
	});

	it('simplified with lip sync’s codes: 0 queued, 10 generating, 20 with a URL succeeded, 20 without or 30 failed', async () => {
		expectPostList(
			LIST,
			{ page: 1, page_size: 50 },
			page([
				video(1, { status: 0, video_url: '' }),
				video(2, { status: 10, video_url: '' }),
				video(3),
				video(4, { video_url: '' }),
				video(5, { status: 30, msg: '未检测到人脸' }),
			]),
		);
		const { items, error } = await getMany();
		expect(error).toBeUndefined();
		expect(items?.map((item) => [item.json.status, item.json.errorMessage ?? null])).toEqual([
			['queued', null],
			['generating', null],
			['succeeded', null],
			['failed', 'Chanjing reported success without a video URL'],
			['failed', '未检测到人脸'],
		]);
		expect(items?.[2].json).toMatchObject({
			videoId: 'lipsync-3',
			videoUrl: 'https://cdn.example/lipsync-3.mp4',
			durationSeconds: 2.5,
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

	it('an answer without a list of entries fails the item naming the lip-sync video list', async () => {
		api()
			.post(LIST)
			.reply(200, envelope(0, { total: 3 }));
		const { error } = await getMany();
		expect(error?.message).toBe(
			'Chanjing answered the lip-sync video list without a list of entries',
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

describe('lipSyncList and lipSyncListing', () => {
	it('a page of video_lip_sync/list is a POST of {page, page_size}', () => {
		expect(lipSyncList.name).toBe('lip-sync video');
		expect(lipSyncList.request(3, 20)).toEqual({
			method: 'POST',
			url: LIST,
			body: { page: 3, page_size: 20 },
		});
	});

	it('reads the one list; an entry simplified as a lip-sync video (never left out)', () => {
		const lists = lipSyncListing.lists(undefined as never);
		expect(lists).toEqual([lipSyncList]);
		expect(lipSyncListing.simplified({ id: 'x', status: 30 }, lipSyncList)).toMatchObject({
			videoId: 'x',
			status: 'failed',
		});
		expect(lipSyncListing.simplified({}, lipSyncList)).toMatchObject({ status: 'unknown' });
	});
});

describe('the Get Many panel', () => {
	it('Return All, Limit and Simplify, shown for Lip Sync → Get Many only', () => {
		expect(description.map((property) => property.name)).toEqual([
			'returnAll',
			'limit',
			'simplify',
		]);
		for (const property of description) {
			expect(property.displayOptions?.show).toMatchObject({
				resource: ['lipSync'],
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
