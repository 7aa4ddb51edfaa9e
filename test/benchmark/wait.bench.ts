/**
 * Benchmark (not a test): N items with Wait for Completion against the local simulator, each
 * task rendering in T (20 s and 60 s), Poll Interval 10 s (the default). Prints the node's wall
 * time / T and status checks per task, with the schedule before issue 21 (which version 1 nodes
 * keep: the pause doubles from 2 s) and the current one (version 2), and as the baseline in
 * the same run a user's loop of n8n nodes: Generate without waiting → Wait (the Poll Interval)
 * → Get → IF succeeded, the others back to Wait (each pass of the loop one execution of Get for
 * the items still running).
 * Run: npm run bench
 */
import { sleep } from 'n8n-workflow';

import { pollTiming } from '../../nodes/Chanjing/completion/wait';
import { runChanjing } from '../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { printFigures } = require('./print');

const N = 20;
const MS_PER_SECOND = 500; // one simulated second = 500 ms, so T = 60 s takes 30 s
const RENDER_S = [20, 60];
const INTERVAL_S = 10;
const TASK_PATH = '/open/v1/ai_creation/task';

interface Sim {
	url: string;
	requests(filter?: { path?: string }): Array<{ path: string; code?: number | null }>;
	reset(): void;
	configure(patch: object): void;
	close(): Promise<void>;
}

const credentials = (sim: Sim) => ({ accessToken: 'sim-static-token', baseUrl: sim.url });

async function generateAndWait(sim: Sim, prompts: string[], typeVersion: 1 | 2): Promise<void> {
	const prompt = '={{ $json.prompt }}';
	const { items, error } = await runChanjing({
		items: prompts.map((text) => ({ prompt: text })),
		credentials: credentials(sim),
		node: { typeVersion },
		parameters:
			typeVersion === 1
				? {
						resource: 'video',
						operation: 'generate',
						mode: 'textToVideo',
						prompt,
						options: { waitForCompletion: true, pollIntervalSeconds: INTERVAL_S },
					}
				: {
						resource: 'video',
						operation: 'generate',
						prompt,
						waitForCompletion: true,
						pollIntervalSeconds: INTERVAL_S,
					},
	});
	if (error || items?.some((item) => item.json.status !== 'succeeded')) {
		throw new Error(
			`not all videos succeeded: ${error?.message ?? JSON.stringify(items?.map((i) => i.json.status))}`,
		);
	}
}

/** Generate (no waiting) → loop { Wait the interval → Get → IF succeeded }. */
async function waitAndIfLoop(sim: Sim, prompts: string[]): Promise<void> {
	const submitted = await runChanjing({
		items: prompts.map((prompt) => ({ prompt })),
		credentials: credentials(sim),
		parameters: {
			resource: 'video',
			operation: 'generate',
			mode: 'textToVideo',
			prompt: '={{ $json.prompt }}',
		},
	});
	let running = (submitted.items ?? []).map((item) => String(item.json.creationId));
	if (running.length !== prompts.length) throw new Error('not every submit succeeded');
	while (running.length > 0) {
		await sleep(INTERVAL_S * MS_PER_SECOND);
		const { items, error } = await runChanjing({
			items: running.map((id) => ({ id })),
			credentials: credentials(sim),
			parameters: { resource: 'video', operation: 'get', creationId: '={{ $json.id }}' },
		});
		if (error || !items) throw new Error(`Get failed: ${error?.message}`);
		if (items.some((item) => item.json.status === 'failed')) throw new Error('a video failed');
		running = items
			.filter((item) => item.json.status !== 'succeeded')
			.map((item) => String(item.json.creationId));
	}
}

test(`${N} items waiting for videos that render in ${RENDER_S.join(' s and ')} s`, async () => {
	pollTiming.msPerSecond = MS_PER_SECOND;
	// The QPS cap is in real seconds: scale it like the clock (20 per simulated second).
	const sim: Sim = await startSimulator({ port: 0, qps: (20 * 1000) / MS_PER_SECOND });
	const lines = [
		`waiting: ${N} items, Poll Interval ${INTERVAL_S} s (simulated; 1 s = ${MS_PER_SECOND} ms); finish = wall / T (goal <= 1.1), checks per task (goal <= T / interval + 2)`,
	];
	try {
		const measure = async (tS: number, label: string, go: (prompts: string[]) => Promise<void>) => {
			sim.reset();
			sim.configure({ renderMs: tS * MS_PER_SECOND, qps: (20 * 1000) / MS_PER_SECOND });
			const prompts = Array.from({ length: N }, (_, i) => `benchmark video ${label} ${i + 1}`);
			const started = Date.now();
			await go(prompts);
			const wall = Date.now() - started;
			const checks = sim.requests({ path: TASK_PATH });
			const refused = sim.requests().filter((r) => r.code === 40001).length;
			lines.push(
				`  T = ${String(tS).padStart(3)} s  ${label.padEnd(32)} finish ${(wall / (tS * MS_PER_SECOND)).toFixed(3)} T,` +
					` checks per task ${(checks.length / N).toFixed(2)} (<= ${Math.floor(tS / INTERVAL_S) + 2}), 40001 ${refused}`,
			);
		};
		// Warms the process up.
		sim.configure({ renderMs: 0 });
		await generateAndWait(sim, ['warm-up'], 2);
		for (const tS of RENDER_S) {
			await measure(tS, 'baseline: Wait + Get + IF loop', (p) => waitAndIfLoop(sim, p));
			await measure(tS, 'node, schedule before (v1)', (p) => generateAndWait(sim, p, 1));
			await measure(tS, 'node, schedule now (v2)', (p) => generateAndWait(sim, p, 2));
		}
		printFigures(lines);
	} finally {
		await sim.close();
	}
}, 600_000);
