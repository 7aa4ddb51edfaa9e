import { clonedVoiceStatus, toClonedVoiceTask } from '../../../../nodes/Chanjing/voice/task';

/** A cloned voice's status [VCL, CUI, SDK]: 0 queued, 1 cloning, 2 done, 3 expired, 4 failed, 99 deleted. */
describe('clonedVoiceStatus', () => {
	it.each([
		[0, 'queued'],
		[1, 'generating'],
		[2, 'succeeded'],
		[3, 'failed'],
		[4, 'failed'],
		[99, 'failed'],
		['2', 'succeeded'],
		[7, 'unknown'],
		[null, 'unknown'],
	])('status %j → %s', (status, expected) => {
		expect(clonedVoiceStatus({ status })).toBe(expected);
	});

	it('a billing failure in err_msg fails the voice whatever its status', () => {
		expect(clonedVoiceStatus({ status: 1, err_msg: '扣费失败' })).toBe('failed');
		expect(clonedVoiceStatus({ status: 1, err_msg: 'slow' })).toBe('generating');
	});
});

describe('toClonedVoiceTask', () => {
	it('the state in words and why it cannot speak', () => {
		expect(toClonedVoiceTask({ id: 'C-Audio-1', status: 4, err_msg: ' too short ' })).toEqual({
			voiceId: 'C-Audio-1',
			name: null,
			status: 'failed',
			state: 'failed',
			statusCode: 4,
			progress: null,
			model: null,
			language: null,
			sampleUrl: null,
			errorMessage: 'Chanjing could not clone the voice (status 4): too short',
		});
		expect(toClonedVoiceTask({ status: 99 })).toMatchObject({
			state: 'deleted',
			errorMessage: 'The cloned voice was deleted (status 99)',
		});
		expect(toClonedVoiceTask({ status: 3 })).toMatchObject({ state: 'expired' });
	});

	it('no voiceId when the detail has no id (waiting keeps the one it asked for)', () => {
		expect(toClonedVoiceTask({ status: 2 })).not.toHaveProperty('voiceId');
	});
});
