'use strict';
/**
 * Queue mode, the durable pattern: Generate with Callback URL `{{ $execution.resumeUrl }}` →
 * Wait. While the executions wait, no worker holds them (n8n keeps them `waiting` in the
 * database), so killing a worker (SIGKILL) loses nothing: Chanjing's callbacks resume every
 * execution through the webhook processor on the surviving worker, each task submitted once.
 * The renders end once the worker is dead (see HELD_RENDER_MS in webhook-run.js).
 */
const { staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');
const {
	SUBMIT_PATH,
	callMany,
	errorOf,
	executionsOf,
	settledExecutions,
	sleep,
	tally,
} = require('../queue/steps');
const { HELD_RENDER_MS, finishRenders } = require('../webhook-run');

const COUNT = 6;

module.exports = {
	queue: true,
	name: 'queue mode: a worker killed while items wait in a Wait node — every execution resumes and succeeds',
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('callback-resumes-wait');
		await sim.configure({ renderMs: HELD_RENDER_MS, qps: null });
		await time('serve', () => cluster.serveWorkflow(wf, [staticTokenCredential(sim)]));
		const before = new Set((await executionsOf(cluster.main, wf.id)).map((e) => e.id));
		const prompts = Array.from({ length: COUNT }, (_, i) => `Durable item ${i + 1}: snow on pines`);
		await callMany(
			cluster,
			wf,
			prompts.map((prompt) => ({ prompt })),
			assert,
		);

		let mine = [];
		await time('until all waiting', async () => {
			for (let i = 0; i < 240; i++) {
				mine = (await executionsOf(cluster.main, wf.id)).filter((e) => !before.has(e.id));
				if (mine.length >= COUNT && mine.every((e) => e.status === 'waiting')) return;
				await sleep(250);
			}
			throw new Error(`not all waiting: ${JSON.stringify(tally(mine.map((e) => e.status)))}`);
		});
		const byWorker = cluster.executionsByWorker();
		const victim = byWorker[mine[0].id];
		const startsAtKill = cluster.workerStarts();
		await cluster.workers[victim].kill('SIGKILL');
		log(`killed worker ${victim + 1}; ${COUNT} executions waiting for their callbacks`);
		await finishRenders(sim);

		const all = await time('until resumed and finished', () =>
			settledExecutions(cluster.main, wf.id, before.size + COUNT, { timeoutMs: 120000 }),
		);
		const finished = all.filter((e) => !before.has(e.id));
		assert.deepEqual(
			finished
				.filter((e) => e.status !== 'success')
				.map((e) => `${e.id} ${e.status}: ${errorOf(e)}`),
			[],
			'every execution succeeds',
		);
		for (const ex of finished) {
			const [done] = nodeOutput(ex.data, 'Done');
			assert.equal(done.status, 'Success');
			assert.equal(done.calledBackFor, done.creationId);
		}
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.deepEqual(
			Object.values(tally(submits.map((s) => s.body.ref_prompt))),
			Array(COUNT).fill(1),
			'each task submitted once',
		);
		// workerStarts() is in worker order, not time order: the resumes are the starts since the kill.
		const resumes = cluster.startsSince(startsAtKill);
		const resumedOn = (id) => resumes[id] || [];
		const survivor = cluster.workers.findIndex((_, i) => i !== victim);
		assert.deepEqual(
			finished.map((e) => `${e.id}: ${resumedOn(e.id).map((w) => `worker ${w + 1}`)}`),
			finished.map((e) => `${e.id}: worker ${survivor + 1}`),
			'each execution resumed once, on the surviving worker',
		);
	},
};
