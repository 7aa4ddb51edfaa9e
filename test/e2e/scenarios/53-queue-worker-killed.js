'use strict';
/**
 * Queue mode: a worker is killed (SIGKILL) while its items wait for their videos. Recorded:
 * what n8n reports for the executions it held and after how long (the main's queue-recovery
 * check runs every minute here), that n8n does not run them again (no second submit), that
 * the other worker's executions succeed, and that Get Many finds the orphaned tasks again by
 * their prompts (the recovery the README describes).
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
	name: 'queue mode: a worker killed while its items wait — n8n marks them crashed, Get Many finds the tasks',
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

		// The other worker's executions succeed; none of the orphans ran again anywhere.
		const all = await settledExecutions(cluster.main, wf.id, before.size + COUNT);
		for (const ex of all.filter((e) => survivors.includes(e.id))) {
			assert.equal(ex.status, 'success', `execution ${ex.id}: ${errorOf(ex)}`);
		}
		const starts = cluster.workerStarts();
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		log(
			`starts of the orphans: ${JSON.stringify(orphaned.map((id) => starts[id]))}; submits per prompt ${JSON.stringify(tally(submits.map((s) => s.body.ref_prompt)))}`,
		);

		// Recovery: the crashed execution still shows its prompt; Get Many lists the task.
		const found = await cluster.callWebhook(find.nodes[0].parameters.path, { body: {} });
		assert.equal(
			found.status,
			200,
			`Get Many webhook: ${found.status} ${found.text.slice(0, 300)}`,
		);
		const listed = Array.isArray(found.json) ? found.json : [found.json];
		for (const id of orphaned) {
			const ex = await cluster.main.getExecution(id);
			const [trigger] = nodeOutput(ex.data, 'Webhook') || [];
			assert.ok(trigger, `crashed execution ${id} keeps its trigger data`);
			const task = listed.find((t) => t.prompt === trigger.body.prompt);
			assert.ok(task, `Get Many lists the task of execution ${id} (${trigger.body.prompt})`);
			assert.ok(['queued', 'generating', 'succeeded'].includes(task.status), JSON.stringify(task));
			assert.ok(submits.some((s) => s.body.ref_prompt === task.prompt));
		}
		log(
			`Get Many listed ${listed.length} tasks, the ${orphaned.length} orphaned ones among them (status ${[...new Set(listed.filter((t) => prompts.includes(t.prompt)).map((t) => t.status))].join('/')})`,
		);
	},
};
