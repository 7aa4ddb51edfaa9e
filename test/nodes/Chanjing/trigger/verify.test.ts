import { meansNoSuchTask } from '../../../../nodes/Chanjing/trigger/verify';

const failure = (chanjingCode?: number) => ({ message: 'x', context: { chanjingCode } });

describe('meansNoSuchTask', () => {
	it.each([40000, 40004, 10002])('reads Chanjing code %p about the ID as no such task', (code) => {
		expect(meansNoSuchTask(failure(code))).toBe(true);
	});

	it.each([
		['overloaded', 40001],
		['a server error', 50000],
		['a refused token', 10400],
		['an expired token', 10401],
	])('does not read %s as no such task', (_, code) => {
		expect(meansNoSuchTask(failure(code))).toBe(false);
	});

	it('does not read a failure without a code (network, HTTP) as no such task', () => {
		expect(meansNoSuchTask(failure())).toBe(false);
		expect(meansNoSuchTask(new Error('socket hang up'))).toBe(false);
	});
});
