import { customAvatarStatus, toCustomAvatarTask } from '../../../../nodes/Chanjing/avatar/task';

/** A custom avatar's status per CP's poller (catalogue D2): 1 training, 2 ready, 4 failed, 5 system error. */
describe('customAvatarStatus', () => {
	it.each([
		[0, 'queued'],
		[1, 'generating'],
		[2, 'succeeded'],
		[4, 'failed'],
		[5, 'failed'],
		[3, 'failed'],
		[-1, 'failed'],
		['2', 'succeeded'],
		[9, 'unknown'],
		[undefined, 'unknown'],
	])('status %j → %s', (status, expected) => {
		expect(customAvatarStatus({ status })).toBe(expected);
	});

	it('a billing failure in err_reason fails it whatever its status', () => {
		expect(customAvatarStatus({ status: 1, err_reason: '扣费失败,蝉豆不足' })).toBe('failed');
	});
});

describe('toCustomAvatarTask', () => {
	it('a ready avatar that Chanjing disabled is not usable, with the reason', () => {
		expect(toCustomAvatarTask({ id: 'C-1', status: 2, is_open: 0, reason: '违规' })).toMatchObject({
			status: 'succeeded',
			usable: false,
			reason: '违规',
		});
	});

	it('a failure without a reason says the status', () => {
		expect(toCustomAvatarTask({ status: 4 })).toMatchObject({
			state: 'failed',
			errorMessage: 'Chanjing ended the training with status 4',
		});
	});
});
