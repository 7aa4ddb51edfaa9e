'use strict';
/**
 * `n8n start`: Webhook → Generate (Hailuo 02) → Set ($execution.resumeUrl) → Wait (resume on
 * webhook call) → Set. Activates the workflow, calls the production webhook, finds the waiting
 * execution through REST, resumes it at its `/webhook-waiting/<id>` URL (2.x: `?signature=`),
 * and reads the finished execution back through REST.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = {
	name: 'webhook → generate → Wait resumed at webhook-waiting URL (n8n start, REST)',
	async run({ inst, sim, major, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('webhook-generate-wait');
		const hook = wf.nodes.find((n) => n.type === 'n8n-nodes-base.webhook');
		const prompt = 'A lighthouse at dusk, waves break on the rocks, slow aerial orbit';

		await time('import', async () => {
			await inst.importCredentials([staticTokenCredential(sim)]);
			await inst.importWorkflow(wf);
		});
		await time('start', () => inst.start());
		await inst.setupOwnerAndLogin();
		await time('activate', () => inst.activateWorkflow(wf.id));

		const call = await time('webhook', () =>
			inst.callWebhook(hook.parameters.path, { body: { prompt } }),
		);
		assert.equal(call.status, 200, `webhook answered ${call.status}: ${call.text}`);

		// the execution waits at the Wait node
		let waiting;
		await time('until waiting', async () => {
			for (let i = 0; i < 100 && !waiting; i++) {
				const list = await inst.listExecutions(wf.id);
				const ex = list.find((e) => e.status === 'waiting');
				if (ex) waiting = await inst.getExecution(ex.id);
				else await sleep(300);
			}
		});
		assert.ok(waiting, 'no waiting execution');
		const remembered = nodeOutput(waiting.data, 'Remember resume URL');
		assert.equal(remembered.length, 1);
		assert.equal(remembered[0].resumeUrl, inst.resumeUrl(waiting), 'resume URL pattern');
		if (major >= 2) {
			assert.match(remembered[0].resumeUrl, /\/webhook-waiting\/\d+\?signature=[0-9a-f]+$/);
			const unsigned = await inst.http('POST', `/webhook-waiting/${waiting.id}`, {
				body: {},
				auth: false,
			});
			assert.equal(
				unsigned.status,
				401,
				`2.x resume without signature: ${unsigned.status} ${unsigned.text}`,
			);
		} else {
			assert.match(remembered[0].resumeUrl, /\/webhook-waiting\/\d+$/);
		}

		// the simulator saw the submit with the prompt from the webhook body
		const reqs = await apiRequests();
		assert.deepEqual(
			reqs.map((r) => `${r.method} ${r.path}`),
			['POST /open/v1/ai_creation/task/submit'],
		);
		assert.equal(reqs[0].headers.access_token, STATIC_TOKEN);
		assert.equal(reqs[0].body.ref_prompt, prompt);

		// resume, as a task callback would
		const resume = await time('resume', () =>
			fetch(remembered[0].resumeUrl, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ unique_id: remembered[0].creationId, progress_desc: 'Success' }),
			}),
		);
		assert.equal(resume.status, 200, `resume answered ${resume.status}: ${await resume.text()}`);
		const done = await time('until finished', () =>
			inst.waitForExecution(waiting.id, {
				until: (ex) => ex.status !== 'success' || !!nodeOutput(ex.data, 'Done'),
			}),
		);
		assert.equal(done.status, 'success', `execution ${done.id} ended ${done.status}`);
		assert.deepEqual(nodeOutput(done.data, 'Done'), [
			{ creationId: remembered[0].creationId, status: 'Success' },
		]);
		log(`execution ${done.id}: ${remembered[0].resumeUrl.replace(inst.baseUrl, '<base>')}`);
	},
};
