'use strict';
/**
 * Example 5: the webhook starts Generate with Callback URL = `{{ $execution.resumeUrl }}`; the
 * simulator POSTs the finished task there and the Wait node resumes (no status checks at all).
 * The render ends once the execution waits (see HELD_RENDER_MS).
 * Called exactly as the example's sticky note says: POST {"prompt": …} to its webhook path.
 */
const { nodeOutput } = require('../n8n-instance');
const {
	HELD_RENDER_MS,
	callWorkflowWebhook,
	finishRenders,
	finishedExecution,
	serveWorkflow,
	untilWaiting,
} = require('../webhook-run');
const {
	chanjingNodes,
	exampleCredential,
	expectedSubmitBody,
	loadExample,
	requestsTo,
} = require('../examples');

module.exports = {
	name: 'example 5: callback resumes the Wait node — Video ready with the task',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('05');
		const [gen] = chanjingNodes(wf);
		const hook = wf.nodes.find((n) => n.type === 'n8n-nodes-base.webhook');
		const sticky = wf.nodes.find((n) => n.type === 'n8n-nodes-base.stickyNote');
		assert.ok(
			sticky.parameters.content.includes(`/webhook/${hook.parameters.path}`),
			'the note names the webhook path',
		);
		const prompt = 'A paper boat drifts down a rainy street';
		await sim.configure({ renderMs: HELD_RENDER_MS });

		await serveWorkflow({ inst, time }, wf, [exampleCredential(sim)]);
		await callWorkflowWebhook({ inst, time, assert }, wf, { prompt });

		const { waitingAt } = await time('until waiting', () =>
			untilWaiting(() => inst.listExecutions(wf.id), 1),
		);
		const [submit] = requestsTo(await apiRequests(), '/open/v1/ai_creation/task/submit');
		log(`execution waiting ${waitingAt - submit.time} ms after the submit reached Chanjing`);
		await finishRenders(sim);
		const finished = await time('until resumed', () =>
			finishedExecution(inst, wf.id, (ex) => !!nodeOutput(ex.data, 'Video ready')),
		);
		assert.ok(finished, 'the execution was not resumed');
		assert.equal(finished.status, 'success', `execution ended ${finished.status}`);

		const reqs = await apiRequests();
		const submits = requestsTo(reqs, '/open/v1/ai_creation/task/submit');
		assert.equal(submits.length, 1, 'one submit');
		const { callback, ...body } = submits[0].body;
		assert.deepEqual(body, expectedSubmitBody(gen.parameters, prompt));
		assert.match(String(callback), /\/webhook-waiting\/\d+/, 'callback is the resume URL');
		assert.equal(requestsTo(reqs, '/open/v1/ai_creation/task').length, 0, 'no status checks');

		const callbacks = await sim.callbacks();
		assert.equal(callbacks.length, 1, 'one callback');
		assert.equal(callbacks[0].outcome, 'delivered', JSON.stringify(callbacks[0]));
		assert.equal(callbacks[0].url, callback);

		const [generated] = nodeOutput(finished.data, gen.name);
		const [ready] = nodeOutput(finished.data, 'Video ready');
		assert.equal(ready.creationId, generated.creationId);
		assert.equal(ready.status, 'Success');
		assert.match(ready.videoUrl, new RegExp(`/files/${generated.creationId}\\.mp4$`));
		log(`execution ${finished.id}: ${ready.creationId} resumed by the callback`);
	},
};
