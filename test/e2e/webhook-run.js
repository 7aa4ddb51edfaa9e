'use strict';
/** Steps the webhook scenarios share: serve a workflow in `n8n start`, call it, await its end. */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Imports the credentials and the workflow, starts n8n, logs in, activates the workflow. */
async function serveWorkflow({ inst, time }, workflow, credentials) {
	await time('import', async () => {
		await inst.importCredentials(credentials);
		await inst.importWorkflow(workflow);
	});
	await time('start', () => inst.start());
	await inst.setupOwnerAndLogin();
	await time('activate', () => inst.activateWorkflow(workflow.id));
}

/** Calls the workflow's production webhook with `body`; asserts HTTP 200. */
async function callWorkflowWebhook({ inst, time, assert }, workflow, body) {
	const hook = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.webhook');
	const call = await time('webhook', () => inst.callWebhook(hook.parameters.path, { body }));
	assert.equal(call.status, 200, `webhook answered ${call.status}: ${call.text}`);
}

/**
 * The workflow's latest execution once it has ended (not new, running or waiting) and
 * `hasData(execution)` holds, or undefined after `attempts` looks.
 */
async function finishedExecution(inst, workflowId, hasData, attempts = 300) {
	for (let i = 0; i < attempts; i++) {
		const [latest] = await inst.listExecutions(workflowId);
		if (latest && !['new', 'running', 'waiting'].includes(latest.status)) {
			return inst.waitForExecution(latest.id, {
				until: (ex) => ex.status !== 'success' || hasData(ex),
			});
		}
		await sleep(300);
	}
	return undefined;
}

module.exports = { serveWorkflow, callWorkflowWebhook, finishedExecution, sleep };
