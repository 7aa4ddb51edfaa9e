import {
	T0,
	TRACE_ID,
	call,
	fetchToken,
	startWithClock,
	submit,
	tokenOf,
	useSimulator,
} from './helpers';

describe('access tokens', () => {
	const s = useSimulator({ tokenTtlS: 3600 }, { withToken: false });

	test('issues a token whose expire_in is the Unix second of expiry', async () => {
		const a = await fetchToken(s.sim);
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
			const a = await fetchToken(s.sim, creds as never);
			expect(a.status).toBe(200);
			expect(a.json.code).toBe(40000);
			expect(a.json.msg).toMatch(/app_id.*secret_key/);
			expect(a.json.data).toBeNull();
		}
	});

	test('a missing or unknown token answers 10400', async () => {
		for (const token of [undefined, 'not-a-token']) {
			const a = await submit(s.sim, token as string);
			expect(a.status).toBe(200);
			expect(a.json).toMatchObject({ code: 10400, msg: 'AccessToken 验证失败', data: null });
		}
	});

	test('a new token invalidates the previous token of the same app', async () => {
		const first = await tokenOf(s.sim);
		expect((await submit(s.sim, first)).json.code).toBe(0);
		const second = await tokenOf(s.sim);
		expect(second).not.toBe(first);
		expect((await submit(s.sim, first)).json.code).toBe(10400);
		expect((await submit(s.sim, second)).json.code).toBe(0);
	});

	test('a new token of one app leaves the token of another app alone', async () => {
		await s.sim.close();
		Object.assign(
			s,
			await startWithClock({
				accounts: [
					{ appId: 'a', secretKey: 'sa' },
					{ appId: 'b', secretKey: 'sb' },
				],
			}),
		);
		const a = (await fetchToken(s.sim, { app_id: 'a', secret_key: 'sa' })).json.data.access_token;
		await fetchToken(s.sim, { app_id: 'b', secret_key: 'sb' });
		expect((await submit(s.sim, a)).json.code).toBe(0);
	});

	test('a token expires at expire_in', async () => {
		const token = await tokenOf(s.sim);
		s.clock.advance(3600 * 1000 - 1);
		expect((await submit(s.sim, token)).json.code).toBe(0);
		s.clock.advance(1);
		expect((await submit(s.sim, token)).json.code).toBe(10400);
	});

	test('static tokens work without fetching and never expire', async () => {
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(0);
		s.clock.advance(365 * 24 * 3600 * 1000);
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(0);
	});

	test('revokeTokens() makes the next call with the current token answer 10400', async () => {
		const token = await tokenOf(s.sim);
		expect(s.sim.revokeTokens()).toBe(2); // the fetched one and the static one
		expect((await submit(s.sim, token)).json.code).toBe(10400);
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(10400);
		const fresh = await tokenOf(s.sim);
		expect((await submit(s.sim, fresh)).json.code).toBe(0);
	});

	test('revokeTokens(appId) revokes only that app; a token string revokes that token', async () => {
		const token = await tokenOf(s.sim);
		expect(s.sim.revokeTokens('other-app')).toBe(0);
		expect((await submit(s.sim, token)).json.code).toBe(0);
		expect(s.sim.revokeTokens('sim-static-token')).toBe(1);
		expect((await submit(s.sim, token)).json.code).toBe(0);
		expect((await submit(s.sim, 'sim-static-token')).json.code).toBe(10400);
		expect(s.sim.revokeTokens('sim-app-id')).toBe(1);
		expect((await submit(s.sim, token)).json.code).toBe(10400);
	});

	test('POST /__sim/revoke revokes over HTTP', async () => {
		const token = await tokenOf(s.sim);
		const r = await call(s.sim.url, 'POST', '/__sim/revoke', { body: { appId: 'sim-app-id' } });
		expect(r.json).toEqual({ ok: true, revoked: 1 });
		expect((await submit(s.sim, token)).json.code).toBe(10400);
	});
});
