'use strict';
/**
 * Queue mode with App ID + Secret Key, first use, and the two workers' token saves crossed:
 * the first token request is answered 2.5 s late (Chanjing issued the token when the request
 * arrived), so the other worker's token, issued later and live, is saved first and the dead
 * one saved over it. Asserted: every execution succeeds, no third token request (the live
 * token is saved again by the worker that holds it, without one; executions that start
 * while the dead token is saved wait for it), and the crossing really happened (a request was rejected with the token issued first). No token in any log.
 */
const { appCredential } = require('../fixtures');
const {
	assertAllSucceededOnEveryWorker,
	POLL_PATH,
	SUBMIT_PATH,
	TOKEN_PATH,
	callMany,
	expectedVideoSha,
	settledExecutions,
} = require('../queue/steps');
const { nodeOutput } = require('../n8n-instance');

const COUNT = 10;
const FIRST_WAVE = 6;
const HOLD_MS = 2500;

/** The requests as lines (ms since the first, path, token's first characters, code): for a failure. */
function timeline(reqs) {
	const t0 = reqs.length ? reqs[0].time : 0;
	const names = new Map();
	const tokenName = (token) => {
		if (!token) return '-';
		if (!names.has(token)) names.set(token, `T${names.size + 1}`);
		return names.get(token);
	};
	return reqs
		.map((r) => `${r.time - t0} ms ${r.path} ${tokenName(r.headers.access_token)} → ${r.code}`)
		.join('\n');
}

/** The token-renewal workflow under its own ID and webhook path (its executions counted apart). */
function crossedSavesWorkflow(wf) {
	const copy = structuredClone(wf);
	copy.id = 'e2eQueueAppToken02';
	copy.name = `${wf.name} (token saves crossed)`;
	const hook = copy.nodes.find((n) => n.type === 'n8n-nodes-base.webhook');
	hook.parameters.path = 'chanjing-e2e-queue-app-crossed';
	hook.webhookId = '5a0e7f3c-1b2d-4c8e-9f00-2a6b3c0b0155';
	return copy;
}

module.exports = {
	queue: true,
	name: 'queue mode: App ID + Secret Key, first use with the workers’ token saves crossed — the live token saved again, no third token request',
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = crossedSavesWorkflow(loadWorkflow('queue-app-id-wait-download'));
		const sha = expectedVideoSha();
		await sim.configure({
			renderMs: 12000,
			qps: null,
			delayMs: 300,
			faultsFor: [{ path: TOKEN_PATH, kind: 'delay', delayMs: HOLD_MS, afterHandling: true }],
		});
		await time('serve', () => cluster.serveWorkflow(wf, [appCredential(sim)]));

		const prompts = Array.from({ length: COUNT }, (_, i) => `Crossed item ${i + 1}: a lighthouse`);
		const call = (batch) =>
			callMany(
				cluster,
				wf,
				batch.map((prompt) => ({ prompt })),
				assert,
			);
		// A second wave starts once the dead token is saved: executions that meet it on the
		// worker that obtained it must wait for the live one, not ask for a third.
		await call(prompts.slice(0, FIRST_WAVE));
		await new Promise((resolve) => setTimeout(resolve, HOLD_MS + 1000));
		await call(prompts.slice(FIRST_WAVE));
		const executions = await time('until all finished', () =>
			settledExecutions(cluster.main, wf.id, COUNT),
		);

		const reqs = await apiRequests();
		const tokenRequests = reqs.filter((r) => r.path === TOKEN_PATH);
		// The token answered late was issued first: the one of the first token request.
		const used = (r) => r.headers.access_token;
		const rejected = reqs.filter((r) => r.code === 10400);
		const rejectedTokens = new Set(rejected.map(used));
		const accepted = reqs.filter((r) => r.code === 0 && r.path !== TOKEN_PATH);
		const finalToken = used(accepted[accepted.length - 1]);
		log(
			`token requests ${tokenRequests.length}; 10400 answers ${rejected.length} ` +
				`(${[...rejectedTokens].length} token(s)); token checks ${reqs.filter((r) => r.path === '/open/v1/ai_creation/task/page').length}; ` +
				`status checks ${reqs.filter((r) => r.path === POLL_PATH).length}`,
		);

		assertAllSucceededOnEveryWorker(cluster, executions, assert);
		assert.ok(tokenRequests.length >= 2, 'both workers obtained a token on first use (the setup)');
		assert.equal(
			tokenRequests.length,
			2,
			`no third token request: the live token was saved again\n${timeline(reqs)}`,
		);
		assert.ok(rejected.length > 0, 'the crossing happened: the token issued first was rejected');
		assert.ok(!rejectedTokens.has(finalToken), 'the requests end with the live token');
		const submits = reqs.filter((r) => r.path === SUBMIT_PATH && r.code === 0);
		assert.deepEqual(
			submits.map((r) => r.body.ref_prompt).sort(),
			[...prompts].sort(),
			'one accepted submit per item',
		);
		for (const ex of executions) {
			assert.equal(nodeOutput(ex.data, 'Hash video')[0].sha256, sha, `execution ${ex.id}: the MP4`);
		}
		const logs = cluster.allLogs();
		for (const token of new Set(reqs.map(used).filter(Boolean))) {
			assert.ok(!logs.includes(token), 'a token is in a process log');
		}
	},
};
