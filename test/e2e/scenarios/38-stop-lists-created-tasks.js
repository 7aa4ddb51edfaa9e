'use strict';
/**
 * Issue 21, point 7: under On Error = Stop (n8n's default) one failed item stops the node and
 * n8n drops its output. Three items; the middle one is refused (40000, sensitive words): the
 * execution's error (as n8n keeps it in the run data) lists the creation IDs items 0 and 2 paid
 * for, with their item indexes, in its message and description.
 */
const { faultWorkflow, importAll, generateParameters } = require('../fault-workflow');

module.exports = {
	name: 'On Error = Stop: the stopping error lists the creation IDs already made, by item',
	async run({ inst, sim, assert, time, log }) {
		const rows = [
			{ prompt: 'Stop list 0' },
			{ prompt: 'Stop list 1 [sensitive]' },
			{ prompt: 'Stop list 2' },
		];
		const wf = faultWorkflow({ id: 'e2eFaultsStopList38', rows, parameters: generateParameters() });
		await time('import', () => importAll(inst, sim, wf));

		const res = await time('execute', () => inst.execute(wf.id));
		assert.notEqual(res.exitCode, 0, 'the node stops');
		const error = res.error ?? {};
		const idOf = (prompt) =>
			sim.tasks().find((t) => t.motion_info?.ref_prompt === prompt)?.unique_id;
		const [id0, id2] = [idOf('Stop list 0'), idOf('Stop list 2')];
		assert.ok(id0 && id2, 'items 0 and 2 made tasks');
		assert.ok(
			String(error.message).endsWith(
				`[tasks already created by other items: item 0: ${id0}, item 2: ${id2}]`,
			),
			`message: ${error.message}`,
		);
		assert.match(
			String(error.description),
			new RegExp(`by item index: item 0: ${id0}; item 2: ${id2}\\.`),
		);
		log(`error kept by n8n: "${error.message}"`);
	},
};
