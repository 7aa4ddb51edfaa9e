'use strict';
/**
 * Durable waiting: Webhook → Generate with Callback URL `{{ $execution.resumeUrl }}` → Wait
 * ("On Webhook Call") → Set. No polling: the simulator POSTs the finished task to the resume
 * URL (2.x: with its `?signature=`), which resumes the execution. The render ends once the
 * execution waits (see HELD_RENDER_MS): Chanjing calls back once, and n8n refuses a resume that
 * comes before the execution is saved as waiting.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');

const {
	HELD_RENDER_MS,
	callWorkflowWebhook,
	finishRenders,
	finishedExecution,
	serveWorkflow,
	sleep,
	untilWaiting,
} = require('../webhook-run');

module.exports = {
	name: 'callback: Generate with Callback URL = resume URL → Wait resumed by Chanjing',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('callback-resumes-wait');
		const prompt = 'Paper boats drift down a rain-soaked street, low angle';
		await sim.configure({ renderMs: HELD_RENDER_MS });

		await serveWorkflow({ inst, time }, wf, [staticTokenCredential(sim)]);
		await callWorkflowWebhook({ inst, time, assert }, wf, { prompt });

		// The webhook answers at once; the submit follows from the execution.
		let submits = [];
		for (let i = 0; i < 100 && submits.length === 0; i++) {
			submits = (await apiRequests()).filter((r) => r.path === '/open/v1/ai_creation/task/submit');
			if (submits.length === 0) await sleep(100);
		}
		assert.equal(submits.length, 1, 'one submit');
		assert.equal(submits[0].headers.access_token, STATIC_TOKEN);
		assert.equal(submits[0].body.ref_prompt, prompt);
		assert.match(
			String(submits[0].body.callback),
			/\/webhook-waiting\/\d+/,
			'callback is the resume URL',
		);

		const { waitingAt } = await time('until waiting', () =>
			untilWaiting(() => inst.listExecutions(wf.id), 1),
		);
		log(`execution waiting ${waitingAt - submits[0].time} ms after the submit reached Chanjing`);
		await finishRenders(sim);
		const finished = await time('until resumed by callback', () =>
			finishedExecution(inst, wf.id, (ex) => !!nodeOutput(ex.data, 'Done')),
		);
		assert.ok(finished, 'the execution was not resumed');
		assert.equal(finished.status, 'success', `execution ended ${finished.status}`);

		const callbacks = await sim.callbacks();
		assert.equal(callbacks.length, 1, 'one callback');
		assert.equal(callbacks[0].outcome, 'delivered', JSON.stringify(callbacks[0]));
		assert.equal(callbacks[0].httpStatus, 200);
		assert.equal(callbacks[0].url, submits[0].body.callback);

		const [done] = nodeOutput(finished.data, 'Done');
		assert.equal(done.calledBackFor, done.creationId, 'the callback is for the created task');
		assert.equal(done.status, 'Success');
		assert.match(done.videoUrl, /\/files\/.+\.mp4$/);
		log(`execution ${finished.id} resumed by ${callbacks[0].url.replace(inst.baseUrl, '<base>')}`);
	},
};
