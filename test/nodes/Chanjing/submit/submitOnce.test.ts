/**
 * The paid submit under faults: the node in n8n-core's WorkflowExecute against the local
 * simulator (real HTTP on 127.0.0.1), which records every task it creates, so "0 duplicates"
 * and "0 lost tasks" are counted from the server's side.
 */
import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { reconcileTiming } from '../../../../nodes/Chanjing/submit/reconcile';
import { requestTimeouts } from '../../../../nodes/Chanjing/transport/timeouts';
import { runChanjing } from '../../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../../../simulator');

const SUBMIT = '/open/v1/ai_creation/task/submit';
const DETAIL = '/open/v1/ai_creation/task';

interface Sim {
	url: string;
	configure(patch: Record<string, unknown>): void;
	requests(filter?: { path?: string }): Array<{ path: string; body: Record<string, unknown> }>;
	tasks(): Array<{ unique_id: string; motion_info: { ref_prompt: string } }>;
	close(): Promise<void>;
}

let sim: Sim;
const saved = { ...requestTimeouts, ...reconcileTiming, ...pollTiming };

beforeEach(async () => {
	sim = await startSimulator({ qps: null, renderMs: 50 });
	requestTimeouts.apiMs = 1000;
	reconcileTiming.recheckAfterMs = 10;
	pollTiming.msPerSecond = 20;
	pollTiming.sliceMs = 10;
});

afterEach(async () => {
	Object.assign(requestTimeouts, { apiMs: saved.apiMs, downloadMs: saved.downloadMs });
	reconcileTiming.recheckAfterMs = saved.recheckAfterMs;
	Object.assign(pollTiming, {
		msPerSecond: saved.msPerSecond,
		sliceMs: saved.sliceMs,
		firstDelayS: saved.firstDelayS,
	});
	await sim.close();
});

function generate(prompts: string[], extra: Record<string, unknown> = {}) {
	return runChanjing({
		items: prompts.map((prompt) => ({ prompt })),
		credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
		parameters: {
			resource: 'video',
			operation: 'generate',
			mode: 'textToVideo',
			prompt: '={{ $json.prompt }}',
			...extra,
		},
	});
}

describe('a submit whose outcome is unknown is looked up, never sent again', () => {
	it.each([
		[
			'the connection closes after Chanjing recorded the task',
			{ kind: 'drop', afterHandling: true },
		],
		[
			'a proxy answers an HTTP 504 page after the task was recorded',
			{ kind: 'http5xx', status: 504, afterHandling: true },
		],
		['code 0 without data', { kind: 'data', omitData: true }],
		['code 0 with data null', { kind: 'data', data: null }],
		['code 0 with data ""', { kind: 'data', data: '' }],
		['code 0 with data an object', { kind: 'data', data: { id: 1 } }],
		['the submit hangs after the task was recorded', { kind: 'hang', afterHandling: true }],
	])('%s: the item succeeds with the real ID and recovered: true', async (_name, fault) => {
		sim.configure({ faultsFor: [{ path: SUBMIT, ...fault }] });

		const { items, error } = await generate(['A fox crosses a snowy field']);

		expect(error).toBeUndefined();
		const tasks = sim.tasks();
		expect(tasks).toHaveLength(1);
		expect(items).toHaveLength(1);
		expect(items![0].json).toMatchObject({ creationId: tasks[0].unique_id, recovered: true });
		expect(sim.requests({ path: SUBMIT })).toHaveLength(1);
	});

	it('a lost answer before anything was recorded: no task found, the error says a retry is safe', async () => {
		sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'drop' }] });

		const { items, error } = await generate(['A fox crosses a snowy field']);

		expect(items).toBeUndefined();
		expect(error?.message).toMatch(/^No video task was created for this item: .*no matching task/);
		expect(error?.description).toMatch(/running this item again is safe/);
		expect(sim.tasks()).toHaveLength(0);
		expect(sim.requests({ path: SUBMIT })).toHaveLength(1);
	});

	it('a timeout says so and is reconciled', async () => {
		sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'hang', afterHandling: true }] });

		const { items } = await generate(['Lanterns rise over a lake']);

		expect(items![0].json.recovered).toBe(true);
		expect(items![0].json.recoveredBecause).toMatch(/^the submit timed out after 1 s/);
	});

	it('two matching tasks: an error listing both, nothing guessed', async () => {
		// An identical task made just before by someone else with the same input.
		sim.configure({});
		await generate(['Twin prompt']);
		const first = sim.tasks()[0].unique_id;
		const { processMemory } = await import('../../../../nodes/Chanjing/memory/processMemory');
		processMemory.submits.clear(); // another process made it: this one does not know its ID
		sim.configure({ faultsFor: [{ path: SUBMIT, kind: 'drop', afterHandling: true }] });

		const { items, error } = await generate(['Twin prompt']);

		expect(items).toBeUndefined();
		expect(error?.message).toMatch(/but 2 tasks match this item/);
		expect(error?.message).toContain(first);
		expect(sim.tasks()).toHaveLength(2);
	});
});

