import { sleep } from 'n8n-workflow';

import { call, fetchToken, submit, tokenOf, useSimulator } from './helpers';

const SUBMIT = '/open/v1/ai_creation/task/submit';

describe('fault injection', () => {
	const s = useSimulator();

	test('faultsFor http5xx answers HTTP 502 with a non-JSON body for the next N calls to a path', async () => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, count: 2, kind: 'http5xx' }] });
		for (let i = 0; i < 2; i++) {
			const a = await submit(s.sim, s.token);
			expect(a.status).toBe(502);
			expect(a.json).toBeUndefined();
			expect(a.text).toContain('Bad Gateway');
		}
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
		expect(s.sim.tasks()).toHaveLength(1);
	});

	test('faults on one path leave other paths alone', async () => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, count: 1, kind: 'http5xx' }] });
		expect((await fetchToken(s.sim)).status).toBe(200);
		expect((await submit(s.sim, await tokenOf(s.sim))).status).toBe(502);
	});

	test('a path ending in * matches by prefix', async () => {
		s.sim.configure({
			faultsFor: [{ path: '/open/v1/ai_creation/*', count: 1, kind: 'http5xx', status: 503 }],
		});
		expect((await submit(s.sim, s.token)).status).toBe(503);
	});

	test('drop destroys the socket without an answer', async () => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'drop' }] });
		await expect(submit(s.sim, s.token)).rejects.toThrow();
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
		expect(s.sim.requests({ path: SUBMIT })[0]).toMatchObject({
			fault: 'drop',
			httpStatus: null,
			code: null,
		});
	});

	test('delay adds latency to one call; delayMs to every call', async () => {
		s.sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'delay', delayMs: 300 }] });
		let t = Date.now();
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
		expect(Date.now() - t).toBeGreaterThanOrEqual(290);
		t = Date.now();
		await submit(s.sim, s.token);
		expect(Date.now() - t).toBeLessThan(250);
		s.sim.configure({ delayMs: 200 });
		t = Date.now();
		await fetchToken(s.sim);
		expect(Date.now() - t).toBeGreaterThanOrEqual(190);
	});

	test('delay with afterHandling handles the call when it arrives and answers late: a token issued first can reach the client last', async () => {
		s.sim.configure({
			faultsFor: [
				{ path: '/open/v1/access_token', kind: 'delay', delayMs: 400, afterHandling: true },
			],
		});
		const held = fetchToken(s.sim);
		await sleep(150); // the first call has arrived
		const later = await tokenOf(s.sim);
		const first = (await held).json.data.access_token;
		expect(first).not.toBe(later);
		// The held token was issued first, so the later one superseded it before it arrived.
		expect((await submit(s.sim, first)).json.code).toBe(10400);
		expect((await submit(s.sim, later)).json.code).toBe(0);
	});

	test('kind code answers an envelope with the given code', async () => {
		s.sim.configure({
			faultsFor: [{ path: SUBMIT, kind: 'code', code: 50000, msg: '系统内部错误' }],
		});
		const a = await submit(s.sim, s.token);
		expect(a.status).toBe(200);
		expect(a.json).toMatchObject({ code: 50000, msg: '系统内部错误', data: null });
	});

	test('http5xxRate 1 fails every call, and random rates repeat with the same seed', async () => {
		s.sim.configure({ http5xxRate: 1 });
		expect((await submit(s.sim, s.token)).status).toBe(502);
		const pattern = async () => {
			s.sim.configure({ http5xxRate: 0.5, seed: 42 });
			const out: number[] = [];
			for (let i = 0; i < 12; i++) out.push((await submit(s.sim, s.token)).status);
			return out;
		};
		const first = await pattern();
		expect(first).toContain(502);
		expect(first).toContain(200);
		expect(await pattern()).toEqual(first);
	});

	test('dropRate 1 drops every call', async () => {
		s.sim.configure({ dropRate: 1 });
		await expect(fetchToken(s.sim)).rejects.toThrow();
		s.sim.configure({ dropRate: 0 });
		expect((await fetchToken(s.sim)).status).toBe(200);
	});

	test('a bad config patch is refused, over HTTP with 400', async () => {
		expect(() => s.sim.configure({ http5xxRate: 2 })).toThrow(/http5xxRate/);
		expect(() => s.sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'explode' }] })).toThrow(
			/kind/,
		);
		const a = await call(s.sim.url, 'POST', '/__sim/config', { body: { nope: 1 } });
		expect(a.status).toBe(400);
		expect(a.json.error).toMatch(/nope/);
	});

	test('POST /__sim/config applies faults for another process', async () => {
		const a = await call(s.sim.url, 'POST', '/__sim/config', {
			body: { faultsFor: [{ path: SUBMIT, kind: 'http5xx' }] },
		});
		expect(a.json.ok).toBe(true);
		expect(a.json.config.faultsFor).toEqual([{ path: SUBMIT, kind: 'http5xx', count: 1 }]);
		expect((await submit(s.sim, s.token)).status).toBe(502);
		expect((await call(s.sim.url, 'GET', '/__sim/config')).json.faultsFor[0].count).toBe(0);
	});
});

describe('QPS cap', () => {
	const s = useSimulator({ qps: 3 }, { withToken: false });

	test('over qps calls per second with one token answer 40001 超出 QPS 限制', async () => {
		const codes: number[] = [];
		for (let i = 0; i < 5; i++) codes.push((await submit(s.sim, 'sim-static-token')).json.code);
		expect(codes).toEqual([0, 0, 0, 40001, 40001]);
		const a = await submit(s.sim, 'sim-static-token');
		expect(a.status).toBe(200);
		expect(a.json).toMatchObject({ code: 40001, msg: '超出 QPS 限制', data: null });
		expect(s.sim.tasks()).toHaveLength(3);
	});

	test('the window slides: a second later calls are admitted again', async () => {
		for (let i = 0; i < 3; i++) await submit(s.sim, 'sim-static-token');
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(40001);
		s.clock.advance(1000);
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(0);
	});

	test('the cap is per token', async () => {
		const token = await tokenOf(s.sim);
		for (let i = 0; i < 3; i++) await submit(s.sim, 'sim-static-token');
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(40001);
		expect((await submit(s.sim, token)).json.code).toBe(0);
	});

	test('qps null lifts the cap', async () => {
		s.sim.configure({ qps: null });
		for (let i = 0; i < 10; i++)
			expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(0);
	});
});
