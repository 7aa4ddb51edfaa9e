'use strict';
/**
 * Issue 21, point 1: a task made before this item's submit left is never claimed, whatever its
 * prompt. Execution A submits prompt P and succeeds. Later executions (each `n8n execute` is a
 * new process, which knows nothing of A) submit the same P and lose the answer:
 * - before Chanjing made a task (connection dropped; an HTML page with HTTP 200): the item fails
 *   with "No video task was created … running this item again is safe", naming A's task as an
 *   earlier one that was not counted; no task is made;
 * - after Chanjing made the task (a proxy's 502 page; code 0 without data): the item gets its
 *   own new creation ID with `recovered: true`, never A's.
 * Chanjing's clock is learnt from the Date headers of the simulator's answers.
 */
const { nodeOutput } = require('../n8n-instance');
const { faultWorkflow, importAll, generateParameters, SUBMIT_PATH } = require('../fault-workflow');

const PROMPT = 'A lighthouse at dawn, issue 21';

module.exports = {
	name: 'No false recovery: an earlier identical task is never claimed after a lost submit answer',
	async run({ inst, sim, assert, time, log }) {
		const wf = faultWorkflow({
			id: 'e2eFaultsNoFalseRecovery37',
			rows: [{ prompt: PROMPT }],
			parameters: generateParameters(),
		});
		await time('import', () => importAll(inst, sim, wf));
		const ownTasks = () => sim.tasks().filter((t) => t.motion_info?.ref_prompt === PROMPT);

		const a = await time('execute A', () => inst.execute(wf.id));
		assert.equal(a.exitCode, 0, `A failed:\n${a.stdout.slice(-2000)}`);
		const idA = nodeOutput(a.output, 'Generate video')[0].creationId;
		assert.equal(ownTasks()[0].unique_id, idA);

		const lostBefore = [
			['connection dropped', { identicalSubmitFault: { kind: 'drop' } }],
			[
				'HTML page with HTTP 200',
				{ faultsFor: [{ path: SUBMIT_PATH, kind: 'body', status: 200, body: '<html>Hi</html>' }] },
			],
		];
		for (const [name, fault] of lostBefore) {
			sim.configure(fault);
			const res = await time(`execute, ${name} before a task`, () => inst.execute(wf.id));
			assert.notEqual(res.exitCode, 0, `${name}: the item must fail`);
			const error = res.error ?? {};
			assert.match(String(error.message), /^No video task was created for this item: /, name);
			assert.match(String(error.description), /running this item again is safe/, name);
			assert.match(String(error.description), new RegExp(`were not counted: ${idA} \\(created `));
			assert.equal(ownTasks().length, 1, `${name}: no task made, none claimed`);
			log(`${name}: "${error.message.slice(0, 90)}…"`);
		}
		sim.configure({ faultsFor: [] });

		const lostAfter = [
			[
				'proxy 502 page',
				{ identicalSubmitFault: { kind: 'http5xx', status: 502, afterHandling: true } },
			],
			['code 0 without data', { faultsFor: [{ path: SUBMIT_PATH, kind: 'data', omitData: true }] }],
		];
		for (const [name, fault] of lostAfter) {
			sim.configure(fault);
			const res = await time(`execute, ${name} after the task`, () => inst.execute(wf.id));
			assert.equal(res.exitCode, 0, `${name}: failed:\n${res.stdout.slice(-2000)}`);
			const item = nodeOutput(res.output, 'Generate video')[0];
			const newest = ownTasks()[0].unique_id;
			assert.notEqual(item.creationId, idA, `${name}: not A's task`);
			assert.equal(item.creationId, newest, `${name}: its own new task`);
			assert.equal(item.recovered, true);
			log(`${name}: recovered its own ${newest} (A was ${idA})`);
			sim.configure({ faultsFor: [] });
		}
		const submits = sim.requests({ path: SUBMIT_PATH }).length;
		assert.equal(ownTasks().length, 3, 'A and the two whose answers were lost after the task');
		log(`${submits} submits, ${ownTasks().length} tasks, 0 claimed from an earlier execution`);
	},
};
