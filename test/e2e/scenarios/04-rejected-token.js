'use strict';
/**
 * A token Chanjing rejects (HTTP 200, code 10400) fails the execution: the run ends in error and
 * its error names code 10400; the simulator saw one submit with that token.
 */
const { staticTokenCredential } = require('../fixtures');

module.exports = {
	name: 'rejected access token (code 10400) fails the execution',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('text-to-video');
		wf.id = 'e2eRejectedTok01';
		wf.name = 'Chanjing e2e: rejected token';
		const cred = {
			...staticTokenCredential(sim),
			id: 'e2eChanjingBadTok',
			name: 'Chanjing simulator (bad token)',
		};
		cred.data = { ...cred.data, accessToken: 'not-a-valid-token' };
		const gen = wf.nodes.find((n) => n.type === 'n8n-nodes-chanjing.chanjing');
		gen.credentials = { chanjingApi: { id: cred.id, name: cred.name } };

		await inst.importCredentials([cred]);
		await inst.importWorkflow(wf);
		const res = await time('execute', () => inst.execute(wf.id));
		// The run's status, not the exit code: n8n 2.41's `execute` has ended otherwise than with
		// exit 1 after printing the failed run (see test/e2e/README.md).
		assert.equal(
			res.output && res.output.status,
			'error',
			`the run must fail (exit ${res.exitCode})\n${res.stdout.slice(-2000)}`,
		);
		if (res.exitCode !== 1) log(`n8n execute exited ${res.exitCode} after the failed run`);
		assert.ok(res.error, 'no error in the run data');
		assert.match(`${res.error.message} ${res.error.description || ''}`, /10400/);
		assert.equal(res.output.data.resultData.lastNodeExecuted, gen.name);

		const reqs = await apiRequests();
		assert.deepEqual(
			reqs.map((r) => `${r.method} ${r.path}`),
			['POST /open/v1/ai_creation/task/submit'],
		);
		assert.equal(reqs[0].headers.access_token, 'not-a-valid-token');
	},
};
