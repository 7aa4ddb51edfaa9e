'use strict';
/**
 * Queue mode with App ID + Secret Key: 20 executions wait on both workers while the saved
 * token is revoked from outside, twice. A Chanjing token dies when a newer one is fetched, so
 * two workers renewing at once can knock each other's token out (ping-pong). Asserted: every
 * execution succeeds, each submit is sent once (a 10400 answer is the only one re-sent), and
 * each renewal event (first use, each revocation) causes at most one token request per worker.
 * No token and no Secret Key appears in any process log or in the execution data.
 */
const { APP_ID, SECRET_KEY, appCredential } = require('../fixtures');
const {
	assertAllSucceededOnEveryWorker,
	POLL_PATH,
	SUBMIT_PATH,
	TOKEN_PATH,
	callMany,
	executionsOf,
	expectedVideoSha,
	settledExecutions,
	sleep,
} = require('../queue/steps');
const { nodeOutput } = require('../n8n-instance');

const COUNT = 20;

module.exports = {
	queue: true,
	name: 'queue mode: App ID + Secret Key, token revoked twice while both workers wait — no ping-pong',
	async run({ cluster, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('queue-app-id-wait-download');
		const sha = expectedVideoSha();
		// Real latency (Chanjing is far away) widens the window in which both workers see 10400.
		await sim.configure({ renderMs: 30000, qps: null, delayMs: 300 });
		await time('serve', () => cluster.serveWorkflow(wf, [appCredential(sim)]));

		const prompts = Array.from(
			{ length: COUNT },
			(_, i) => `Token item ${i + 1}: rain on a tin roof`,
		);
		await callMany(
			cluster,
			wf,
			prompts.map((prompt) => ({ prompt })),
			assert,
		);

		// Revoke once every task exists (items waiting), and again once every item has been
		// answered after the first renewal: a revocation in the middle of a renewal is another
		// event (unit-tested), and it would blur which renewal a token request belongs to.
		const boundaries = [0];
		const answeredSince = async (seq) => {
			for (let i = 0; i < 240; i++) {
				const after = (await apiRequests()).filter((r) => r.seq > seq && r.path === POLL_PATH);
				const lastRejection = Math.max(
					0,
					...after.filter((r) => r.code === 10400).map((r) => r.seq),
				);
				const answered = new Set(
					after.filter((r) => r.code === 0 && r.seq > lastRejection).map((r) => r.query.unique_id),
				);
				if (lastRejection > 0 && answered.size >= COUNT) return;
				await sleep(250);
			}
		};
		const revokeWhenWaiting = async () => {
			for (let i = 0; i < 120; i++) {
				if ((await sim.tasks()).length >= COUNT) break;
				await sleep(250);
			}
			await sleep(3000);
			boundaries.push((await apiRequests()).length);
			await sim.revokeTokens(APP_ID);
			await answeredSince(boundaries[1]);
			await sleep(1000);
			boundaries.push((await apiRequests()).length);
			await sim.revokeTokens(APP_ID);
		};
		const [executions] = await time('until all finished', () =>
			Promise.all([settledExecutions(cluster.main, wf.id, COUNT), revokeWhenWaiting()]),
		);

		const reqs = await apiRequests();
		const events = ['first use', 'revocation 1', 'revocation 2'].map((name, i) => {
			const slice = reqs.slice(boundaries[i], boundaries[i + 1] ?? reqs.length);
			return {
				name,
				tokenRequests: slice.filter((r) => r.path === TOKEN_PATH).length,
				rejected: slice.filter((r) => r.code === 10400).length,
			};
		});
		log(
			`token requests per renewal event: ${events.map((e) => `${e.name} ${e.tokenRequests} (10400 answers ${e.rejected})`).join('; ')}`,
		);

		assertAllSucceededOnEveryWorker(cluster, executions, assert);

		// Each submit accepted once; a submit answered 10400 was not accepted and is sent again.
		const accepted = reqs.filter((r) => r.path === SUBMIT_PATH && r.code === 0);
		assert.deepEqual(
			accepted.map((r) => r.body.ref_prompt).sort(),
			[...prompts].sort(),
			'one accepted submit per item',
		);
		for (const ex of executions) {
			assert.equal(nodeOutput(ex.data, 'Hash video')[0].sha256, sha, `execution ${ex.id}: the MP4`);
		}
		assert.ok(
			events[1].rejected > 0 && events[2].rejected > 0,
			'the revocations hit waiting items',
		);
		for (const e of events) {
			assert.ok(
				e.tokenRequests >= 1 && e.tokenRequests <= cluster.workers.length,
				`${e.name}: ${e.tokenRequests} token requests for ${cluster.workers.length} workers (ping-pong)`,
			);
		}

		// Secrets: neither the tokens nor the Secret Key in any log or in the execution data.
		const tokens = [
			...new Set(reqs.map((r) => r.headers.access_token).filter((t) => typeof t === 'string' && t)),
		];
		assert.ok(tokens.length >= 3, 'tokens were sent');
		const logs = cluster.allLogs();
		const data = JSON.stringify(
			await Promise.all(
				(await executionsOf(cluster.main, wf.id)).map((e) =>
					cluster.main.rest('GET', `/executions/${e.id}`),
				),
			),
		);
		for (const secret of [...tokens, SECRET_KEY]) {
			assert.ok(!logs.includes(secret), `a token or the Secret Key is in a process log`);
			assert.ok(!data.includes(secret), `a token or the Secret Key is in the execution data`);
		}
	},
};
