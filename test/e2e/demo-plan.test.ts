import { N8N, chooseMajor, formatSeconds } from './demo-plan';
import { VERSIONS } from './n8n-instance';

const linux = { platform: 'linux', arch: 'x64' };

describe('chooseMajor: which n8n the demo runs on the Node it has', () => {
	it.each([
		['v20.20.2', 1],
		['v22.12.0', 2],
		['v24.21.0', 2],
		['v25.1.0', 2],
	])('Node %s without --major → n8n %i', (nodeVersion, major) => {
		expect(chooseMajor({ ...linux, nodeVersion })).toMatchObject({ major });
	});

	it('on Node 22 says why 2.x and how to get 1.x', () => {
		const { why } = chooseMajor({ ...linux, nodeVersion: 'v22.12.0' }) as { why: string };
		expect(why).toContain('Node 22');
		expect(why).toContain(`n8n ${N8N[2].version}`);
		expect(why).toContain(`Node 20 for n8n ${N8N[1].version}`);
	});

	it('--major 2 works on any Node from 20', () => {
		for (const nodeVersion of ['v20.20.2', 'v22.12.0', 'v24.21.0'])
			expect(chooseMajor({ ...linux, nodeVersion, requested: '2' })).toMatchObject({ major: 2 });
	});

	it('--major 1 on a Node other than 20 is refused with what to do', () => {
		const res = chooseMajor({ ...linux, nodeVersion: 'v24.21.0', requested: '1' }) as {
			error: string;
		};
		expect(res.error).toMatch(/runs on Node 20 and this is Node v24\.21\.0/);
		expect(res.error).toContain('--major 2');
	});

	it.each([
		[{ ...linux, nodeVersion: 'v18.20.0' }, /needs Node 20 or newer/],
		[{ ...linux, nodeVersion: 'v20.20.2', requested: '3' }, /--major 3: use --major 1/],
		[{ platform: 'darwin', arch: 'arm64', nodeVersion: 'v20.20.2' }, /Linux x64.*darwin arm64/],
	])('refuses %j clearly', (env, message) => {
		expect(chooseMajor(env)).toEqual({ error: expect.stringMatching(message) });
	});

	it('pins the same n8n versions as the end-to-end harness', () => {
		expect({ 1: N8N[1].version, 2: N8N[2].version }).toEqual(VERSIONS);
	});
});

describe('formatSeconds', () => {
	it.each([
		[0.4, '0 s'],
		[59.4, '59 s'],
		[65, '1 min 05 s'],
		[601, '10 min 01 s'],
	])('%d → %s', (s, text) => expect(formatSeconds(s)).toBe(text));
});
