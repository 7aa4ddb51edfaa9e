import { call, fetchToken, startWithClock, submit, tokenOf, Json, Clock } from './helpers';

const SUBMIT = '/open/v1/ai_creation/task/submit';

describe('fault injection', () => {
  let sim: Json;
  let token: string;

  beforeEach(async () => {
    ({ sim } = await startWithClock());
    token = await tokenOf(sim);
  });
  afterEach(() => sim.close());

  test('faultsFor http5xx answers HTTP 502 with a non-JSON body for the next N calls to a path', async () => {
    sim.configure({ faultsFor: [{ path: SUBMIT, count: 2, kind: 'http5xx' }] });
    for (let i = 0; i < 2; i++) {
      const a = await submit(sim, token);
      expect(a.status).toBe(502);
      expect(a.json).toBeUndefined();
      expect(a.text).toContain('Bad Gateway');
    }
    expect((await submit(sim, token)).json.code).toBe(0);
    expect(sim.tasks()).toHaveLength(1);
  });

  test('faults on one path leave other paths alone', async () => {
    sim.configure({ faultsFor: [{ path: SUBMIT, count: 1, kind: 'http5xx' }] });
    expect((await fetchToken(sim)).status).toBe(200);
    expect((await submit(sim, await tokenOf(sim))).status).toBe(502);
  });

  test('a path ending in * matches by prefix', async () => {
    sim.configure({ faultsFor: [{ path: '/open/v1/ai_creation/*', count: 1, kind: 'http5xx', status: 503 }] });
    expect((await submit(sim, token)).status).toBe(503);
  });

  test('drop destroys the socket without an answer', async () => {
    sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'drop' }] });
    await expect(submit(sim, token)).rejects.toThrow();
    expect((await submit(sim, token)).json.code).toBe(0);
    expect(sim.requests({ path: SUBMIT })[0]).toMatchObject({ fault: 'drop', httpStatus: null, code: null });
  });

  test('delay adds latency to one call; delayMs to every call', async () => {
    sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'delay', delayMs: 300 }] });
    let t = Date.now();
    expect((await submit(sim, token)).json.code).toBe(0);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
    t = Date.now();
    await submit(sim, token);
    expect(Date.now() - t).toBeLessThan(250);
    sim.configure({ delayMs: 200 });
    t = Date.now();
    await fetchToken(sim);
    expect(Date.now() - t).toBeGreaterThanOrEqual(190);
  });

  test('kind code answers an envelope with the given code', async () => {
    sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'code', code: 50000, msg: '系统内部错误' }] });
    const a = await submit(sim, token);
    expect(a.status).toBe(200);
    expect(a.json).toMatchObject({ code: 50000, msg: '系统内部错误', data: null });
  });

  test('http5xxRate 1 fails every call, and random rates repeat with the same seed', async () => {
    sim.configure({ http5xxRate: 1 });
    expect((await submit(sim, token)).status).toBe(502);
    const pattern = async () => {
      sim.configure({ http5xxRate: 0.5, seed: 42 });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await submit(sim, token)).status);
      return out;
    };
    const first = await pattern();
    expect(first).toContain(502);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  test('dropRate 1 drops every call', async () => {
    sim.configure({ dropRate: 1 });
    await expect(fetchToken(sim)).rejects.toThrow();
    sim.configure({ dropRate: 0 });
    expect((await fetchToken(sim)).status).toBe(200);
  });

  test('a bad config patch is refused, over HTTP with 400', async () => {
    expect(() => sim.configure({ http5xxRate: 2 })).toThrow(/http5xxRate/);
    expect(() => sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'explode' }] })).toThrow(/kind/);
    const a = await call(sim.url, 'POST', '/__sim/config', { body: { nope: 1 } });
    expect(a.status).toBe(400);
    expect(a.json.error).toMatch(/nope/);
  });

  test('POST /__sim/config applies faults for another process', async () => {
    const a = await call(sim.url, 'POST', '/__sim/config', { body: { faultsFor: [{ path: SUBMIT, kind: 'http5xx' }] } });
    expect(a.json.ok).toBe(true);
    expect(a.json.config.faultsFor).toEqual([{ path: SUBMIT, kind: 'http5xx', count: 1 }]);
    expect((await submit(sim, token)).status).toBe(502);
    expect((await call(sim.url, 'GET', '/__sim/config')).json.faultsFor[0].count).toBe(0);
  });
});

describe('QPS cap', () => {
  let sim: Json;
  let clock: Clock;

  beforeEach(async () => {
    ({ sim, clock } = await startWithClock({ qps: 3 }));
  });
  afterEach(() => sim.close());

  test('over qps calls per second with one token answer 40001 超出 QPS 限制', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await submit(sim, 'sim-static-token')).json.code);
    expect(codes).toEqual([0, 0, 0, 40001, 40001]);
    const a = await submit(sim, 'sim-static-token');
    expect(a.status).toBe(200);
    expect(a.json).toMatchObject({ code: 40001, msg: '超出 QPS 限制', data: null });
    expect(sim.tasks()).toHaveLength(3);
  });

  test('the window slides: a second later calls are admitted again', async () => {
    for (let i = 0; i < 3; i++) await submit(sim, 'sim-static-token');
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(40001);
    clock.advance(1000);
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(0);
  });

  test('the cap is per token', async () => {
    const token = await tokenOf(sim);
    for (let i = 0; i < 3; i++) await submit(sim, 'sim-static-token');
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(40001);
    expect((await submit(sim, token)).json.code).toBe(0);
  });

  test('qps null lifts the cap', async () => {
    sim.configure({ qps: null });
    for (let i = 0; i < 10; i++) expect((await submit(sim, 'sim-static-token')).json.code).toBe(0);
  });
});
