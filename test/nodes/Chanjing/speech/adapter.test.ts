import { speechAdapter } from '../../../../nodes/Chanjing/speech/adapter';
import { toSpeechTask } from '../../../../nodes/Chanjing/speech/task';

/** The speech adapter: the ID of a create's answer, waiting, a lost answer, the trigger. */
const ID = '9f3c2a7b5d1e4f60a8b7c6d5e4f3a2b1';

describe('speechAdapter', () => {
	it('reads the task ID of create_audio_task’s {task_id}, trimmed, and nothing else', () => {
		expect(speechAdapter.submittedId({ task_id: ` ${ID} ` })).toBe(ID);
		expect(speechAdapter.submittedId(ID)).toBeUndefined();
		expect(speechAdapter.submittedId({ id: ID })).toBeUndefined();
		expect(speechAdapter.submittedId({ task_id: 'a/b' })).toBeUndefined();
		expect(speechAdapter.submittedId(null)).toBeUndefined();
	});

	it('waits with POST audio_task_state {task_id}, read by toSpeechTask', () => {
		expect(speechAdapter.detailRequest(ID)).toEqual({
			method: 'POST',
			url: '/open/v1/audio_task_state',
			body: { task_id: ID },
		});
		expect(speechAdapter.toTask).toBe(toSpeechTask);
	});

	it('delivers one audio file per task, attached, named by the task ID', () => {
		const task = toSpeechTask({ id: ID, status: 9, full: { url: 'https://cdn.example/a.wav' } });
		expect(speechAdapter.outputs.kind).toBe('audio');
		expect(speechAdapter.outputs.urls(task)).toEqual(['https://cdn.example/a.wav']);
		expect(speechAdapter.outputs.fileName(ID, 0)).toBe(ID);
	});

	it('a lost answer cannot be looked up: Chanjing lists no speech tasks; the text is named', () => {
		const { reconcile } = speechAdapter;
		expect(reconcile.unlisted).toMatch(/no list of speech tasks/);
		expect(() => reconcile.listRequest({}, 1)).toThrow(reconcile.unlisted);
		const text = '天'.repeat(100);
		expect(reconcile.lookFor({ text: { text } })).toBe(
			`a speech of the text "${text.slice(0, 80)}"`,
		);
		expect(reconcile.lookFor({})).toBe('a speech of the text ""');
	});

	it('the trigger takes a speech record (type tts, or with full) by its ID', () => {
		const taskIdIn = speechAdapter.trigger!.taskIdIn;
		expect(taskIdIn({ id: ` ${ID} `, type: 'tts' })).toBe(ID);
		expect(taskIdIn({ id: ID, full: { url: '' } })).toBe(ID);
		expect(taskIdIn({ id: ID, type: 'video' })).toBeUndefined();
		expect(taskIdIn({ id: 'a b', type: 'tts' })).toBeUndefined();
	});
});
