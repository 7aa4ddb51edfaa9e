/**
 * Benchmark (not a test): 100 Generate items in one execution against a strict 5 requests/s
 * sliding-window limit (the simulator answers 40001 over it). Prints, for each case, tasks
 * created, items failed, duplicates, 40001 answers (all, and those after the pacer learnt the
 * limit: more than a second after the first 40001) and the wall time against the ideal
 * (100 / 5 = 20 s):
 * - cold: the pacer knows nothing and learns the limit from the first refusals;
 * - warm: the same items again right after, the pacer having learnt the limit;
 * each with the pacer as it was before issue 21 (previous-pacer.ts) and with the current one,
 * in a quiet process and in a busy one (other work holds the event loop 25 ms of every 100 ms,
 * as other executions in the same n8n do, so that requests reach Chanjing later than planned);
 * - baseline in the same run: fixed spacing as n8n's Batching option sets it (5 requests per
 *   1000 ms, plain HTTP requests without the node), which knows the limit beforehand.
 * Run: npm run bench
 */
import nock from 'nock';
import { sleep } from 'n8n-workflow';

import type { RequestContext } from '../../nodes/Chanjing/api/context';
import { processMemory } from '../../nodes/Chanjing/memory/processMemory';
import { runChanjing } from '../helpers/run-workflow';

/** Which pacer the node uses: the current one, or the one before issue 21. */
const mockPacing = { previous: false };

jest.mock('../../nodes/Chanjing/transport/pacer', () => {
	const actual = jest.requireActual('../../nodes/Chanjing/transport/pacer');
	const { PreviousPacer } = jest.requireActual('./previous-pacer');
	const previousPacers = new Map<string, unknown>();
	return {
		...actual,
		pacerFor(ctx: RequestContext) {
			if (!mockPacing.previous) return actual.pacerFor(ctx);
			const key = String(ctx.getNode().credentials?.chanjingApi?.id);
			if (!previousPacers.has(key)) previousPacers.set(key, new PreviousPacer());
			return previousPacers.get(key);
		},
		forgetPreviousPacers() {
			previousPacers.clear();
		},
	};
});

/** Every pacer, of both kinds, forgotten: the next run starts cold. */
function forgetPacers(): void {
	processMemory.pacers.clear();
	(
		jest.requireMock('../../nodes/Chanjing/transport/pacer') as { forgetPreviousPacers(): void }
	).forgetPreviousPacers();
}

/* eslint-disable @typescript-eslint/no-require-imports */
const { printFigures } = require('./print');
const { startSimulator } = require('../simulator');
const { keepBusy } = require('./busy-loop');
/* eslint-enable @typescript-eslint/no-require-imports */

const N = 100;
const QPS = 5;
const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';

interface Sim {
	url: string;
	requests(filter?: { path?: string }): Array<{ time: number; code: number | null }>;
	tasks(): Array<{ motion_info: { ref_prompt: string } }>;
	reset(): void;
	configure(patch: object): void;
	close(): Promise<void>;
}

/**
 * One submit as n8n's HTTP Request node sends it (no pacing, no retry): with its Batching option
 * set to 5 items per 1000 ms it sends 5 requests, sleeps a second, sends the next 5 (a 40001 is a
 * failed item there).
 */
async function submitDirectly(sim: Sim, prompt: string): Promise<{ json: { error?: unknown } }> {
	const response = await fetch(`${sim.url}${SUBMIT_PATH}`, {
		method: 'POST',
		headers: { access_token: 'sim-static-token', 'content-type': 'application/json' },
		body: JSON.stringify({
			model_code: 'MiniMax-Hailuo-02',
			creation_type: 4,
			ref_prompt: prompt,
			video_duration: 6,
			clarity: 720,
		}),
	});
	const body = (await response.json()) as { code: number };
	return { json: body.code === 0 ? {} : { error: body.code } };
}

