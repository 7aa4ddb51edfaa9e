import { lipSyncVideoName } from '../../../../nodes/Chanjing/lipSync/videoSearch';
import { expectPostList, page } from '../../../helpers/lookups';
import { searchList } from '../../../helpers/list-search';

/** The Video ID picker of Lip Sync → Get, through n8n-core's LoadOptionsContext with nock. */
const LIST = '/open/v1/video_lip_sync/list';
const done = {
	id: '9a8b7c6d5e4f30211203f4e5d6c7b8a9',
	status: 20,
	progress: 100,
	msg: 'success',
	video_url: 'https://cdn.example/v.mp4',
	preview_url: 'https://cdn.example/v.png',
	duration: 12400,
	create_time: 1795500000,
};
const failed = {
	id: 'short-1',
	status: 30,
	msg: '失败',
	video_url: '',
	duration: 0,
	create_time: 0,
};

describe('the lip-sync Video ID picker', () => {
	it('names a video by status, time, length in seconds and the start of its ID', () => {
		expect(lipSyncVideoName(done)).toBe('Succeeded · 2026-11-24 06:00 UTC · 12 s · 9a8b7c6d…');
		expect(lipSyncVideoName(failed)).toBe('Failed · short-1');
	});

	it('lists the account’s lip-sync videos from video_lip_sync/list, each with its URL when made', async () => {
		const list = expectPostList(LIST, { page: 1, page_size: 50 }, page([done, failed]));
		const { result, error } = await searchList('searchLipSyncVideos', {
			parameters: { resource: 'lipSync', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(list.isDone()).toBe(true);
		expect(result?.results).toEqual([
			{
				name: 'Succeeded · 2026-11-24 06:00 UTC · 12 s · 9a8b7c6d…',
				value: done.id,
				url: done.video_url,
			},
			{ name: 'Failed · short-1', value: 'short-1' },
		]);
	});
});
