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

/**
 * A render time no task reaches by itself during a scenario; finishRenders() ends the renders.
 * Chanjing sends its callback once, and n8n answers a resume that comes before the execution
 * is saved as `waiting` with 409 ("running already"): the execution would then wait forever. A
 * fixed render time of a few seconds raced that on a loaded machine, so the callback scenarios
 * hold the render until their executions wait, then end it.
 */
const HELD_RENDER_MS = 60 * 60 * 1000;

/**
 * Waits until `count` executions (`listExecutions()` → REST list) are `waiting`; returns the
 * list and the moment they were seen waiting.
 */
async function untilWaiting(listExecutions, count, { timeoutMs = 120000 } = {}) {
	const t0 = Date.now();
	let list = [];
	while (Date.now() - t0 < timeoutMs) {
		list = await listExecutions();
		if (list.filter((e) => e.status === 'waiting').length >= count) {
			return { list, waitingAt: Date.now() };
		}
		await sleep(100);
	}
	throw new Error(
		`${count} executions not waiting after ${timeoutMs} ms: ${JSON.stringify(list.map((e) => `${e.id} ${e.status}`))}`,
	);
}

/**
 * Ends every render now (the simulator's clock jumps past HELD_RENDER_MS) and resolves once
 * their callbacks have been answered.
 */
async function finishRenders(sim) {
	sim.configure({ now: () => Date.now() + HELD_RENDER_MS });
	await sim.tick();
}

module.exports = {
	HELD_RENDER_MS,
	serveWorkflow,
	callWorkflowWebhook,
	finishedExecution,
	finishRenders,
	sleep,
	untilWaiting,
};
