import { avatarVideoAdapter } from '../../../../nodes/Chanjing/avatarVideo/adapter';

/** The avatar video adapter: the ID of a create's answer, waiting, a lost answer, the trigger. */
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';

describe('avatarVideoAdapter', () => {
	it("reads the video ID of create_video's data, trimmed, and nothing else", () => {
		expect(avatarVideoAdapter.submittedId(` ${ID} `)).toBe(ID);
		expect(avatarVideoAdapter.submittedId({ id: ID })).toBeUndefined();
		expect(avatarVideoAdapter.submittedId('')).toBeUndefined();
		expect(avatarVideoAdapter.submittedId(12)).toBeUndefined();
	});

	it('waits with GET video?id=; looks a lost answer up in video_list pages', () => {
		expect(avatarVideoAdapter.detailRequest(ID)).toEqual({
			method: 'GET',
			url: '/open/v1/video',
			qs: { id: ID },
		});
		const { reconcile } = avatarVideoAdapter;
		expect(reconcile.listRequest({}, 3)).toEqual({
			method: 'POST',
			url: '/open/v1/video_list',
			body: { page: 3, page_size: reconcile.pageSize },
		});
		expect(reconcile.readPage({ list: [{ id: ID }], page_info: { total_page: 2 } })).toEqual({
			tasks: [{ id: ID }],
			totalPages: 2,
		});
		expect(reconcile.idOf({ id: ID })).toBe(ID);
		expect(reconcile.createdAtS({ create_time: '1795500000' })).toBe(1795500000);
	});

	it('the list keeps nothing of a request: any listed video matches, and the message says so', () => {
		expect(avatarVideoAdapter.reconcile.matches({ id: ID }, { audio: {} })).toBe(true);
		expect(avatarVideoAdapter.reconcile.matchedFields).toMatch(/^account/);
	});

	it('names what was asked for: the script, else the audio', () => {
		const { lookFor } = avatarVideoAdapter.reconcile;
		expect(lookFor({ audio: { tts: { text: ['你好', '世界'] } } })).toBe('the script "你好 世界"');
		expect(lookFor({ audio: { tts: { text: ['字'.repeat(100)] } } })).toBe(
			`the script "${'字'.repeat(80)}"`,
		);
		expect(lookFor({ audio: { wav_url: 'https://cdn.example/a.wav' } })).toBe(
			'the audio https://cdn.example/a.wav',
		);
		expect(lookFor({ audio: { file_id: 'f-1' } })).toBe('the audio f-1');
	});

	it('the trigger takes a record with a video_url by its ID, and lists with video_list', () => {
		const trigger = avatarVideoAdapter.trigger!;
		expect(trigger.taskIdIn({ id: ` ${ID} `, video_url: '' })).toBe(ID);
		expect(trigger.taskIdIn({ id: ID })).toBeUndefined();
		expect(trigger.taskIdIn({ id: 'a/b', video_url: 'x' })).toBeUndefined();
		expect(trigger.listRequest!(2)).toEqual(avatarVideoAdapter.reconcile.listRequest({}, 2));
	});

	it('delivers one video per task, named by the video ID', () => {
		expect(avatarVideoAdapter.outputs.kind).toBe('video');
		expect(avatarVideoAdapter.outputs.urls({ videoUrl: 'https://cdn.example/v.mp4' })).toEqual([
			'https://cdn.example/v.mp4',
		]);
		expect(avatarVideoAdapter.outputs.fileName(ID, 0)).toBe(ID);
	});
});
