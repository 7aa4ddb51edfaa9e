'use strict';
/**
 * Queue mode: 40 webhook calls to Webhook → Generate (Wait for Completion, Download Video) →
 * Crypto (SHA-256 of the binary). The webhook processor takes the calls, the executions spread
 * over both workers, every one succeeds with the simulator's MP4, and the simulator saw exactly
 * one submit per call, one download per task and a bounded number of status checks.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');
const {
	POLL_PATH,
	SUBMIT_PATH,
	callMany,
	errorOf,
	expectedVideoSha,
	settledExecutions,
	tally,
} = require('../queue/steps');

const COUNT = 40;

module.exports = {
	queue: true,
	name: `queue mode: ${COUNT} webhook executions over 2 workers, each submitted once, waited for and downloaded`,
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('queue-generate-wait-download');
		const sha = expectedVideoSha();
		await sim.configure({ renderMs: 5000, qps: null });
		await time('serve', () => cluster.serveWorkflow(wf, [staticTokenCredential(sim)]));

		const prompts = Array.from(
			{ length: COUNT },
			(_, i) => `Queue item ${i + 1}: a kite over dunes`,
		);
		const t0 = Date.now();
		await time('webhooks', () =>
			callMany(
				cluster,
				wf,
				prompts.map((prompt) => ({ prompt })),
				assert,
			),
		);
		const executions = await time('until all finished', () =>
			settledExecutions(cluster.main, wf.id, COUNT),
		);
		const wallS = (Date.now() - t0) / 1000;

		assert.equal(executions.length, COUNT, 'one execution per webhook call');
		const failed = executions.filter((e) => e.status !== 'success');
		assert.deepEqual(
			failed.map((e) => `${e.id} ${e.status}: ${errorOf(e)}`),
			[],
			'every execution succeeds',
		);

		// Spread over both workers; every execution was run by one of them.
		const byWorker = cluster.executionsByWorker();
		const perWorker = tally(executions.map((e) => byWorker[e.id]));
		assert.deepEqual(
			executions.filter((e) => byWorker[e.id] === undefined).map((e) => e.id),
			[],
			'every execution started on a worker',
		);
		for (let i = 0; i < cluster.workers.length; i++) {
			assert.ok(
				perWorker[i] > 0,
				`worker ${i + 1} ran none of the executions: ${JSON.stringify(perWorker)}`,
			);
		}

		// The simulator: one submit per prompt, each with the static token; one download per task.
		const reqs = await apiRequests();
		const submits = reqs.filter((r) => r.path === SUBMIT_PATH);
		assert.deepEqual(
			Object.values(tally(submits.map((r) => r.body.ref_prompt))).filter((n) => n !== 1),
			[],
			'no prompt submitted twice',
		);
		assert.deepEqual(submits.map((r) => r.body.ref_prompt).sort(), [...prompts].sort());
		assert.ok(submits.every((r) => r.headers.access_token === STATIC_TOKEN && r.code === 0));
		const tasks = await sim.tasks();
		assert.equal(tasks.length, COUNT, 'one task per call');
		const pollsPerTask = [];
		for (const ex of executions) {
			const [gen] = ex.data.resultData.runData['Generate video'][0].data.main[0];
			const prompt = nodeOutput(ex.data, 'Webhook')[0].body.prompt;
			const { creationId } = gen.json;
			const task = tasks.find((t) => t.unique_id === creationId);
			assert.ok(task, `execution ${ex.id}: task ${creationId} unknown to the simulator`);
			assert.equal(task.ref_prompt ?? prompt, prompt, `execution ${ex.id}: its own task`);
			assert.equal(gen.json.status, 'succeeded');
			assert.equal(gen.binary.video.fileName, `${creationId}.mp4`);
			assert.equal(gen.binary.video.mimeType, 'video/mp4');
			assert.equal(nodeOutput(ex.data, 'Hash video')[0].sha256, sha, `execution ${ex.id}: the MP4`);
			const downloads = reqs.filter((r) => r.path === `/files/${creationId}.mp4`);
			assert.equal(downloads.length, 1, `execution ${ex.id}: one download`);
			const polls = reqs.filter((r) => r.path === POLL_PATH && r.query.unique_id === creationId);
			assert.ok(
				polls.length >= 1 && polls.length <= 4,
				`execution ${ex.id}: ${polls.length} status checks`,
			);
			pollsPerTask.push(polls.length);
		}
		const avgPolls = pollsPerTask.reduce((a, b) => a + b, 0) / COUNT;
		log(
			`${COUNT} executions in ${wallS.toFixed(1)} s; per worker ${JSON.stringify(perWorker)}; ` +
				`status checks per task ${avgPolls.toFixed(2)} (max ${Math.max(...pollsPerTask)})`,
		);
	},
};
