import { avatarVideoStatus, toAvatarVideoTask } from '../../../../nodes/Chanjing/avatarVideo/task';

/** An avatar video's status in words, per source (catalogue 3.2, D9). */
describe('avatar video status', () => {
	const url = 'https://cdn.example/v.mp4';
	it.each([
		[{ status: 10 }, 'generating'], // VC: 10 generating
		[{ status: 10, queue_status: 'queued' }, 'queued'], // SPEC/MClaw queue_status
		[{ status: 30, video_url: url }, 'succeeded'], // VC: 30 success
		[{ status: 30 }, 'failed'], // a success without a video is not trusted
		[{ status: 40 }, 'failed'], // VC poll_task: >= 40 failed (4X parameters)
		[{ status: 51 }, 'failed'], // 5X service
		[{ status: 20 }, 'generating'], // VC poll_task keeps polling on anything else
		[{ status: 30, video_url: url, msg: '余额不足' }, 'failed'], // billing, never success
		[{}, 'unknown'],
	])('%j → %s', (raw, status) => {
		expect(avatarVideoStatus(raw)).toBe(status);
	});

	it('names a failure without a message by its status', () => {
		expect(toAvatarVideoTask({ id: 'v', status: 52 }).errorMessage).toBe(
			'Chanjing ended the video with status 52 (a service failure)',
		);
		expect(toAvatarVideoTask({ id: 'v', status: 41, msg: '' }).errorMessage).toBe(
			'Chanjing ended the video with status 41 (a parameter failure)',
		);
	});
});
