import { lipSyncStatus, toLipSyncTask } from '../../../../nodes/Chanjing/lipSync/task';

/** Lip sync's status [AV, SDK, CUI]: 0 queued, 10 generating, 20 succeeded, 30 failed (D9). */
describe('lipSyncStatus', () => {
	const url = 'https://cdn.example/v.mp4';
	it.each([
		[{ status: 0 }, 'queued'],
		[{ status: 10 }, 'generating'],
		[{ status: '10' }, 'generating'],
		[{ status: 20, video_url: url }, 'succeeded'],
		[{ status: 30, msg: '失败' }, 'failed'],
		// avatar video's success code is a failure here
		[{ status: 30, video_url: url }, 'failed'],
		[{ status: 20, video_url: '' }, 'failed'],
		[{ status: 10, msg: '扣费失败,蝉豆不足' }, 'failed'],
		[{ status: 15 }, 'generating'],
		[{}, 'unknown'],
		[{ status: 'done' }, 'unknown'],
	])('%j → %s', (raw, status) => {
		expect(lipSyncStatus(raw)).toBe(status);
	});
});

describe('toLipSyncTask', () => {
	it('duration in milliseconds becomes seconds; the reason of a failure is Chanjing’s msg', () => {
		expect(
			toLipSyncTask({ id: 'v1', status: 30, msg: '未检测到人脸', duration: 0, create_time: 0 }),
		).toEqual({
			videoId: 'v1',
			status: 'failed',
			statusCode: 30,
			progress: null,
			videoUrl: null,
			previewUrl: null,
			durationSeconds: 0,
			createdAt: null,
			errorMessage: '未检测到人脸',
		});
		expect(toLipSyncTask({ status: 20, duration: 12345 })).toMatchObject({
			status: 'failed',
			durationSeconds: 12.345,
			errorMessage: 'Chanjing reported success without a video URL',
		});
		expect(toLipSyncTask({ status: 30 }).errorMessage).toBe(
			'Chanjing ended the lip-sync video with status 30 (failed)',
		);
	});
});
