/**
 * Benchmark (not a test): 100 Generate items in one execution against a strict 5 requests/s
 * sliding-window limit (the simulator answers 40001 over it). Prints tasks created, items
 * failed, duplicates and the wall time against the ideal (100 / 5 = 20 s).
 * Run: npm run bench
 */
import nock from 'nock';

import { runChanjing } from '../helpers/run-workflow';

/* eslint-disable @typescript-eslint/no-require-imports */
const { printFigures } = require('./print');
const { startSimulator } = require('../simulator');
/* eslint-enable @typescript-eslint/no-require-imports */

const N = 100;
const QPS = 5;

test(`${N} items against a strict ${QPS} requests/s limit`, async () => {
	// Real sockets only: nock's pass-through to 127.0.0.1 aborts large streamed bodies.
	nock.restore();
	const sim = await startSimulator({ qps: null, renderMs: 1000 });
	const run = async (prefix: string) => {
		const started = Date.now();
		const result = await runChanjing({
			items: Array.from({ length: N }, (_, i) => ({ prompt: `${prefix} ${i}` })),
			credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
			continueOnFail: true,
			parameters: {
				resource: 'video',
				operation: 'generate',
				mode: 'textToVideo',
				prompt: '={{ $json.prompt }}',
			},
		});
		return { ...result, wallS: (Date.now() - started) / 1000 };
	};
	try {
		// Baseline in the same run: the same items without a limit (also warms the process up).
		await run('Warm-up');
		const baseline = await run('Baseline');
		sim.reset();
		sim.configure({ qps: QPS });
		const { items, error, wallS } = await run('Benchmark video');
		const idealS = N / QPS;
		const tasks = sim.tasks().length;
		const failed = (items ?? []).filter((i) => i.json.error).length;
		const prompts = sim
			.tasks()
			.map((t: { motion_info: { ref_prompt: string } }) => t.motion_info.ref_prompt);
		const duplicates = prompts.length - new Set(prompts).size;
		const refused = sim
			.requests({ path: '/open/v1/ai_creation/task/submit' })
			.filter((r: { code: number }) => r.code === 40001).length;
		printFigures([
			`rate limit: ${N} items, strict ${QPS} requests/s sliding window`,
			`  tasks created ${tasks}, items failed ${failed}, duplicate tasks ${duplicates}, 40001 answers ${refused}`,
			`  wall ${wallS.toFixed(2)} s, ideal ${idealS.toFixed(1)} s, ratio ${(wallS / idealS).toFixed(3)} (goal <= 1.15)`,
			`  baseline without a limit: ${baseline.wallS.toFixed(2)} s for the same ${N} items`,
		]);
		expect(error).toBeUndefined();
		expect(tasks).toBe(N);
	} finally {
		await sim.close();
	}
});
