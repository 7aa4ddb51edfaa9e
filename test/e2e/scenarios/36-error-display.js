'use strict';
/**
 * Errors that say who spoke: Get with an unknown creation ID shows Chanjing's code as the
 * error code and explains 任务不存在 in English with the original kept; a local check (an
 * empty Creation ID on Generate's sibling) is a node error, not "From Chanjing".
 */
const { faultWorkflow, importAll } = require('../fault-workflow');

module.exports = {
	name: "Error display: Chanjing's code as the error code, Chinese messages explained",
	async run({ inst, sim, assert, time, log }) {
		const wf = faultWorkflow({
			id: 'e2eFaultsDisplay36',
			rows: [{ id: 'no-such-task' }],
			parameters: { resource: 'video', operation: 'get', creationId: '={{ $json.id }}' },
		});
		const local = faultWorkflow({
			id: 'e2eFaultsDisplay36b',
			rows: [{ prompt: '' }],
			parameters: {
				resource: 'video',
				operation: 'generate',
				mode: 'textToVideo',
				prompt: '={{ $json.prompt }}',
			},
		});
		await time('import', async () => {
			await importAll(inst, sim, wf);
			await inst.importWorkflow(local);
		});

		const res = await time('execute', () => inst.execute(wf.id));
		const error = res.error ?? {};
		assert.equal(
			error.message,
			'Chanjing has no task with this creation ID (code 40000: 任务不存在)',
		);
		assert.match(String(error.description), /"task does not exist" \(任务不存在\)/);
		assert.equal(String(error.httpCode), '40000', `error code shown: ${error.httpCode}`);
		assert.equal(error.name, 'NodeApiError');

		const localRun = await time('execute local check', () => inst.execute(local.id));
		assert.equal(localRun.error?.name, 'NodeOperationError', 'a local check is a node error');
		assert.match(String(localRun.error?.message), /^Prompt is empty/);
		log(
			`Get unknown ID: ${error.name}, code ${error.httpCode}; empty prompt: ${localRun.error?.name}`,
		);
	},
};
