import { T0, TRACE_ID, call, fetchToken, startWithClock, submit, tokenOf, Json, Clock } from './helpers';

describe('access tokens', () => {
  let sim: Json;
  let clock: Clock;

  beforeEach(async () => {
    ({ sim, clock } = await startWithClock({ tokenTtlS: 3600 }));
  });
  afterEach(() => sim.close());

  test('issues a token whose expire_in is the Unix second of expiry', async () => {
    const a = await fetchToken(sim);
    expect(a.status).toBe(200);
    expect(a.json).toMatchObject({ code: 0, msg: 'success' });
    expect(a.json.trace_id).toMatch(TRACE_ID);
    expect(a.json.data.access_token).toEqual(expect.any(String));
    expect(a.json.data.expire_in).toBe(T0 / 1000 + 3600);
  });

  test('wrong app_id or secret_key answers 40000 with HTTP 200', async () => {
    for (const creds of [
      { app_id: 'sim-app-id', secret_key: 'wrong' },
      { app_id: 'nobody', secret_key: 'sim-secret-key' },
      {},
    ]) {
      const a = await fetchToken(sim, creds as never);
      expect(a.status).toBe(200);
      expect(a.json.code).toBe(40000);
      expect(a.json.msg).toMatch(/app_id.*secret_key/);
      expect(a.json.data).toBeNull();
    }
  });

  test('a missing or unknown token answers 10400', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const a = await submit(sim, token as string);
      expect(a.status).toBe(200);
      expect(a.json).toMatchObject({ code: 10400, msg: 'AccessToken 验证失败', data: null });
    }
  });

  test('a new token invalidates the previous token of the same app', async () => {
    const first = await tokenOf(sim);
    expect((await submit(sim, first)).json.code).toBe(0);
    const second = await tokenOf(sim);
    expect(second).not.toBe(first);
    expect((await submit(sim, first)).json.code).toBe(10400);
    expect((await submit(sim, second)).json.code).toBe(0);
  });

  test('a new token of one app leaves the token of another app alone', async () => {
    await sim.close();
    ({ sim, clock } = await startWithClock({
      accounts: [
        { appId: 'a', secretKey: 'sa' },
        { appId: 'b', secretKey: 'sb' },
      ],
    }));
    const a = (await fetchToken(sim, { app_id: 'a', secret_key: 'sa' })).json.data.access_token;
    await fetchToken(sim, { app_id: 'b', secret_key: 'sb' });
    expect((await submit(sim, a)).json.code).toBe(0);
  });

  test('a token expires at expire_in', async () => {
    const token = await tokenOf(sim);
    clock.advance(3600 * 1000 - 1);
    expect((await submit(sim, token)).json.code).toBe(0);
    clock.advance(1);
    expect((await submit(sim, token)).json.code).toBe(10400);
  });

  test('static tokens work without fetching and never expire', async () => {
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(0);
    clock.advance(365 * 24 * 3600 * 1000);
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(0);
  });

  test('revokeTokens() makes the next call with the current token answer 10400', async () => {
    const token = await tokenOf(sim);
    expect(sim.revokeTokens()).toBe(2); // the fetched one and the static one
    expect((await submit(sim, token)).json.code).toBe(10400);
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(10400);
    const fresh = await tokenOf(sim);
    expect((await submit(sim, fresh)).json.code).toBe(0);
  });

  test('revokeTokens(appId) revokes only that app; a token string revokes that token', async () => {
    const token = await tokenOf(sim);
    expect(sim.revokeTokens('other-app')).toBe(0);
    expect((await submit(sim, token)).json.code).toBe(0);
    expect(sim.revokeTokens('sim-static-token')).toBe(1);
    expect((await submit(sim, token)).json.code).toBe(0);
    expect((await submit(sim, 'sim-static-token')).json.code).toBe(10400);
    expect(sim.revokeTokens('sim-app-id')).toBe(1);
    expect((await submit(sim, token)).json.code).toBe(10400);
  });

  test('POST /__sim/revoke revokes over HTTP', async () => {
    const token = await tokenOf(sim);
    const r = await call(sim.url, 'POST', '/__sim/revoke', { body: { appId: 'sim-app-id' } });
    expect(r.json).toEqual({ ok: true, revoked: 1 });
    expect((await submit(sim, token)).json.code).toBe(10400);
  });
});
