import { isFinished } from '../../../../nodes/Chanjing/task/adapter';

describe('isFinished', () => {
	it.each(['succeeded', 'failed'])('%s is finished', (status) => {
		expect(isFinished(status)).toBe(true);
	});

	it.each(['queued', 'generating', 'unknown', 'Success', 'FAILED', '', undefined, null])(
		'%s is not',
		(status) => {
			expect(isFinished(status)).toBe(false);
		},
	);
});
