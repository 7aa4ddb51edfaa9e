'use strict';
/**
 * n8n's Retry On Fail re-runs the whole node. (a) Three items; the first submit answers 50000
 * without creating a task, the second loses its connection before Chanjing records it: after
 * the retry there are exactly three tasks (0 duplicates), and the item that succeeded at once
 * was not sent again. (b) 30 items against a strict 5 requests/s limit with Retry On Fail on:
 * 30 tasks, 0 failed, 0 duplicates.
 */
const { nodeOutput } = require('../n8n-instance');
const { faultWorkflow, importAll, generateParameters, SUBMIT_PATH } = require('../fault-workflow');

const RETRY = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 };

function duplicates(tasks) {
	const prompts = tasks.map((t) => t.motion_info.ref_prompt);
	return prompts.length - new Set(prompts).size;
}

module.exports = {
	name: 'Retry On Fail re-sends only what failed: 0 duplicate paid tasks',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const three = faultWorkflow({
			id: 'e2eFaultsRetry31a',
			rows: [{ prompt: 'Retry one' }, { prompt: 'Retry two' }, { prompt: 'Retry three' }],
			parameters: generateParameters(),
			settings: RETRY,
		});
		const many = faultWorkflow({
			id: 'e2eFaultsRetry31b',
			rows: Array.from({ length: 30 }, (_, i) => ({ prompt: `Paced ${i}` })),
			parameters: generateParameters(),
			settings: RETRY,
		});
		await time('import', async () => {
			await importAll(inst, sim, three);
			await inst.importWorkflow(many);
		});

		sim.configure({
			faultsFor: [
				{ path: SUBMIT_PATH, count: 1, kind: 'code', code: 50000, msg: '系统内部错误' },
				{ path: SUBMIT_PATH, count: 1, kind: 'drop' },
			],
		});
		const res = await time('execute 3 items', () => inst.execute(three.id));
		assert.equal(res.exitCode, 0, `execution failed:\n${res.stdout.slice(-2000)}`);
		const out = nodeOutput(res.output, 'Generate video');
		assert.equal(out.length, 3);
		assert.equal(sim.tasks().length, 3, 'three tasks');
		assert.equal(duplicates(sim.tasks()), 0, 'no duplicate');
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.equal(submits.length, 5, '3 first tries + 2 retries of the failed items');
		log(`3 items: ${sim.tasks().length} tasks, ${submits.length} submits, 0 duplicates`);

		sim.reset();
		sim.configure({ qps: 5 });
		const paced = await time('execute 30 items at 5/s', () => inst.execute(many.id));
		assert.equal(paced.exitCode, 0, `execution failed:\n${paced.stdout.slice(-2000)}`);
		const pacedOut = nodeOutput(paced.output, 'Generate video');
		assert.equal(pacedOut.length, 30);
		assert.equal(pacedOut.filter((i) => i.error).length, 0, '0 failed');
		assert.equal(sim.tasks().length, 30, '30 tasks');
		assert.equal(duplicates(sim.tasks()), 0, 'no duplicate');
		const refused = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH && r.code === 40001);
		log(`30 items at 5/s: 30 tasks, 0 duplicates, ${refused.length} answers 40001`);
	},
};
