/**
 * Benchmark (not a test): N items with Wait for Completion against the local simulator, each
 * task rendering in T. Prints wall time / T for all items at once and, as the baseline in the
 * same run, for items one execution after another (measured on a few, scaled to N); and
 * status checks per task.
 * Run: npm run bench
 */
import { pollTiming } from '../../nodes/Chanjing/completion/wait';
import { runChanjing } from '../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { printFigures } = require('./print');

const N = 20;
const MS_PER_SECOND = 250; // one simulated second = 250 ms, so T = 20 s takes 5 s
const BASELINE_ITEMS = 5; // one after another, then scaled to N
const T_S = 20;
const INTERVAL_S = 5;

interface Sim {
	url: string;
	requests(filter?: { path?: string }): Array<{ path: string }>;
	reset(): void;
	close(): Promise<void>;
}

async function generate(sim: Sim, prompts: string[]) {
	const started = Date.now();
	const { items, error } = await runChanjing({
		items: prompts.map((prompt) => ({ prompt })),
		credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
		parameters: {
			resource: 'video',
			operation: 'generate',
			mode: 'textToVideo',
			prompt: '={{ $json.prompt }}',
			options: { waitForCompletion: true, pollIntervalSeconds: INTERVAL_S },
		},
	});
	if (error || items?.some((item) => item.json.status !== 'succeeded')) {
		throw new Error(
			`not all videos succeeded: ${error?.message ?? JSON.stringify(items?.map((i) => i.json.status))}`,
		);
	}
	return Date.now() - started;
}

test(`${N} items waiting for videos that render in ${T_S} s`, async () => {
	pollTiming.msPerSecond = MS_PER_SECOND;
	// The QPS cap is in real seconds: scale it like the clock (20 per simulated second).
	const sim: Sim = await startSimulator({
		port: 0,
		renderMs: T_S * MS_PER_SECOND,
		qps: (20 * 1000) / MS_PER_SECOND,
	});
	try {
		const tMs = T_S * MS_PER_SECOND;
		const prompts = Array.from({ length: N }, (_, i) => `benchmark video ${i + 1}`);

		const together = await generate(sim, prompts);
		const checks = sim.requests({ path: '/open/v1/ai_creation/task' }).length;
		const rateLimited = sim
			.requests()
			.filter((r) => (r as { code?: number }).code === 40001).length;
		sim.reset();

		let baseline = 0;
		for (const prompt of prompts.slice(0, BASELINE_ITEMS))
			baseline += await generate(sim, [prompt]);
		const oneByOne = (baseline / BASELINE_ITEMS) * N;

		const lines = [
			`items N = ${N}, render time T = ${T_S} s (simulated; 1 s = ${MS_PER_SECOND} ms), poll interval ${INTERVAL_S} s`,
			`all at once:    wall / T = ${(together / tMs).toFixed(2)}   (goal <= 1.2)`,
			`one after another (baseline, ${BASELINE_ITEMS} items measured, scaled to ${N}): wall / T = ${(oneByOne / tMs).toFixed(2)}`,
			`speed-up against the baseline: ${(oneByOne / together).toFixed(1)}x`,
			`status checks per task: ${(checks / N).toFixed(2)}   (goal <= T / interval + 2 = ${T_S / INTERVAL_S + 2})`,
			`answers 40001 (QPS cap 20 per simulated s) survived: ${rateLimited}`,
		];
		printFigures(lines);
		expect(together).toBeLessThan(oneByOne);
	} finally {
		await sim.close();
	}
}, 600_000);
