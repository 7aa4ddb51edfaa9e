import { videoName } from '../../../../nodes/Chanjing/avatarVideo/videoSearch';
import { LOOKUP_PAGE_SIZE } from '../../../../nodes/Chanjing/lookups/paths';
import { expectPostList } from '../../../helpers/lookups';
import { searchList } from '../../../helpers/list-search';

/** The Video ID picker of Avatar Video → Get and Delete: video_list, named for a person. */
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';
const LIST = '/open/v1/video_list';

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

describe('videoName', () => {
	it('status, time in the zone asked for, length and the first 8 characters of a long ID', () => {
		expect(videoName(video(ID, 30), 'Asia/Shanghai')).toBe(
			`Succeeded · 2026-11-24 14:00 GMT+8 · 12 s · ${ID.slice(0, 8)}…`,
		);
	});

	it('UTC by default; a video without a length or time leaves them out; an ID of 12 characters whole', () => {
		expect(videoName(video('abcdefghijkl', 10, { create_time: 0 }))).toBe(
			'Generating · abcdefghijkl',
		);
		expect(videoName(video('v-1', 45, { msg: '参数异常' }))).toBe(
			'Failed · 2026-11-24 06:00 UTC · v-1',
		);
	});

	it('a record without an ID is named by what it has', () => {
		expect(videoName({ status: 30, video_url: 'https://cdn.example/x.mp4', duration: 4 })).toBe(
			'Succeeded · 4 s',
		);
	});
});

describe('searchAvatarVideos (the Video ID picker)', () => {
	it('names each video by status, time in n8n’s zone, length and the start of its ID', async () => {
		const scope = expectPostList(
			LIST,
			{ page: 1, page_size: 50 },
			{ list: [video(ID, 30), video('v-2', 10)], page_info: { total_page: 1 } },
		);
		const { result } = await searchList('searchAvatarVideos', {
			parameters: { resource: 'avatarVideo', operation: 'get' },
			timezone: 'Asia/Shanghai',
		});
		expect(scope.isDone()).toBe(true);
		expect(result).toEqual({
			results: [
				{
					name: 'Succeeded · 2026-11-24 14:00 GMT+8 · 12 s · 5f0c9a1b…',
					value: ID,
					url: `https://cdn.example/${ID}.mp4`,
				},
				{ name: 'Generating · 2026-11-24 14:00 GMT+8 · v-2', value: 'v-2' },
			],
		});
	});

	it('the search box filters by name or ID; a video without an ID is left out', async () => {
		expectPostList(
			LIST,
			{ page: 1, page_size: 50 },
			{ list: [video(ID, 30), video('v-2', 10), video('', 30)], page_info: { total_page: 1 } },
		);
		const { result } = await searchList('searchAvatarVideos', {
			parameters: { resource: 'avatarVideo', operation: 'get' },
			filter: 'GENERATING',
		});
		expect(result).toEqual({
			results: [{ name: 'Generating · 2026-11-24 06:00 UTC · v-2', value: 'v-2' }],
		});
	});

	it('a full page with more pages behind it: the token reads the next page', async () => {
		const full = Array.from({ length: LOOKUP_PAGE_SIZE }, (_, i) => video(`v-${i}`, 10));
		expectPostList(LIST, { page: 1, page_size: 50 }, { list: full, page_info: { total_page: 2 } });
		const first = await searchList('searchAvatarVideos', {
			parameters: { resource: 'avatarVideo', operation: 'get' },
		});
		expect(first.result?.results).toHaveLength(LOOKUP_PAGE_SIZE);
		expect(first.result?.paginationToken).toBe('0:2');

		const scope = expectPostList(
			LIST,
			{ page: 2, page_size: 50 },
			{ list: [video('v-last', 30)], page_info: { total_page: 2 } },
		);
		const second = await searchList('searchAvatarVideos', {
			parameters: { resource: 'avatarVideo', operation: 'get' },
			paginationToken: first.result?.paginationToken as string,
		});
		expect(scope.isDone()).toBe(true);
		expect(second.result?.results.map((r) => r.value)).toEqual(['v-last']);
		expect(second.result?.paginationToken).toBeUndefined();
	});
});
