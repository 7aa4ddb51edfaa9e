'use strict';
/**
 * `n8n start`: Webhook → AI Agent with the "OpenAI Chat Model" node pointed (credential Base
 * URL) at a scripted, local OpenAI-compatible model, and the Chanjing Tool as generate_video.
 * The model first calls the tool with a duration the node refuses, reads the error, calls again
 * with a valid one, then answers with a text that quotes the tool's result. Checks: the agent
 * offers the model generate_video with the workflow's description and parameters; the refused
 * call reaches the model as a readable error and nothing reaches Chanjing for it; the tool
 * submits once; the model gets small JSON (creation ID, no binary) back; the webhook answers
 * the agent's final text.
 */
const { staticTokenCredential } = require('../fixtures');
const { startFakeOpenAi } = require('../fake-openai');
const { serveWorkflow } = require('../webhook-run');

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const PROMPT = 'A paper boat drifts down a rainy street, close-up, evening light';

/**
 * Turn 1: call generate_video with a duration the node refuses. Turn 2: read the error and call
 * again with a valid one. Turn 3: report the creation ID from the tool's answer.
 */
function script(body) {
	const toolMessages = body.messages.filter((m) => m.role === 'tool');
	if (toolMessages.length === 0) {
		return { toolCalls: [{ name: 'generate_video', arguments: { prompt: PROMPT, duration: 7 } }] };
	}
	if (toolMessages.length === 1) {
		return { toolCalls: [{ name: 'generate_video', arguments: { prompt: PROMPT, duration: 6 } }] };
	}
	const [item] = JSON.parse(toolMessages[1].content);
	return { content: `Your video is on its way. Creation ID: ${item.creationId}` };
}

module.exports = {
	name: 'AI Agent with a scripted local chat model calls the Chanjing Tool',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const model = await startFakeOpenAi({ reply: script });
		try {
			const wf = loadWorkflow('agent-generate-video');
			await serveWorkflow({ inst, time }, wf, [
				staticTokenCredential(sim),
				{
					id: 'e2eFakeOpenAi',
					name: 'Scripted chat model (local)',
					type: 'openAiApi',
					data: { apiKey: 'sk-e2e-not-a-real-key', url: `${model.url}/v1` },
				},
			]);
			const res = await time('agent', () =>
				inst.callWebhook('chanjing-agent', { body: { message: 'Make a video of a paper boat' } }),
			);
			assert.equal(res.status, 200, `webhook answered ${res.status}: ${res.text}`);

			const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
			assert.equal(submits.length, 1, 'one submit');
			assert.equal(submits[0].body.ref_prompt, PROMPT);
			assert.equal(submits[0].body.video_duration, 6);
			const [task] = await sim.tasks();
			assert.deepEqual(res.json, {
				output: `Your video is on its way. Creation ID: ${task.unique_id}`,
			});

			assert.equal(model.requests.length, 3, 'three model calls');
			const offered = (model.requests[0].tools || []).map((t) => t.function);
			assert.deepEqual(
				offered.map((f) => f.name),
				['generate_video'],
			);
			const fn = offered[0];
			assert.match(fn.description, /costs Chanjing credits/);
			assert.deepEqual(Object.keys(fn.parameters.properties).sort(), [
				'clarity',
				'duration',
				'prompt',
			]);
			assert.match(fn.parameters.properties.duration.description, /6 or 10/);

			const refused = model.requests[1].messages.find((m) => m.role === 'tool');
			assert.match(refused.content, /Duration must be 6 or 10 seconds, got 7/);
			assert.deepEqual(JSON.parse(refused.content), [
				{ error: 'Duration must be 6 or 10 seconds, got 7' },
			]);
			const toolMessage = model.requests[2].messages.filter((m) => m.role === 'tool')[1];
			assert.ok(
				toolMessage.content.length < 2000,
				`tool answer: ${toolMessage.content.length} chars`,
			);
			assert.doesNotMatch(toolMessage.content, /"binary"|base64/);
			const [item] = JSON.parse(toolMessage.content);
			assert.equal(item.creationId, task.unique_id);
			log(`model saw tool ${JSON.stringify(fn)}`);
			log(`refused call, answer to the model: ${refused.content}`);
			log(`tool answer to the model: ${toolMessage.content}`);
			log(`agent answer: ${res.text}`);
		} finally {
			await model.close();
		}
	},
};
