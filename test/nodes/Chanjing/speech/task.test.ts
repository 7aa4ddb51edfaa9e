import { speechStatus, toSpeechTask } from '../../../../nodes/Chanjing/speech/task';

/** A speech task's status in words, per source (catalogue 6 and D7). */
describe('speech status', () => {
	const full = { url: 'https://cdn.example/a.wav', duration: 2 };
	it.each([
		[{ status: 1 }, 'generating'], // TTS: 1 generating
		[{ status: 9, full }, 'succeeded'], // TTS: 9 finished
		[{ status: 9, full, errMsg: '失败' }, 'failed'], // CUI, SDK: 9 + errMsg is a failure
		[{ status: 9, full: null }, 'failed'], // TTS poll_task: 9 without full.url
		[{ status: 3 }, 'failed'], // TTS poll_task: anything but 1 and 9
		[{ status: 1, errMsg: '余额不足' }, 'failed'], // billing (CUI check_billing_error)
		[{}, 'unknown'], // no status: not trusted, waiting goes on (bounded)
		[{ status: 'x' }, 'unknown'],
	])('%j → %s', (raw, status) => {
		expect(speechStatus(raw)).toBe(status);
	});

	it('leaves taskId out when the detail has no id (waiting keeps the one it asked for)', () => {
		expect(toSpeechTask({ status: 1 })).not.toHaveProperty('taskId');
	});
});
