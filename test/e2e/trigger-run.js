'use strict';
/** Steps the Chanjing Trigger scenarios share. */
const { STATIC_TOKEN } = require('./fixtures');
const { nodeOutput } = require('./n8n-instance');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The Production URL of the workflow's Chanjing Trigger (Webhook mode), on `baseUrl`. */
function triggerUrl(baseUrl, workflow, secret) {
	const node = workflow.nodes.find((n) => n.type === 'n8n-nodes-chanjing.chanjingTrigger');
	const s = secret === undefined ? node.parameters.pathSecret : secret;
	return `${baseUrl}/webhook/${node.webhookId}/callback${s ? `/${s}` : ''}`;
}

/**
 * A Hailuo 02 text-to-video task made straight at the simulator (as another client would),
 * with `callback` as its Callback URL when given.
 */
async function submitTask(sim, prompt, callback) {
	const res = await fetch(`${sim.url}/open/v1/ai_creation/task/submit`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', access_token: STATIC_TOKEN },
		body: JSON.stringify({
			ref_prompt: prompt,
			creation_type: 4,
			model_code: 'MiniMax-Hailuo-02',
			clarity: 720,
			video_duration: 6,
			...(callback ? { callback } : {}),
		}),
	});
	const body = await res.json();
	if (body.code !== 0) throw new Error(`submit answered ${JSON.stringify(body)}`);
	return body.data;
}

/**
 * The workflow's executions once `count` have ended and no other has started for `quietMs`,
 * oldest first, each with its run data; throws after `timeoutMs`.
 */
async function settledExecutions(
	inst,
	workflowId,
	count,
	{ quietMs = 3000, timeoutMs = 120000 } = {},
) {
	const t0 = Date.now();
	let list = [];
	let stableSince = Date.now();
	let lastLength = -1;
	while (Date.now() - t0 < timeoutMs) {
		list = await inst.listExecutions(workflowId);
		if (list.length !== lastLength) {
			lastLength = list.length;
			stableSince = Date.now();
		}
		const ended = list.filter((e) => !['new', 'running', 'waiting'].includes(e.status));
		if (ended.length >= count && Date.now() - stableSince >= quietMs) break;
		await sleep(250);
	}
	const full = [];
	for (const e of [...list].reverse()) full.push(await inst.waitForExecution(e.id));
	return full;
}

/** The items the Chanjing Trigger emitted in an execution. */
function emitted(execution) {
	return nodeOutput(execution.data, 'Chanjing Trigger') || [];
}

module.exports = { emitted, settledExecutions, sleep, submitTask, triggerUrl };
