import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';

describe('aiVideoAdapter', () => {
	it('a video task: its one MP4 attached to its item', () => {
		expect(aiVideoAdapter).toMatchObject({ noun: 'video', taskName: 'video task' });
		expect(aiVideoAdapter.outputs).toMatchObject({ kind: 'video', layout: 'attach' });
		expect(aiVideoAdapter.outputs.fileFields).toBeUndefined();
	});

	it('its file is the task’s video URL, missing or not', () => {
		expect(aiVideoAdapter.outputs.urls({ videoUrl: 'https://a/v.mp4' })).toEqual([
			'https://a/v.mp4',
		]);
		expect(aiVideoAdapter.outputs.urls({ videoUrl: null })).toEqual([null]);
	});

	it('names the file by the creation ID', () => {
		expect(aiVideoAdapter.outputs.fileName('c-1', 0)).toBe('c-1');
	});
});
