'use strict';
/**
 * Queue mode: a worker is killed (SIGKILL) while its items wait inside the node (Wait for
 * Completion). Recorded: what n8n reports for the executions it held, and after how long.
 * Found: they show `running` until the queue notices the dead worker's jobs stalled; then
 * n8n 1.123 runs them again from the start on the other worker (their tasks are submitted a
 * second time), while 2.41 ends them `error`/`crashed` without running them again. Asserted:
 * every orphan ends; the node itself never submits twice (orphan submits = times n8n started
 * them); the other worker's executions succeed with one submit each; Get Many finds every
 * task of every orphan by its prompt.
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

const COUNT = 6;

module.exports = {
	queue: true,
	name: 'queue mode: a worker killed while items wait in the node — what n8n does; Get Many finds the tasks',
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('queue-generate-wait-download');
		const find = loadWorkflow('queue-find-tasks');
		await sim.configure({ renderMs: 40000, qps: null });
		await time('serve', async () => {
			await cluster.serveWorkflow(wf, [staticTokenCredential(sim)]);
			await cluster.serveWorkflow(find);
		});
		const before = new Set((await executionsOf(cluster.main, wf.id)).map((e) => e.id));
		const prompts = Array.from(
			{ length: COUNT },
			(_, i) => `Orphan item ${i + 1}: a lantern on a pier`,
		);
		await callMany(
			cluster,
			wf,
			prompts.map((prompt) => ({ prompt })),
			assert,
		);

		// Every task submitted and every execution on a worker; then kill the busier worker.
		let mine = [];
		let byWorker = {};
		for (let i = 0; i < 240; i++) {
			mine = (await executionsOf(cluster.main, wf.id)).filter((e) => !before.has(e.id));
			byWorker = cluster.executionsByWorker();
			const submitted = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH).length;
			if (
				submitted >= COUNT &&
				mine.length >= COUNT &&
				mine.every((e) => byWorker[e.id] !== undefined)
			)
				break;
			await sleep(250);
		}
		const perWorker = tally(mine.map((e) => byWorker[e.id]));
		const victim = Number(Object.entries(perWorker).sort((a, b) => b[1] - a[1])[0][0]);
		const orphaned = mine.filter((e) => byWorker[e.id] === victim).map((e) => e.id);
		const survivors = mine.filter((e) => byWorker[e.id] !== victim).map((e) => e.id);
		const pid = cluster.workers[victim].pid;
		const killedAt = Date.now();
		await cluster.workers[victim].kill('SIGKILL');
		log(
			`killed worker ${victim + 1} (pid ${pid}) holding executions ${orphaned.join(', ')}; the other worker holds ${survivors.join(', ') || 'none'}`,
		);

		// What n8n reports for them, and when.
		const seen = {};
		const settled = await time('until n8n settles the orphans', async () => {
			for (let i = 0; i < 150; i++) {
				const list = await executionsOf(cluster.main, wf.id);
				for (const e of list.filter((x) => orphaned.includes(x.id))) {
					const s = seen[e.id] || (seen[e.id] = []);
					if (!s.length || s[s.length - 1].status !== e.status) {
						s.push({ status: e.status, afterS: Math.round((Date.now() - killedAt) / 1000) });
					}
				}
				if (
					orphaned.every((id) =>
						['crashed', 'error', 'success', 'canceled'].includes(seen[id]?.at(-1)?.status),
					)
				)
					return true;
				await sleep(2000);
			}
			return false;
		});
		const report = orphaned.map(
			(id) => `${id}: ${seen[id].map((s) => `${s.status} @${s.afterS}s`).join(' → ')}`,
		);
		log(`orphaned executions: ${report.join('; ')}`);
		assert.ok(
			settled,
			`n8n did not settle the orphaned executions within 5 min: ${report.join('; ')}`,
		);

		// The other worker's executions succeed, each submitted once.
		const all = await settledExecutions(cluster.main, wf.id, before.size + COUNT);
		const starts = cluster.workerStarts();
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		const submitsPerPrompt = tally(submits.map((s) => s.body.ref_prompt));
		const promptOf = (ex) => ((nodeOutput(ex.data, 'Webhook') || [])[0] || {}).body?.prompt;
		for (const ex of all.filter((e) => survivors.includes(e.id))) {
			assert.equal(ex.status, 'success', `execution ${ex.id}: ${errorOf(ex)}`);
			assert.equal(submitsPerPrompt[promptOf(ex)], 1, `execution ${ex.id} submitted once`);
		}
		const reruns = orphaned.filter((id) => starts[id].length > 1).length;
		log(
			`orphans started again by n8n: ${reruns} of ${orphaned.length}; workers per orphan ` +
				`${JSON.stringify(orphaned.map((id) => starts[id].map((w) => w + 1)))}; ` +
				`submits ${submits.length} for ${COUNT} calls`,
		);

		// Recovery: Get Many lists every task made for the orphans' prompts (found by prompt:
		// 1.x keeps an orphan's trigger data, 2.x's error/crashed orphans may show none).
		const survivorPrompts = all.filter((e) => survivors.includes(e.id)).map(promptOf);
		const orphanPrompts = prompts.filter((p) => !survivorPrompts.includes(p));
		assert.equal(orphanPrompts.length, orphaned.length);
		const orphanSubmits = orphanPrompts.reduce((n, p) => n + (submitsPerPrompt[p] || 0), 0);
		const orphanStarts = orphaned.reduce((n, id) => n + starts[id].length, 0);
		assert.equal(orphanSubmits, orphanStarts, 'one submit per start by n8n, never more');
		const found = await cluster.callWebhook(find.nodes[0].parameters.path, { body: {} });
		assert.equal(
			found.status,
			200,
			`Get Many webhook: ${found.status} ${found.text.slice(0, 300)}`,
		);
		const listed = Array.isArray(found.json) ? found.json : [found.json];
		for (const prompt of orphanPrompts) {
			assert.ok(submitsPerPrompt[prompt] >= 1, `the orphan "${prompt}" was submitted`);
			const tasks = listed.filter((t) => t.prompt === prompt);
			assert.equal(
				tasks.length,
				submitsPerPrompt[prompt],
				`Get Many lists every task of "${prompt}"`,
			);
			for (const t of tasks) assert.ok(['queued', 'generating', 'succeeded'].includes(t.status));
		}
		const orphanEnds = all
			.filter((e) => orphaned.includes(e.id))
			.map(
				(e) =>
					`${e.id} ${e.status}${errorOf(e) ? ` (${errorOf(e)})` : ''}, trigger data ${promptOf(e) ? 'kept' : 'gone'}`,
			);
		log(`orphans at the end: ${orphanEnds.join('; ')}`);
		log(`Get Many listed ${listed.length} tasks, every task of every orphan among them`);
	},
};
