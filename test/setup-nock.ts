import nock from 'nock';

import type { renewalTiming as RenewalTiming } from '../nodes/Chanjing/auth/renewal';
import { forgetProcessMemory } from '../nodes/Chanjing/memory/processMemory';

type Timing = typeof RenewalTiming;

/**
 * The renewal's timing and its defaults, once the test file has loaded auth/renewal.ts (through
 * the node or directly). Loaded on demand: a file that tests a pure module does not pay for
 * n8n-workflow, which renewal.ts imports.
 */
const mockRenewal: { timing?: Timing; defaults?: Timing } = {};

function instantRenewalWaits(): void {
	if (!mockRenewal.timing) return;
	Object.assign(mockRenewal.timing, mockRenewal.defaults, {
		pause: async () => {},
		settle: async () => {},
		poll: async () => {},
	});
}

jest.mock('../nodes/Chanjing/auth/renewal', () => {
	const actual = jest.requireActual('../nodes/Chanjing/auth/renewal');
	mockRenewal.timing = actual.renewalTiming;
	mockRenewal.defaults = { ...actual.renewalTiming };
	instantRenewalWaits();
	return actual;
});

// What the node remembers across items and executions of one process starts empty per test.
// A renewal's waits (for other processes' tokens) are instant unless a test sets them.
beforeEach(() => {
	forgetProcessMemory();
	instantRenewalWaits();
});

/**
 * The suite's one nock policy, for every test file: nothing leaves the machine (only 127.0.0.1,
 * where the simulator listens, is reachable), and each test ends with every request it expected
 * sent and no request it did not expect, even one whose error the code under test swallowed.
 */
const LOOPBACK = /^127\.0\.0\.1(:\d+)?$/;

const unexpected: string[] = [];

function recordUnexpected(request: {
	method?: string;
	host?: string;
	hostname?: string;
	path?: string;
}): void {
	const host = String(request.hostname ?? request.host ?? '');
	if (!LOOPBACK.test(host)) unexpected.push(`${request.method} ${host}${request.path}`);
}

beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
	nock.enableNetConnect(LOOPBACK);
	nock.emitter.on('no match', recordUnexpected);
});

afterEach(() => {
	const pending = nock.pendingMocks();
	const sent = unexpected.splice(0);
	nock.cleanAll();
	expect(pending).toEqual([]);
	expect(sent).toEqual([]);
});

// nock patches Node's http module, which every test file of a Jest worker shares while each
// file loads its own nock: unpatch after a file so the next file's interceptors are the ones used.
afterAll(() => {
	nock.emitter.removeListener('no match', recordUnexpected);
	nock.cleanAll();
	nock.restore();
});