describe("n8n's Retry On Fail", () => {
	it('re-sends only the item that failed: 3 items, one 50000 without a task, 0 duplicates', async () => {
		sim.configure({
			faultsFor: [{ path: SUBMIT, kind: 'code', code: 50000, msg: '系统内部错误' }],
		});

		const { items, error } = await runChanjing({
			items: ['One', 'Two', 'Three'].map((prompt) => ({ prompt })),
			credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
			node: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
			parameters: {
				resource: 'video',
				operation: 'generate',
				mode: 'textToVideo',
				prompt: '={{ $json.prompt }}',
			},
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		const prompts = sim
			.tasks()
			.map((t) => t.motion_info.ref_prompt)
			.sort();
		expect(prompts).toEqual(['One', 'Three', 'Two']);
		expect(sim.requests({ path: SUBMIT })).toHaveLength(4);
		expect(items!.filter((i) => i.json.sentInEarlierTry)).toHaveLength(2);
	});

	it('two items with identical input are two tasks', async () => {
		const { items } = await generate(['Same', 'Same']);

		expect(sim.tasks()).toHaveLength(2);
		expect(items![0].json.creationId).not.toBe(items![1].json.creationId);
	});
});

describe('rate limit (40001)', () => {
	it('12 items against 5 requests/s: 12 tasks, 0 failed, 0 duplicates', async () => {
		sim.configure({ qps: 5 });

		const { items, error } = await generate(Array.from({ length: 12 }, (_, i) => `Item ${i}`));

		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		expect(sim.tasks()).toHaveLength(12);
		expect(new Set(items!.map((i) => i.json.creationId)).size).toBe(12);
	});
});

describe('bounded waiting', () => {
	it('a status check that never answers ends at Max Wait', async () => {
		sim.configure({ faultsFor: [{ path: DETAIL, kind: 'hang', count: 1000 }], renderMs: 60_000 });

		const started = Date.now();
		const { error } = await generate(['Slow'], {
			options: { waitForCompletion: true, maxWaitMinutes: 1 },
		});

		expect(error?.message).toMatch(/was not ready after 1 min/);
		// 1 simulated minute = 1.2 s here; each hung check is cut at what is left of it.
		expect(Date.now() - started).toBeLessThan(5000);
	});
});

describe('inputs that must not reach Chanjing', () => {
	it('a Callback URL expression that resolves to nothing is not sent', async () => {
		await generate(['No callback'], { options: { callbackUrl: '={{ $json.missing }}' } });

		expect(sim.requests({ path: SUBMIT })[0].body).not.toHaveProperty('callback');
	});

	it('a Base URL with spaces is trimmed', async () => {
		const { error } = await runChanjing({
			credentials: { accessToken: 'sim-static-token', baseUrl: `  ${sim.url}/  ` },
			parameters: { resource: 'video', operation: 'generate', mode: 'textToVideo', prompt: 'Hi' },
		});

		expect(error).toBeUndefined();
		expect(sim.tasks()).toHaveLength(1);
	});

	it('a Base URL on ftp is an error naming the field, before any request', async () => {
		const { error } = await runChanjing({
			credentials: { accessToken: 'sim-static-token', baseUrl: 'ftp://127.0.0.1/' },
			parameters: { resource: 'video', operation: 'generate', mode: 'textToVideo', prompt: 'Hi' },
		});

		expect(error?.message).toBe(
			`The Base URL in the 'Chanjing API' credential must start with https:// (or http:// for a local proxy), got "ftp://127.0.0.1/"`,
		);
	});
});
