/** Shared helpers for the simulator's tests (not a test file). */
// The simulator is plain CommonJS JavaScript; require keeps it usable under any tsconfig.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulator = require('./index');

export const { startSimulator, sampleVideo, CODES, FAIL_MSG } = simulator;

/** Any JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A fixed start for the injected clock: 2023-11-14T22:13:20Z. */
export const T0 = 1_700_000_000_000;

export interface Clock {
	t: number;
	now: () => number;
	advance: (ms: number) => void;
}

export function manualClock(start = T0): Clock {
	const clock: Clock = {
		t: start,
		now: () => clock.t,
		advance: (ms) => {
			clock.t += ms;
		},
	};
	return clock;
}

/**
 * Starts a simulator driven by a manual clock, with the QPS cap and the tick timer off
 * unless the options set them (tests make many calls within one frozen millisecond).
 */
export async function startWithClock(
	options: Record<string, unknown> = {},
): Promise<{ sim: Json; clock: Clock }> {
	const clock = manualClock();
	const sim = await startSimulator({ qps: null, tickMs: 0, now: clock.now, ...options });
	return { sim, clock };
}

export interface Answer {
	status: number;
	json: Json;
	text: string;
	headers: Headers;
}

/** One HTTP call; JSON in and (when it parses) out. */
export async function call(
	base: string,
	method: string,
	path: string,
	opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
	const headers: Record<string, string> = { ...opts.headers };
	if (opts.token !== undefined) headers.access_token = opts.token;
	let body: string | undefined = opts.rawBody;
	if (opts.body !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(opts.body);
	}
	const res = await fetch(base + path, { method, headers, body });
	const text = await res.text();
	let json: Json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text, headers: res.headers };
}

export const DEFAULT_ACCOUNT = { app_id: 'sim-app-id', secret_key: 'sim-secret-key' };

/** Fetches an access token and returns the whole answer. */
export function fetchToken(sim: Json, creds = DEFAULT_ACCOUNT): Promise<Answer> {
	return call(sim.url, 'POST', '/open/v1/access_token', { body: creds });
}

/** Fetches an access token and returns it. */
export async function tokenOf(sim: Json): Promise<string> {
	const a = await fetchToken(sim);
	expect(a.json.code).toBe(0);
	return a.json.data.access_token;
}

/** A valid Hailuo 02 submit body, with overrides. */
export function submitBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		ref_prompt: '小狗在草地上奔跑,镜头跟随,阳光自然',
		creation_type: 4,
		clarity: 720,
		video_duration: 6,
		model_code: 'MiniMax-Hailuo-02',
		...overrides,
	};
}

export function submit(
	sim: Json,
	token: string,
	overrides: Record<string, unknown> = {},
): Promise<Answer> {
	return call(sim.url, 'POST', '/open/v1/ai_creation/task/submit', {
		token,
		body: submitBody(overrides),
	});
}

/** Submits and returns the new task's unique id. */
export async function submitted(
	sim: Json,
	token: string,
	overrides: Record<string, unknown> = {},
): Promise<string> {
	const a = await submit(sim, token, overrides);
	expect(a.json.code).toBe(0);
	return a.json.data;
}

export async function detail(sim: Json, token: string, uniqueId: string): Promise<Answer> {
	return call(
		sim.url,
		'GET',
		`/open/v1/ai_creation/task?unique_id=${encodeURIComponent(uniqueId)}`,
		{ token },
	);
}

export function page(sim: Json, token: string, body: Record<string, unknown>): Promise<Answer> {
	return call(sim.url, 'POST', '/open/v1/ai_creation/task/page', { token, body });
}

export const TRACE_ID = /^[0-9a-f]{32}$/;

export interface SimContext {
	sim: Json;
	clock: Clock;
	token: string;
}

/**
 * Registers beforeEach/afterEach that start a simulator (see startWithClock), fetch a token
 * (unless `withToken` is false: then `token` stays empty and the log empty), and close it.
 * Read the fields of the returned object inside tests.
 */
export function useSimulator(
	options: Record<string, unknown> = {},
	{ withToken = true } = {},
): SimContext {
	const ctx = {} as SimContext;
	beforeEach(async () => {
		Object.assign(ctx, await startWithClock(options), { token: '' });
		if (withToken) ctx.token = await tokenOf(ctx.sim);
	});
	afterEach(() => ctx.sim.close());
	return ctx;
}

/** Submits `body` as it is (no Hailuo 02 defaults merged in). */
export function submitBodyAsIs(
	sim: Json,
	token: string,
	body: Record<string, unknown>,
): Promise<Answer> {
	return call(sim.url, 'POST', '/open/v1/ai_creation/task/submit', { token, body });
}
