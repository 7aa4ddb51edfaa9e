import { T0, call, detail, page, startWithClock, submit, submitted, tokenOf, Json, Clock } from './helpers';

describe('request log and control endpoints', () => {
  let sim: Json;
  let clock: Clock;

  beforeEach(async () => {
    ({ sim, clock } = await startWithClock({ renderMs: 1000 }));
  });
  afterEach(() => sim.close());

  test('logs every API request with time, method, path, query, headers, body and code', async () => {
    const token = await tokenOf(sim);
    clock.advance(5);
    const id = await submitted(sim, token, { ref_prompt: 'logged' });
    await detail(sim, token, id);
    await submit(sim, 'bad-token');
    const log = sim.requests();
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
    expect(log[1]).toMatchObject({ time: T0 + 5, path: '/open/v1/ai_creation/task/submit', code: 0 });
    expect(log[1].headers.access_token).toBe(token);
    expect(log[1].headers['content-type']).toBe('application/json');
    expect(log[1].body.ref_prompt).toBe('logged');
    expect(log[2]).toMatchObject({ method: 'GET', path: '/open/v1/ai_creation/task', query: { unique_id: id }, code: 0 });
    expect(log[3]).toMatchObject({ code: 10400 });
    expect(sim.requests({ path: '/open/v1/ai_creation/task' })).toHaveLength(1);
  });

  test('logs a non-JSON body as null with its raw text and code 400', async () => {
    await call(sim.url, 'POST', '/open/v1/access_token', { rawBody: 'app_id=x' });
    expect(sim.requests()[0]).toMatchObject({ body: null, rawBody: 'app_id=x', code: 400 });
  });

  test('an unknown API path answers HTTP 404 and is logged', async () => {
    const a = await call(sim.url, 'GET', '/open/v1/nothing-here', { token: 'sim-static-token' });
    expect(a.status).toBe(404);
    expect(a.json.code).toBe(404);
    expect(sim.requests()[0]).toMatchObject({ path: '/open/v1/nothing-here', httpStatus: 404 });
  });

  test('control endpoints are not logged; GET /__sim/requests returns the log', async () => {
    await tokenOf(sim);
    await call(sim.url, 'GET', '/__sim/tasks');
    await call(sim.url, 'GET', '/__sim/config');
    const viaHttp = (await call(sim.url, 'GET', '/__sim/requests')).json;
    expect(viaHttp).toHaveLength(1);
    expect(viaHttp[0].path).toBe('/open/v1/access_token');
    expect((await call(sim.url, 'GET', '/__sim/requests?path=/open/v1/ai_creation/task')).json).toEqual([]);
  });

  test('GET /__sim/tasks lists task details newest first', async () => {
    const token = await tokenOf(sim);
    const a = await submitted(sim, token);
    const b = await submitted(sim, token);
    const tasks = (await call(sim.url, 'GET', '/__sim/tasks')).json;
    expect(tasks.map((t: Json) => t.unique_id)).toEqual([b, a]);
    expect(sim.tasks().map((t: Json) => t.unique_id)).toEqual([b, a]);
  });

  test('POST /__sim/reset forgets tasks, tokens and the log and restores the start options', async () => {
    const token = await tokenOf(sim);
    await submitted(sim, token);
    sim.configure({ renderMs: 5, creditsLeft: 0 });
    expect((await call(sim.url, 'POST', '/__sim/reset')).json).toEqual({ ok: true });
    expect(sim.requests()).toEqual([]);
    expect(sim.tasks()).toEqual([]);
    expect(sim.publicConfig()).toMatchObject({ renderMs: 1000, creditsLeft: null });
    expect((await submit(sim, token)).json.code).toBe(10400);
    expect((await page(sim, 'sim-static-token', { page: 1, page_size: 10 })).json.data.total).toBe(0);
  });

  test('sim.reset() does the same programmatically', async () => {
    await tokenOf(sim);
    sim.reset();
    expect(sim.requests()).toEqual([]);
  });

  test('an unknown control endpoint answers 404', async () => {
    expect((await call(sim.url, 'GET', '/__sim/nothing')).status).toBe(404);
  });
});
