/**
 * The local simulator (real HTTP on 127.0.0.1) for the workflow tests of one file or describe
 * block, with the node's waits shortened so that a render, a recheck and a status check take
 * milliseconds. The waits are put back after each test.
 */
import type { INodeParameters } from 'n8n-workflow';

import { pollTiming } from '../../nodes/Chanjing/completion/wait';
import { reconcileTiming } from '../../nodes/Chanjing/submit/reconcile';
import { requestTimeouts } from '../../nodes/Chanjing/transport/timeouts';
import { runChanjing } from './run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator');

export interface SimulatedTask {
	unique_id: string;
	motion_info: { ref_prompt: string };
}

interface Simulator {
	url: string;
	configure(patch: Record<string, unknown>): void;
	requests(filter?: { path?: string }): Array<{ path: string; body: Record<string, unknown> }>;
	tasks(): SimulatedTask[];
	close(): Promise<void>;
}

/** The simulator of the running test; `restart` closes it and starts another (a new port). */
export interface FastSimulator extends Omit<Simulator, 'close'> {
	restart(): Promise<void>;
}

/** Registers beforeEach/afterEach for the calling block; `apiMs` bounds each API request. */
export function useFastSimulator({ apiMs = 1000 } = {}): FastSimulator {
	let sim: Simulator | undefined;
	const saved = {
		requestTimeouts: { ...requestTimeouts },
		reconcileTiming: { ...reconcileTiming },
		pollTiming: { ...pollTiming },
	};
	const current = () => {
		if (!sim) throw new Error('the simulator runs only inside a test');
		return sim;
	};

	beforeEach(async () => {
		sim = await startSimulator({ qps: null, renderMs: 50 });
		requestTimeouts.apiMs = apiMs;
		reconcileTiming.recheckAfterMs = 10;
		pollTiming.msPerSecond = 20;
		pollTiming.sliceMs = 10;
	});

	afterEach(async () => {
		Object.assign(requestTimeouts, saved.requestTimeouts);
		Object.assign(reconcileTiming, saved.reconcileTiming);
		Object.assign(pollTiming, saved.pollTiming);
		await sim?.close();
		sim = undefined;
	});

	return {
		get url() {
			return current().url;
		},
		configure: (patch) => current().configure(patch),
		requests: (filter) => current().requests(filter),
		tasks: () => current().tasks(),
		async restart() {
			await current().close();
			sim = await startSimulator({ qps: null, renderMs: 50 });
		},
	};
}

/** Video → Generate (text to video) of one item per prompt against `sim`, with `extra` parameters. */
export function generateVideos(sim: FastSimulator, prompts: string[], extra: INodeParameters = {}) {
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
