'use strict';
/**
 * Errors that say who spoke: Get with an unknown creation ID shows Chanjing's code as the
 * error code and explains 任务不存在 in English with the original kept; a local check (an
 * empty prompt) carries no HTTP code and no raw messages, so n8n's editor shows no
 * "From Chanjing · Error code none" block for it. (n8n's RoutingNode makes every hook error of a
 * declarative node a NodeApiError; only these fields decide what the editor shows.)
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
		const localError = localRun.error ?? {};
		assert.match(String(localError.message), /^Prompt is empty/);
		assert.ok(!localError.httpCode, `no error code for a local check: ${localError.httpCode}`);
		assert.deepEqual(localError.messages ?? [], [], 'no raw messages');
		log(
			`Get unknown ID: code ${error.httpCode}, "${error.message}"; empty prompt: no error code, no "From Chanjing"`,
		);
	},
};
