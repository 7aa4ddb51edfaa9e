'use strict';
/**
 * Queue mode, durable waiting: Webhook → Generate with Callback URL `{{ $execution.resumeUrl }}`
 * → Wait ("On Webhook Call") → Set, six times. The resume URL points at the webhook processor
 * (`WEBHOOK_URL`); Chanjing's callback (the simulator's) resumes each execution there, and a
 * worker finishes it. No status checks: the callback is the only signal. The renders end once
 * all six executions wait (see HELD_RENDER_MS in webhook-run.js).
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');
const {
	POLL_PATH,
	SUBMIT_PATH,
	callMany,
	errorOf,
	executionsOf,
	settledExecutions,
} = require('../queue/steps');
const { HELD_RENDER_MS, finishRenders, untilWaiting } = require('../webhook-run');

const COUNT = 6;

module.exports = {
	queue: true,
	name: `queue mode: ${COUNT} Wait nodes resumed by the callback through the webhook processor, finished by a worker`,
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('callback-resumes-wait');
		await sim.configure({ renderMs: HELD_RENDER_MS, qps: null });
		await time('serve', () => cluster.serveWorkflow(wf, [staticTokenCredential(sim)]));

		const prompts = Array.from(
			{ length: COUNT },
			(_, i) => `Callback item ${i + 1}: fog over a harbour`,
		);
		await callMany(
			cluster,
			wf,
			prompts.map((prompt) => ({ prompt })),
			assert,
		);
		const { waitingAt } = await time('until all waiting', () =>
			untilWaiting(() => executionsOf(cluster.main, wf.id), COUNT),
		);
		const firstSubmit = Math.min(
			...(await apiRequests()).filter((r) => r.path === SUBMIT_PATH).map((r) => r.time),
		);
		log(`all ${COUNT} waiting at most ${waitingAt - firstSubmit} ms after their submits`);
		const startsWaiting = cluster.workerStarts();
		await finishRenders(sim);
		const executions = await time('until resumed and finished', () =>
			settledExecutions(cluster.main, wf.id, COUNT, { timeoutMs: 120000 }),
		);
		assert.deepEqual(
			executions
				.filter((e) => e.status !== 'success')
				.map((e) => `${e.id} ${e.status}: ${errorOf(e)}`),
			[],
			'every execution succeeds',
		);

		const reqs = await apiRequests();
		const submits = reqs.filter((r) => r.path === SUBMIT_PATH);
		assert.equal(submits.length, COUNT, 'one submit per call');
		assert.equal(reqs.filter((r) => r.path === POLL_PATH).length, 0, 'no status checks');
		const callbacks = await sim.callbacks();
		assert.equal(callbacks.length, COUNT, 'one callback per task');
		const resumes = cluster.startsSince(startsWaiting);
		const hops = [];
		for (const ex of executions) {
			const [done] = nodeOutput(ex.data, 'Done');
			assert.ok(done, `execution ${ex.id} did not reach Done`);
			const submit = submits.find(
				(s) => s.body.callback && s.body.callback.includes(`/webhook-waiting/${ex.id}`),
			);
			assert.ok(submit, `execution ${ex.id}: no submit with its resume URL`);
			assert.equal(submit.headers.access_token, STATIC_TOKEN);
			assert.ok(
				submit.body.callback.startsWith(`${cluster.webhook.baseUrl}/webhook-waiting/${ex.id}`),
				`the resume URL points at the webhook processor: ${submit.body.callback}`,
			);
			const cb = callbacks.find((c) => c.url === submit.body.callback);
			assert.ok(cb && cb.outcome === 'delivered' && cb.httpStatus === 200, JSON.stringify(cb));
			assert.equal(done.calledBackFor, done.creationId, 'the callback is for the created task');
			assert.equal(done.status, 'Success');
			// Started on a worker, and resumed on a worker (a second start), never on the main.
			const started = startsWaiting[ex.id] || [];
			const resumed = resumes[ex.id] || [];
			assert.equal(
				`${started.length} + ${resumed.length}`,
				'1 + 1',
				`execution ${ex.id}: starts on workers before + after the callbacks`,
			);
			hops.push(`${started[0] + 1}→${resumed[0] + 1}`);
		}
		assert.ok(!/Worker started execution/.test(cluster.main.serverLog()));
		log(`workers per execution (start→resume): ${hops.join(', ')}`);
	},
};
