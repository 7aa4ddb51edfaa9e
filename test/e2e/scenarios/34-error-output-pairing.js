'use strict';
/**
 * On Error "Continue (using error output)": three rows, the middle one bad. Each branch has a
 * Set node that reads the row through `$('Rows').item`: both must resolve to the right row
 * (pairedItem on every item). The error item is `{ error }`, as n8n makes every error item.
 */
const { nodeOutput } = require('../n8n-instance');
const { faultWorkflow, importAll, generateParameters } = require('../fault-workflow');

module.exports = {
	name: 'Error output: both branches paired with their input rows',
	async run({ inst, sim, assert, time, log }) {
		const rows = [{ prompt: 'First good row' }, { prompt: '' }, { prompt: 'Last good row' }];
		const wf = faultWorkflow({
			id: 'e2eFaultsPairing34',
			rows,
			parameters: generateParameters(),
			settings: { onError: 'continueErrorOutput' },
			tagOutputs: true,
		});
		await time('import', () => importAll(inst, sim, wf));

		const res = await time('execute', () => inst.execute(wf.id));
		assert.equal(res.exitCode, 0, `execution failed:\n${res.stdout.slice(-2000)}`);

		const ok = nodeOutput(res.output, 'Tag ok');
		const failed = nodeOutput(res.output, 'Tag error');
		assert.deepEqual(
			ok.map((i) => i.rowPrompt),
			['First good row', 'Last good row'],
		);
		assert.ok(ok.every((i) => typeof i.creationId === 'string' && i.creationId));
		assert.equal(failed.length, 1);
		assert.equal(failed[0].rowPrompt, '');
		assert.match(String(failed[0].error), /^Prompt is empty/);
		log(`success branch ${ok.length} items, error branch ${failed.length}, all paired`);
	},
};