test(`${N} items against a strict ${QPS} requests/s limit`, async () => {
	// Real sockets only: nock's pass-through to 127.0.0.1 aborts large streamed bodies.
	nock.restore();
	const sim: Sim = await startSimulator({ qps: null, renderMs: 1000 });
	const generate = async (prompts: string[]) =>
		await runChanjing({
			items: prompts.map((prompt) => ({ prompt })),
			credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
			continueOnFail: true,
			parameters: {
				resource: 'video',
				operation: 'generate',
				mode: 'textToVideo',
				prompt: '={{ $json.prompt }}',
			},
		});
	const prompts = (prefix: string) => Array.from({ length: N }, (_, i) => `${prefix} ${i}`);
	/** Runs `go` against a fresh 5/s window and returns the figures of that case. */
	const measure = async (
		label: string,
		learns: boolean,
		go: () => Promise<Array<{ json: { error?: unknown } }>>,
	) => {
		sim.reset();
		sim.configure({ qps: QPS });
		const started = Date.now();
		const items = await go();
		const wallS = (Date.now() - started) / 1000;
		const tasks = sim.tasks();
		const texts = tasks.map((t) => t.motion_info.ref_prompt);
		const submits = sim.requests({ path: SUBMIT_PATH });
		const refusals = submits.filter((r) => r.code === 40001);
		// Learning: the refusals of the first second after the first one (a cold pacer only).
		const learntAt = learns ? (refusals[0]?.time ?? Infinity) + 1000 : -Infinity;
		const late = refusals.filter((r) => r.time > learntAt).length;
		return {
			label,
			wallS,
			tasks: tasks.length,
			failed: items.filter((i) => i.json.error).length,
			duplicates: texts.length - new Set(texts).size,
			refusals: refusals.length,
			late,
		};
	};
	try {
		// Warms the process up (no limit).
		await generate(prompts('Warm-up').slice(0, 20));

		const batching = await measure('baseline: 5 per 1000 ms, no node', false, async () => {
			const answers: Array<Promise<{ json: { error?: unknown } }>> = [];
			const all = prompts('Batching');
			for (let i = 0; i < N; i++) {
				if (i > 0 && i % QPS === 0) await sleep(1000);
				answers.push(submitDirectly(sim, all[i]));
			}
			return await Promise.all(answers);
		});

		const nodeCases = [];
		for (const busy of [false, true]) {
			const busyWork = busy ? keepBusy(25, 100) : undefined;
			for (const previous of [true, false]) {
				mockPacing.previous = previous;
				const pacer = `${busy ? 'busy' : 'quiet'}, pacer ${previous ? 'before' : 'now'}`;
				forgetPacers();
				nodeCases.push(
					await measure(`node, ${pacer}, cold`, true, async () => {
						return (await generate(prompts(`Cold ${pacer}`))).items ?? [];
					}),
				);
				nodeCases.push(
					await measure(`node, ${pacer}, warm`, false, async () => {
						return (await generate(prompts(`Warm ${pacer}`))).items ?? [];
					}),
				);
			}
			busyWork?.stop();
		}

		const idealS = N / QPS;
		printFigures([
			`rate limit: ${N} submits, strict ${QPS} requests/s sliding window, ideal ${idealS.toFixed(1)} s`,
			...[batching, ...nodeCases].map(
				(c) =>
					`  ${c.label.padEnd(36)} wall ${c.wallS.toFixed(2)} s = ${(c.wallS / idealS).toFixed(3)} x ideal` +
					` (goal <= 1.15); tasks ${c.tasks}, failed ${c.failed}, duplicates ${c.duplicates};` +
					` 40001: ${c.refusals}, after learning ${c.late} = ${((100 * c.late) / N).toFixed(1)} % of ${N} (goal <= 5 %)`,
			),
		]);
		for (const c of nodeCases) {
			expect(c.tasks).toBe(N);
			expect(c.duplicates).toBe(0);
		}
	} finally {
		await sim.close();
	}
});
