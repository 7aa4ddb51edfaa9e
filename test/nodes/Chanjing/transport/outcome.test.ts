import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	isNeverConnected,
	isTimeout,
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

/**
 * A request that failed on the network, as n8n-core's request helpers throw it: a NodeApiError
 * around axios's error (request-helper-functions.js), which keeps the code in `httpCode` only and
 * replaces the message with n8n's own words for the code.
 */
function asN8nCoreThrowsIt(code: string): NodeApiError {
	const axiosError = Object.assign(new Error(`getaddrinfo ${code} open-api.chanjing.cc`), { code });
	return new NodeApiError(NODE, axiosError as unknown as JsonObject);
}

const NODE: INode = {
	id: 'chanjing',
	name: 'Chanjing',
	type: 'n8n-nodes-chanjing.chanjing',
	typeVersion: 2,
	position: [0, 0],
	parameters: {},
};

describe('network failures as n8n-core reports them', () => {
	it('a refused connection: nothing was sent', () => {
		const error = asN8nCoreThrowsIt('ECONNREFUSED');
		expect(error.httpCode).toBe('ECONNREFUSED');
		expect(submitOutcome(error)).toBe('unreachable');
		expect(isNeverConnected(error)).toBe(true);
	});

	it('a reset connection may have carried the submit: unknown', () => {
		expect(submitOutcome(asN8nCoreThrowsIt('ECONNRESET'))).toBe('unknown');
	});

	it('a timeout is a timeout', () => {
		expect(isTimeout(asN8nCoreThrowsIt('ETIMEDOUT'))).toBe(true);
	});

	// BUG: networkCodeOf reads `code` on the error, its context and its causes, and n8n's words
	// for ECONNREFUSED, but n8n-core's NodeApiError keeps the code only in `httpCode` and says
	// "The connection cannot be established…" (ENOTFOUND), "The host is unreachable…"
	// (EHOSTUNREACH), "The DNS server returned an error…" (EAI_AGAIN). A Base URL whose host does
	// not resolve is then an unknown outcome: Generate looks the task up in a list it cannot reach
	// and says "A paid video task may exist … Do not run this item again", although nothing was
	// sent; Get does not name the Base URL. Remove `.failing` once transport/outcome.ts reads
	// httpCode too.
	it.failing.each(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
		'a connection that never opened (%s): nothing was sent',
		(code) => {
			const error = asN8nCoreThrowsIt(code);
			expect(error.httpCode).toBe(code);
			expect(isNeverConnected(error)).toBe(true);
			expect(submitOutcome(error)).toBe('unreachable');
		},
	);
});
