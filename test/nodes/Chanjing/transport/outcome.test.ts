import {
	isTransientError,
	networkCodeOf,
	submitOutcome,
} from '../../../../nodes/Chanjing/transport/outcome';

describe('isTransientError: a failure that changes nothing is worth another try', () => {
	it.each([
		[{ context: { chanjingCode: 40001 } }, true],
		[{ context: { chanjingCode: 50000 } }, true],
		[{ context: { chanjingCode: 40000 } }, false],
		[{ context: {}, httpCode: '502' }, true],
		[{ context: {}, httpCode: '404' }, false],
		[{ message: 'socket hang up' }, true],
		[{ message: 'Chanjing API credential: could not obtain an access token: …' }, false],
	])('%j → %s', (error, transient) => {
		expect(isTransientError(error)).toBe(transient);
	});
});

describe('submitOutcome: what a failed submit means for the money', () => {
	it.each([
		[{ context: { chanjingCode: 40001 } }, 'rateLimited'],
		[{ context: {}, httpCode: '429' }, 'rateLimited'],
		[{ context: { chanjingCode: 50000 } }, 'unknown'],
		[{ context: { chanjingCode: 40000 } }, 'refused'],
		[{ context: {}, httpCode: '502' }, 'unknown'],
		[{ context: {}, httpCode: '404' }, 'refused'],
		[{ context: { notEnvelope: true }, httpCode: '200' }, 'unknown'],
		[{ context: { unknownOutcome: true, chanjingCode: 0 } }, 'unknown'],
		[{ message: 'connect ECONNREFUSED 127.0.0.1:9' }, 'unreachable'],
		[{ message: 'socket hang up' }, 'unknown'],
		[{ message: 'timeout of 60000ms exceeded' }, 'unknown'],
	])('%j → %s', (error, outcome) => {
		expect(submitOutcome(error)).toBe(outcome);
	});

	it('reads the network code under n8n and axios wrapping', () => {
		expect(networkCodeOf({ cause: { cause: { code: 'ECONNRESET' } } })).toBe('ECONNRESET');
		expect(networkCodeOf({ message: 'timeout of 5ms exceeded' })).toBe('ECONNABORTED');
		expect(networkCodeOf({ message: 'all fine' })).toBeUndefined();
	});
});
