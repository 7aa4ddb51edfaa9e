import { call, submit, useSimulator } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rawGet, outcomeWithin } = require('./processes');

const SUBMIT = '/open/v1/ai_creation/task/submit';
const DETAIL = '/open/v1/ai_creation/task';

describe('faults after the request was handled, and answers that lie', () => {
	const s = useSimulator();

	test('drop after handling: the submit creates its task, the answer is lost', async () => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'drop', afterHandling: true }] });
		await expect(submit(s.sim, s.token)).rejects.toThrow();
		expect(s.sim.tasks()).toHaveLength(1);
		expect(s.sim.requests({ path: SUBMIT })[0]).toMatchObject({ fault: 'drop', code: 0 });
	});

	test('http5xx after handling: a proxy page, the task exists', async () => {
		s.sim.configure({
			faultsFor: [{ path: SUBMIT, kind: 'http5xx', status: 504, afterHandling: true }],
		});
		const a = await submit(s.sim, s.token);
		expect(a.status).toBe(504);
		expect(a.text).toContain('<html>');
		expect(s.sim.tasks()).toHaveLength(1);
	});

	test('hang after handling: the task exists and no answer comes', async () => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'hang', afterHandling: true }] });
		const outcome = await outcomeWithin(submit(s.sim, s.token), 300);
		expect(outcome).toBe('still waiting');
		expect(s.sim.tasks()).toHaveLength(1);
	});

	test('hang on a status check: no answer, nothing else changes', async () => {
		s.sim.configure({ faultsFor: [{ path: DETAIL, kind: 'hang' }] });
		const outcome = await outcomeWithin(
			call(s.sim.url, 'GET', `${DETAIL}?unique_id=x`, { token: s.token }),
			300,
		);
		expect(outcome).toBe('still waiting');
	});

	test.each([
		['missing', { omitData: true }, undefined, false],
		['null', { data: null }, null, true],
		['empty', { data: '' }, '', true],
		['an object', { data: { id: 7 } }, { id: 7 }, true],
	])('code 0 with data %s: the task is created all the same', async (_name, rule, data, hasKey) => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'data', ...rule }] });
		const a = await submit(s.sim, s.token);
		expect(a.json.code).toBe(0);
		expect('data' in a.json).toBe(hasKey);
		expect(a.json.data).toEqual(data);
		expect(s.sim.tasks()).toHaveLength(1);
	});

	test('body: an HTML page with HTTP 200 for a file', async () => {
		s.sim.configure({ faultsFor: [{ path: '/files/*', kind: 'body' }] });
		const a = await call(s.sim.url, 'GET', '/files/00000000-0000-4000-8000-000000000000.mp4');
		expect(a.status).toBe(200);
		expect(a.headers.get('content-type')).toBe('text/html');
		expect(a.text).toContain('<html>');
	});

	test('body with a content-length that lies: fewer bytes than announced, then the end', async () => {
		s.sim.configure({
			faultsFor: [
				{
					path: '/files/*',
					kind: 'body',
					contentType: 'video/mp4',
					body: 'short',
					contentLength: 1000,
				},
			],
		});
		const a = await rawGet(`${s.sim.url}/files/00000000-0000-4000-8000-000000000000.mp4`);
		expect(a.status).toBe(200);
		expect(a.headers['content-length']).toBe('1000');
		expect(a.bytes).toBe(5);
		expect(a.aborted).toBe(true);
	});

	test('bigFile streams an MP4 signature and the announced number of bytes', async () => {
		const bytes = 5 * 1024 * 1024 + 3;
		s.sim.configure({ faultsFor: [{ path: '/files/*', kind: 'bigFile', bytes }] });
		const a = await rawGet(`${s.sim.url}/files/00000000-0000-4000-8000-000000000000.mp4`);
		expect(a.status).toBe(200);
		expect(a.headers['content-type']).toBe('video/mp4');
		expect(Number(a.headers['content-length'])).toBe(bytes);
		expect(a.bytes).toBe(bytes);
		expect(a.first.subarray(4, 8).toString('latin1')).toBe('ftyp');
	});
});

describe('a strict rate limit', () => {
	const s = useSimulator({ qps: 5 });

	test('5 requests in a sliding second pass, the 6th gets 40001 until the oldest leaves', async () => {
		const codes: number[] = [];
		for (let i = 0; i < 6; i++) codes.push((await submit(s.sim, s.token)).json.code);
		expect(codes).toEqual([0, 0, 0, 0, 0, 40001]);
		s.clock.advance(999);
		expect((await submit(s.sim, s.token)).json.code).toBe(40001);
		s.clock.advance(2);
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
		expect(s.sim.tasks()).toHaveLength(6);
	});
});
