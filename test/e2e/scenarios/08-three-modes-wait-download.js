'use strict';
/**
 * A trigger other than manual: Webhook → Generate in each mode with Wait for Completion and
 * Download Video → Crypto (SHA-256 of the binary). The video each item carries must be the
 * simulator's MP4 byte for byte, named `<creationId>.mp4`, typed video/mp4.
 */
const crypto = require('node:crypto');

const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');

const { callWorkflowWebhook, finishedExecution, serveWorkflow } = require('../webhook-run');
const FIRST = 'https://example.com/frames/first.png';
const LAST = 'https://example.com/frames/last.png';
const GENERATE_NODES = {
	'Text to video': {},
	'First frame': { start_frame: FIRST },
	'First and last frame': { start_frame: FIRST, end_frame: LAST },
};

module.exports = {
	name: 'webhook → three modes with Wait for Completion and Download Video → binary is the MP4',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('webhook-three-modes-download');
		const prompt = 'A hummingbird hovers at a red flower';
		const { sampleVideo } = require(require('node:path').join(__dirname, '..', '..', 'simulator'));
		const expectedSha = crypto.createHash('sha256').update(sampleVideo()).digest('hex');
		await sim.configure({ renderMs: 3000 });

		await serveWorkflow({ inst, time }, wf, [staticTokenCredential(sim)]);
		await callWorkflowWebhook({ inst, time, assert }, wf, { prompt, first: FIRST, last: LAST });

		const finished = await time('until rendered and downloaded', () =>
			finishedExecution(
				inst,
				wf.id,
				(ex) => (nodeOutput(ex.data, 'Hash video', { run: 2 }) || []).length > 0,
			),
		);
		assert.ok(finished, 'the execution did not finish');
		assert.equal(finished.status, 'success', `execution ended ${finished.status}`);

		const reqs = await apiRequests();
		const submits = reqs.filter((r) => r.path === '/open/v1/ai_creation/task/submit');
		assert.equal(
			submits.length,
			3,
			`one submit per mode: ${JSON.stringify(reqs.map((r) => r.method + ' ' + r.path + ' ' + r.code))}`,
		);
		const runData = finished.data.resultData.runData;
		for (const [name, frames] of Object.entries(GENERATE_NODES)) {
			const expectedBody = {
				ref_prompt: `${prompt} (${name})`,
				creation_type: 4,
				model_code: 'MiniMax-Hailuo-02',
				clarity: 720,
				video_duration: 6,
				...frames,
			};
			const submit = submits.find((s) => s.body.ref_prompt === expectedBody.ref_prompt);
			assert.ok(submit, `no submit for ${name}`);
			assert.deepEqual(submit.body, expectedBody, `submit body of ${name}`);
			assert.equal(submit.headers.access_token, STATIC_TOKEN);

			const [item] = runData[name][0].data.main[0];
			assert.equal(item.json.status, 'succeeded', `${name}: ${JSON.stringify(item.json)}`);
			const { creationId } = item.json;
			assert.match(item.json.videoUrl, new RegExp(`/files/${creationId}\\.mp4$`));
			assert.equal(item.binary.video.fileName, `${creationId}.mp4`);
			assert.equal(item.binary.video.mimeType, 'video/mp4');
			const polls = reqs.filter(
				(r) => r.path === '/open/v1/ai_creation/task' && r.query.unique_id === creationId,
			);
			assert.ok(polls.length >= 1 && polls.length <= 6, `${name}: ${polls.length} polls`);
			assert.equal(
				reqs.filter((r) => r.path === `/files/${creationId}.mp4`).length,
				1,
				`${name}: one download`,
			);
		}
		const hashes = [0, 1, 2].map(
			(run) => nodeOutput(finished.data, 'Hash video', { run })[0].sha256,
		);
		assert.deepEqual(
			hashes,
			[expectedSha, expectedSha, expectedSha],
			'every binary is the simulator MP4',
		);
		log(`3 videos, sha256 ${expectedSha.slice(0, 12)}…`);
	},
};
