'use strict';
/**
 * App ID + Secret Key in a real n8n, over five `n8n execute` runs: the token is obtained once
 * and saved in the credential, reused by the next execution, renewed once when Chanjing
 * revokes it (10400, then the same submit once more), and renewed before the submit when the
 * saved one expires within five minutes. Afterwards the credential n8n stored holds the newest
 * token. The Secret Key never appears in n8n's output.
 */
const { APP_ID, SECRET_KEY, appCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');

const TOKEN_PATH = '/open/v1/access_token';
const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const CHECK_PATH = '/open/v1/ai_creation/task/page';

module.exports = {
	name: 'App ID + Secret Key: token obtained, saved, reused, renewed on 10400 and before expiry',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('app-id-token-renewal');
		const gen = wf.nodes.find((n) => n.type === 'n8n-nodes-chanjing.chanjing');
		await time('import', async () => {
			await inst.importCredentials([appCredential(sim)]);
			await inst.importWorkflow(wf);
		});

		let seen = 0;
		/** Runs the workflow; returns the API requests it caused as "METHOD path code" and the raw entries. */
		const run = async (label) => {
			const res = await time(label, () => inst.execute(wf.id));
			assert.equal(
				res.exitCode,
				0,
				`${label}: n8n execute failed:\n${res.stdout.slice(-2000)}\n${res.stderr.slice(-2000)}`,
			);
			assert.ok(
				!res.stdout.includes(SECRET_KEY) && !res.stderr.includes(SECRET_KEY),
				`${label}: Secret Key in n8n's output`,
			);
			assert.equal(nodeOutput(res.output, gen.name).length, 1, `${label}: one creation`);
			const all = await apiRequests();
			const mine = all.slice(seen);
			seen = all.length;
			return { lines: mine.map((r) => `${r.path} ${r.code}`), reqs: mine };
		};
		const savedToken = async () => {
			const [cred] = (await inst.exportCredentials()).filter((c) => c.id === 'e2eChanjingApp');
			return cred.data;
		};

		// 1. first use: one token request (with the check request n8n saves it on), then the submit
		const first = await run('execute 1 (first use)');
		assert.deepEqual(
			first.lines,
			[`${TOKEN_PATH} 0`, `${CHECK_PATH} 0`, `${SUBMIT_PATH} 0`],
			'execute 1',
		);
		assert.deepEqual(first.reqs[0].body, { app_id: APP_ID, secret_key: SECRET_KEY });
		const token1 = first.reqs[2].headers.access_token;
		const saved1 = await savedToken();
		assert.equal(saved1.sessionToken, token1, 'n8n saved the token it sent');
		assert.ok(Number(saved1.sessionTokenExpiresAt) > Date.now() / 1000 + 3600, 'expiry saved');

		// 2. the next execution reuses the saved token: no token request
		const second = await run('execute 2 (saved token)');
		assert.deepEqual(second.lines, [`${SUBMIT_PATH} 0`], 'execute 2');
		assert.equal(second.reqs[0].headers.access_token, token1);

		// 3. the token is revoked (a new one was fetched elsewhere): 10400, one renewal, the same submit once more
		sim.revokeTokens(APP_ID);
		await sim.configure({ tokenTtlS: 200 }); // the next token lives less than the 5-minute margin
		const third = await run('execute 3 (revoked)');
		assert.deepEqual(
			third.lines,
			[`${SUBMIT_PATH} 10400`, `${TOKEN_PATH} 0`, `${SUBMIT_PATH} 0`],
			'execute 3',
		);
		assert.deepEqual(third.reqs[2].body, third.reqs[0].body, 'the same submit re-sent');
		const token2 = third.reqs[2].headers.access_token;
		assert.notEqual(token2, token1);
		assert.equal((await savedToken()).sessionToken, token2, 'n8n saved the renewed token');

		// 4. the saved token expires within 5 minutes: renewed before the submit
		await sim.configure({ tokenTtlS: 86400 });
		const fourth = await run('execute 4 (near expiry)');
		assert.deepEqual(
			fourth.lines,
			[`${TOKEN_PATH} 0`, `${CHECK_PATH} 0`, `${SUBMIT_PATH} 0`],
			'execute 4',
		);
		const token3 = fourth.reqs[2].headers.access_token;
		assert.notEqual(token3, token2);
		const saved3 = await savedToken();
		assert.equal(saved3.sessionToken, token3, 'the credential holds the newest token');
		log(`tokens ${[token1, token2, token3].map((t) => t.slice(0, 6)).join(' → ')}`);
	},
};
