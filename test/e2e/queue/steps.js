'use strict';
/** Steps the queue-mode scenarios share. */
const crypto = require('node:crypto');
const path = require('node:path');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const FINAL = ['success', 'error', 'crashed', 'canceled'];

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const POLL_PATH = '/open/v1/ai_creation/task';
const TOKEN_PATH = '/open/v1/access_token';

/** SHA-256 of the simulator's MP4, what every downloaded binary must hash to. */
function expectedVideoSha() {
	const { sampleVideo } = require(path.join(__dirname, '..', '..', 'simulator'));
	return crypto.createHash('sha256').update(sampleVideo()).digest('hex');
}

/** Every execution of a workflow, newest first, over the main's REST API (pages of 100). */
async function executionsOf(main, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: String(workflowId) }));
	const all = [];
	for (;;) {
		const last = all.length ? `&lastId=${all[all.length - 1].id}` : '';
		const data = await main.rest('GET', `/executions?filter=${filter}&limit=100${last}`);
		const page = Array.isArray(data) ? data : data.results;
		all.push(...page);
		if (page.length < 100) return all;
	}
}

/**
 * Calls the workflow's production webhook on the webhook processor once per body (all at
 * once); asserts every answer is HTTP 200.
 */
async function callMany(cluster, workflow, bodies, assert) {
	const hook = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.webhook');
	const answers = await Promise.all(
		bodies.map((body) => cluster.callWebhook(hook.parameters.path, { body })),
	);
	answers.forEach((a, i) =>
		assert.equal(a.status, 200, `webhook call ${i} answered ${a.status}: ${a.text.slice(0, 300)}`),
	);
}

/**
 * Waits until the workflow has `count` executions and all of them are final; returns them
 * with their run data (without, if `withData` is false). `onTick(list)` runs on every look (e.g. to act mid-way).
 */
async function settledExecutions(
	main,
	workflowId,
	count,
	{ timeoutMs = 300000, onTick, withData = true } = {},
) {
	const t0 = Date.now();
	let list = [];
	while (Date.now() - t0 < timeoutMs) {
		list = await executionsOf(main, workflowId);
		if (onTick) await onTick(list);
		if (list.length >= count && list.every((e) => FINAL.includes(e.status))) {
			if (!withData) return list;
			// Ten at a time: the main answers HTTP 500 when hundreds arrive at once.
			const out = [];
			for (let i = 0; i < list.length; i += 10) {
				out.push(...(await Promise.all(list.slice(i, i + 10).map((e) => main.getExecution(e.id)))));
			}
			return out;
		}
		await sleep(1000);
	}
	const byStatus = {};
	for (const e of list) byStatus[e.status] = (byStatus[e.status] || 0) + 1;
	throw new Error(
		`${count} executions of ${workflowId} not settled after ${timeoutMs} ms: ${list.length} seen, ${JSON.stringify(byStatus)}`,
	);
}

/** `{ value: count }` of a list. */
function tally(values) {
	const out = {};
	for (const v of values) out[v] = (out[v] || 0) + 1;
	return out;
}

/** The error message of a failed execution, for assertion messages. */
function errorOf(execution) {
	const err = execution && execution.data && execution.data.resultData.error;
	return err ? `${err.message}${err.description ? ` — ${err.description}` : ''}` : '';
}

/** Fails unless every execution succeeded (each failure named) and every worker ran some. */
function assertAllSucceededOnEveryWorker(cluster, executions, assert) {
	const failed = executions.filter((e) => e.status !== 'success');
	assert.deepEqual(
		failed.map((e) => `${e.id} ${e.status}: ${errorOf(e)}`),
		[],
		'every execution succeeds',
	);
	const byWorker = cluster.executionsByWorker();
	const perWorker = tally(executions.map((e) => byWorker[e.id]));
	assert.equal(
		Object.keys(perWorker).length,
		cluster.workers.length,
		`every worker: ${JSON.stringify(perWorker)}`,
	);
}

module.exports = {
	assertAllSucceededOnEveryWorker,
	POLL_PATH,
	SUBMIT_PATH,
	TOKEN_PATH,
	callMany,
	errorOf,
	executionsOf,
	expectedVideoSha,
	settledExecutions,
	sleep,
	tally,
};
