'use strict';
/**
 * A status check that never answers must not hang the execution: Generate with Wait for
 * Completion and Max Wait 1 min, every status check hangs. The node ends after about a minute
 * with the timeout error naming the creation ID (On Timeout "Error"), and the task stays one
 * task. Without the bound it would run until the harness kills it at 180 s. The bound is checked
 * on the node's own run time as n8n records it: the CLI's start-up around it is n8n's, and it
 * grows with the machine's load (4–6 s here when quiet, tens of seconds when busy).
 */
const { faultWorkflow, importAll, generateParameters } = require('../fault-workflow');

const DETAIL_PATH = '/open/v1/ai_creation/task';

module.exports = {
	name: 'A hung status check ends at Max Wait (0 hung executions)',
	async run({ inst, sim, assert, time, log }) {
		const wf = faultWorkflow({
			id: 'e2eFaultsHungPoll32',
			rows: [{ prompt: 'Never ready' }],
			parameters: generateParameters({ options: { waitForCompletion: true, maxWaitMinutes: 1 } }),
		});
		await time('import', () => importAll(inst, sim, wf));
		sim.configure({
			renderMs: 10 * 60 * 1000,
			faultsFor: [{ path: DETAIL_PATH, count: 1000, kind: 'hang' }],
		});

		const started = Date.now();
		const res = await time('execute', () => inst.execute(wf.id));
		const seconds = (Date.now() - started) / 1000;

		assert.notEqual(res.exitCode, 0, 'the item fails with the timeout error');
		const message = String(res.error?.message ?? '');
		const [task] = sim.tasks();
		assert.match(message, /was not ready after 1 min/);
		assert.ok(message.includes(task.unique_id), 'the error names the creation ID');
		const [nodeRun] = res.output.data.resultData.runData['Generate video'];
		const nodeSeconds = nodeRun.executionTime / 1000;
		// Max Wait, plus the last check's minimum timeout (5 s) and some slack.
		assert.ok(nodeSeconds < 80, `the node ran ${nodeSeconds.toFixed(1)} s`);
		assert.equal(sim.tasks().length, 1);
		log(
			`node ended after ${nodeSeconds.toFixed(1)} s, n8n execute after ${seconds.toFixed(1)} s ` +
				'(Max Wait 1 min, every status check hung)',
		);
	},
};
