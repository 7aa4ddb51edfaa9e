'use strict';
/**
 * Six items, six submits whose answers are lost or unusable after Chanjing recorded the task:
 * connection closed, a proxy's HTTP 502/504 page, and code 0 with `data` missing, null, "" or
 * an object. Every item must come out with the real creation ID and `recovered: true`, and
 * Chanjing must have received exactly six submits: 0 junk IDs, 0 duplicates, 0 lost items.
 */
const { nodeOutput } = require('../n8n-instance');
const {
	faultWorkflow,
	importAll,
	generateParameters,
	SUBMIT_PATH,
	JUNK_IDS,
} = require('../fault-workflow');

const FAULTS = [
	{ kind: 'drop', afterHandling: true },
	{ kind: 'http5xx', status: 502, afterHandling: true },
	{ kind: 'data', omitData: true },
	{ kind: 'data', data: null },
	{ kind: 'data', data: '' },
	{ kind: 'data', data: { id: 7 } },
];

module.exports = {
	name: 'Unknown submit outcomes: lost answers and junk IDs reconciled through the task list',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const rows = FAULTS.map((_, i) => ({ prompt: `Reconcile me ${i}` }));
		const wf = faultWorkflow({ id: 'e2eFaultsUnknown30', rows, parameters: generateParameters() });
		await time('import', () => importAll(inst, sim, wf));
		sim.configure({ faultsFor: FAULTS.map((f) => ({ path: SUBMIT_PATH, count: 1, ...f })) });

		const res = await time('execute', () => inst.execute(wf.id));
		assert.equal(res.exitCode, 0, `execution failed:\n${res.stdout.slice(-2000)}`);

		const out = nodeOutput(res.output, 'Generate video');
		const tasks = sim.tasks();
		assert.equal(out.length, rows.length, 'no item lost');
		assert.equal(tasks.length, rows.length, 'one task per item');
		const taskIds = new Set(tasks.map((t) => t.unique_id));
		for (const item of out) {
			assert.ok(!JUNK_IDS.includes(String(item.creationId)), `junk ID ${item.creationId}`);
			assert.ok(taskIds.has(item.creationId), `ID ${item.creationId} is a real task`);
			assert.equal(item.recovered, true);
		}
		assert.equal(new Set(out.map((i) => i.creationId)).size, rows.length, 'distinct IDs');
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.equal(submits.length, rows.length, 'no submit sent twice');
		log(
			`${out.length} items recovered, ${tasks.length} tasks, ${submits.length} submits, 0 junk IDs`,
		);
	},
};
