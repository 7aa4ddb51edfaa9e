'use strict';
/**
 * Queue mode, Chanjing Trigger: a Webhook-mode trigger served by the webhook processor and a
 * Polling-mode trigger polled by the main, both watching AI video. Eight tasks are made with
 * the webhook trigger's Production URL (on the webhook processor) as their Callback URL; their
 * renders end (eight callbacks) and every callback is sent once more. Each finished task starts
 * exactly one webhook execution and is emitted exactly once by the polls; the workers run every
 * execution; one list request per poll (the workers and the webhook processor do not poll).
 */
const { staticTokenCredential } = require('../fixtures');
const { executionsOf, settledExecutions } = require('../queue/steps');
const { HELD_RENDER_MS, finishRenders, sleep } = require('../webhook-run');
const { emitted, submitTask, triggerUrl } = require('../trigger-run');

const COUNT = 8;
const LIST = '/open/v1/ai_creation/task/page';

module.exports = {
	queue: true,
	name: `queue mode: Chanjing Trigger, ${COUNT} callbacks through the webhook processor and the poll on the main, one execution per task`,
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const hook = loadWorkflow('trigger-webhook');
		const poll = loadWorkflow('trigger-polling');
		await sim.configure({ renderMs: HELD_RENDER_MS, qps: null });
		await time('serve', async () => {
			await cluster.serveWorkflow(hook, [staticTokenCredential(sim)]);
			await cluster.serveWorkflow(poll);
		});
		const lists = async () => (await apiRequests()).filter((r) => r.path === LIST);
		const url = triggerUrl(cluster.webhook.baseUrl, hook);
		const ids = [];
		for (let i = 1; i <= COUNT; i++) ids.push(await submitTask(sim, `queue trigger ${i}`, url));
		const startsBefore = cluster.workerStarts();

		const finishedAt = Date.now();
		await time('renders end, callbacks answered', () => finishRenders(sim));
		const all = await sim.callbacks();
		const ended = all.filter((c) => c.trigger === 'ended');
		assert.deepEqual(
			ended.map((c) => c.httpStatus),
			Array(COUNT).fill(200),
		);
		const repeats = [];
		for (const c of ended) {
			const sent = await sim.sendCallback({ mode: 'duplicate', attempt: all.indexOf(c) + 1 });
			repeats.push(sent.httpStatus);
		}
		assert.deepEqual(repeats, Array(COUNT).fill(200), 'repeats taken (200)');

		const hookRuns = await time('webhook executions', () =>
			settledExecutions(cluster.main, hook.id, COUNT, { timeoutMs: 120000 }),
		);
		await sleep(3000);
		assert.equal(
			(await executionsOf(cluster.main, hook.id)).length,
			COUNT,
			'no execution for a repeat',
		);
		const hookIds = hookRuns.flatMap((e) => emitted(e).map((i) => i.creationId));
		assert.deepEqual([...hookIds].sort(), [...ids].sort(), 'one webhook execution per task');

		// the polls: wait until every task was emitted, then one poll more
		let pollRuns = [];
		const t0 = Date.now();
		while (Date.now() - t0 < 200000) {
			const list = await executionsOf(cluster.main, poll.id);
			pollRuns = await settledExecutions(cluster.main, poll.id, list.length, { timeoutMs: 60000 });
			if (pollRuns.flatMap((e) => emitted(e)).length >= COUNT) break;
			await sleep(2000);
		}
		const listsThen = (await lists()).length;
		const untilNext = Date.now();
		while ((await lists()).length === listsThen && Date.now() - untilNext < 90000) await sleep(500);
		await sleep(4000);
		pollRuns = await settledExecutions(
			cluster.main,
			poll.id,
			(await executionsOf(cluster.main, poll.id)).length,
		);
		const pollIds = pollRuns.flatMap((e) => emitted(e).map((i) => i.creationId));
		assert.deepEqual(
			[...pollIds].sort(),
			[...ids].sort(),
			`polls emitted ${JSON.stringify(pollIds)}`,
		);

		const listTimes = (await lists()).map((r) => r.time);
		const gaps = listTimes.slice(1).map((t, i) => Math.round((t - listTimes[i]) / 1000));
		// the main's activation poll, then one a minute: workers or a webhook processor polling too
		// would read the list several times within a second
		assert.ok(
			gaps.every((g) => g >= 5),
			`one list request per poll (gaps ${gaps.join(', ')} s)`,
		);

		const starts = cluster.startsSince(startsBefore);
		const runs = [...hookRuns, ...pollRuns];
		for (const e of runs) {
			assert.equal(e.status, 'success', `execution ${e.id} ${e.status}`);
			assert.equal((starts[e.id] || []).length, 1, `execution ${e.id} started once on a worker`);
		}
		const perWorker = {};
		for (const e of runs)
			perWorker[`worker ${starts[e.id][0] + 1}`] =
				(perWorker[`worker ${starts[e.id][0] + 1}`] ?? 0) + 1;
		const delays = hookRuns.map((e) => new Date(e.startedAt).getTime() - finishedAt);
		log(
			`callbacks ${ended.length} + repeats ${repeats.length} → webhook executions ${hookRuns.length}; polls emitted ${pollIds.length} tasks in ${pollRuns.length} execution(s); list requests ${listTimes.length} (gaps ${gaps.join(', ')} s)`,
		);
		log(
			`executions per worker: ${JSON.stringify(perWorker)}; renders' end → webhook execution start: ${Math.min(...delays)}–${Math.max(...delays)} ms`,
		);
	},
};
