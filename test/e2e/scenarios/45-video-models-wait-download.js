'use strict';
/**
 * Two video models other than Hailuo 02 in one run of a saved version-2 workflow: Kling v2.5
 * Turbo, First Frame to Video (its page sends the frame as `ref_img_url: [frame]`, with
 * `quality_mode` and `video_duration`), then Doubao Seedance 1.0 Lite, text to video
 * (`aspect_ratio`, `clarity`). Each waits for its task and downloads the MP4 (hashed by n8n's Crypto node). The simulator saw
 * each model's submit exactly as its page names the fields, and nothing of Hailuo 02's. Then a
 * Quality Mode of "ultra" from an expression stops Kling v2.5 Turbo before any request.
 */
const path = require('node:path');

const { STATIC_TOKEN } = require('../fixtures');
const {
	SUBMIT_PATH,
	TASK_PATH,
	executeOk,
	importWorkflows,
	nodeItems,
	requestsTo,
	sha256,
} = require('../model-runs');

const KLING = 'Kling v2.5 Turbo first frame';
const SEEDANCE = 'Seedance 1.0 Lite text to video';
const HASH_NODE = { [KLING]: 'Hash Kling video', [SEEDANCE]: 'Hash Seedance video' };

/** The submit bodies of the two models, as their pages name the fields. */
function expectedBodies(wf) {
	const params = (name) => wf.nodes.find((n) => n.name === name).parameters;
	const kling = params(KLING);
	const seedance = params(SEEDANCE);
	return {
		[KLING]: {
			model_code: 'kling-v2-5-turbo-normal',
			creation_type: 4,
			ref_prompt: kling.prompt,
			ref_img_url: [kling.firstFrameUrl],
			quality_mode: 'pro',
			video_duration: 10,
		},
		[SEEDANCE]: {
			model_code: 'Doubao-Seedance-1.0-lite-i2v',
			creation_type: 4,
			ref_prompt: seedance.prompt,
			aspect_ratio: '16:9',
			clarity: 720,
			// the field's default, not stored in the workflow
			video_duration: 5,
		},
	};
}

module.exports = {
	name: 'video models: Kling v2.5 Turbo first frame and Seedance 1.0 Lite, wait and download; a bad Quality Mode stopped first',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('video-models-kling-seedance');
		const bad = loadWorkflow('video-model-bad-quality-mode');
		await sim.configure({ renderMs: 2000 });
		await importWorkflows({ inst, sim, time }, wf, bad);

		// The bad value first, while the simulator's log is empty.
		const badRun = await time('execute bad Quality Mode', () => inst.execute(bad.id));
		// The run's status, not the exit code: n8n 2.41's `execute` has ended otherwise than with
		// exit 1 after printing the failed run (once logged as SIGSEGV; see the README).
		assert.equal(
			badRun.output && badRun.output.status,
			'error',
			`the run must fail (exit ${badRun.exitCode}):\n${badRun.stdout.slice(-2000)}`,
		);
		if (badRun.exitCode !== 1) log(`n8n execute exited ${badRun.exitCode} after the failed run`);
		const message = String(badRun.error && badRun.error.message);
		assert.match(
			message,
			/^Quality Mode must be Standard or Pro for Kling v2\.5 Turbo, got "ultra"/,
		);
		assert.deepEqual(await apiRequests(), [], 'no request reached the simulator');

		const res = await executeOk({ inst, assert, time }, wf, 'execute two models');
		const reqs = await apiRequests();
		const submits = requestsTo(reqs, SUBMIT_PATH);
		assert.equal(submits.length, 2, 'one submit per model');
		const { sampleVideo } = require(path.join(__dirname, '..', '..', 'simulator'));
		const videoSha = sha256(sampleVideo());
		for (const [name, body] of Object.entries(expectedBodies(wf))) {
			const submit = submits.find((s) => s.body.model_code === body.model_code);
			assert.ok(submit, `no submit of ${body.model_code}`);
			assert.deepEqual(submit.body, body, `submit body of ${name}`);
			assert.equal(submit.headers.access_token, STATIC_TOKEN);
			assert.equal(submit.code, 0, `${name}: the simulator accepted it`);

			const items = nodeItems(res.output, name);
			assert.equal(items.length, 1, `${name}: one item`);
			const [{ json, binary }] = items;
			assert.equal(json.status, 'succeeded', `${name}: ${JSON.stringify(json)}`);
			assert.equal(json.model, body.model_code, `${name}: model`);
			assert.match(json.videoUrl, new RegExp(`/files/${json.creationId}\\.mp4$`));
			assert.ok(
				binary && binary.data,
				`${name}: no binary: ${JSON.stringify(Object.keys(items[0]))}`,
			);
			assert.equal(binary.data.mimeType, 'video/mp4');
			assert.equal(binary.data.fileName, `${json.creationId}.mp4`);
			const [hashed] = nodeItems(res.output, HASH_NODE[name]);
			assert.equal(
				hashed.json.sha256,
				videoSha,
				`${name}: n8n's Crypto node hashed the task's MP4`,
			);
			const polls = requestsTo(reqs, TASK_PATH).filter(
				(r) => r.query.unique_id === json.creationId,
			);
			assert.ok(polls.length >= 1 && polls.length <= 4, `${name}: ${polls.length} status checks`);
			assert.equal(
				requestsTo(reqs, `/files/${json.creationId}.mp4`).length,
				1,
				`${name}: one download`,
			);
		}
		log(
			`2 models submitted as their pages name the fields; both MP4s sha256 ${videoSha.slice(0, 12)}…`,
		);
	},
};
