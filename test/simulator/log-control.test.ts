import { T0, call, detail, page, submit, submitted, tokenOf, useSimulator, Json } from './helpers';

describe('request log and control endpoints', () => {
	const s = useSimulator({ renderMs: 1000 }, { withToken: false });

	test('logs every API request with time, method, path, query, headers, body and code', async () => {
		const token = await tokenOf(s.sim);
		s.clock.advance(5);
		const id = await submitted(s.sim, token, { ref_prompt: 'logged' });
		await detail(s.sim, token, id);
		await submit(s.sim, 'bad-token');
		const log = s.sim.requests();
		expect(log).toHaveLength(4);
		expect(log[0]).toMatchObject({
			seq: 1,
			time: T0,
			method: 'POST',
			path: '/open/v1/access_token',
			body: { app_id: 'sim-app-id', secret_key: 'sim-secret-key' },
			httpStatus: 200,
			code: 0,
			fault: null,
		});
		expect(log[1]).toMatchObject({
			time: T0 + 5,
			path: '/open/v1/ai_creation/task/submit',
			code: 0,
		});
		expect(log[1].headers.access_token).toBe(token);
		expect(log[1].headers['content-type']).toBe('application/json');
		expect(log[1].body.ref_prompt).toBe('logged');
		expect(log[2]).toMatchObject({
			method: 'GET',
			path: '/open/v1/ai_creation/task',
			query: { unique_id: id },
			code: 0,
		});
		expect(log[3]).toMatchObject({ code: 10400 });
		expect(s.sim.requests({ path: '/open/v1/ai_creation/task' })).toHaveLength(1);
	});

	test('logs a non-JSON body as null with its raw text and code 400', async () => {
		await call(s.sim.url, 'POST', '/open/v1/access_token', { rawBody: 'app_id=x' });
		expect(s.sim.requests()[0]).toMatchObject({ body: null, rawBody: 'app_id=x', code: 400 });
	});

	test('an unknown API path answers HTTP 404 and is logged', async () => {
		const a = await call(s.sim.url, 'GET', '/open/v1/nothing-here', { token: 'sim-static-token' });
		expect(a.status).toBe(404);
		expect(a.json.code).toBe(404);
		expect(s.sim.requests()[0]).toMatchObject({ path: '/open/v1/nothing-here', httpStatus: 404 });
	});

	test('control endpoints are not logged; GET /__sim/requests returns the log', async () => {
		await tokenOf(s.sim);
		await call(s.sim.url, 'GET', '/__sim/tasks');
		await call(s.sim.url, 'GET', '/__sim/config');
		const viaHttp = (await call(s.sim.url, 'GET', '/__sim/requests')).json;
		expect(viaHttp).toHaveLength(1);
		expect(viaHttp[0].path).toBe('/open/v1/access_token');
		expect(
			(await call(s.sim.url, 'GET', '/__sim/requests?path=/open/v1/ai_creation/task')).json,
		).toEqual([]);
	});

	test('GET /__sim/tasks lists task details newest first', async () => {
		const token = await tokenOf(s.sim);
		const a = await submitted(s.sim, token);
		const b = await submitted(s.sim, token);
		const tasks = (await call(s.sim.url, 'GET', '/__sim/tasks')).json;
		expect(tasks.map((t: Json) => t.unique_id)).toEqual([b, a]);
		expect(s.sim.tasks().map((t: Json) => t.unique_id)).toEqual([b, a]);
	});

	test('POST /__sim/reset forgets tasks, tokens and the log and restores the start options', async () => {
		const token = await tokenOf(s.sim);
		await submitted(s.sim, token);
		s.sim.configure({ renderMs: 5, creditsLeft: 0 });
		expect((await call(s.sim.url, 'POST', '/__sim/reset')).json).toEqual({ ok: true });
		expect(s.sim.requests()).toEqual([]);
		expect(s.sim.tasks()).toEqual([]);
		expect(s.sim.publicConfig()).toMatchObject({ renderMs: 1000, creditsLeft: null });
		expect((await submit(s.sim, token)).json.code).toBe(10400);
		expect(
			(await page(s.sim, 'sim-static-token', { page: 1, page_size: 10 })).json.data.total,
		).toBe(0);
	});

	test('sim.reset() does the same programmatically', async () => {
		await tokenOf(s.sim);
		s.sim.reset();
		expect(s.sim.requests()).toEqual([]);
	});

	test('an unknown control endpoint answers 404', async () => {
		expect((await call(s.sim.url, 'GET', '/__sim/nothing')).status).toBe(404);
	});
});
