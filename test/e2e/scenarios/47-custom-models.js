'use strict';
/**
 * The Custom model, from saved version-2 workflows: Video → Generate with Model Code
 * `Doubao-Seedance-1.0-pro` and Additional Body Fields (JSON), then Image → Generate with
 * `doubao-seedream-4.5` and `{"number_of_images": 2, "clarity": 4096}`, waited and downloaded →
 * 2 PNG items (hashed by n8n's Crypto node, equal to the simulator's files). Both codes are known
 * to Chanjing (the simulator) but not to the node: the simulator's submissions show exactly the
 * model code, the creation type and the JSON's fields (an undocumented `seed` among the extra
 * fields). Additional Body Fields that are not JSON stop the item before any request, naming
 * the field.
 */

const { STATIC_TOKEN } = require('../fixtures');
const {
	PNG_SIGNATURE,
	SUBMIT_PATH,
	binaryBytes,
	executeOk,
	importWorkflows,
	nodeItems,
	requestsTo,
	sha256,
} = require('../model-runs');

const VIDEO = 'Seedance 1.0 Pro (Custom)';
const IMAGES = 'Seedream 4.5 images (Custom)';

module.exports = {
	name: 'Custom model: a video and an image model code with their own JSON fields; JSON that is not JSON stopped first',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('custom-models');
		const bad = loadWorkflow('custom-model-bad-json');
		const params = (name) => wf.nodes.find((n) => n.name === name).parameters;
		await sim.configure({ renderMs: 2000 });
		await importWorkflows({ inst, sim, time }, wf, bad);

		// Not JSON first, while the simulator's log is empty.
		const badRun = await time('execute bad JSON', () => inst.execute(bad.id));
		// The run's status, not the exit code: n8n 2.41's `execute` has ended otherwise than with
		// exit 1 after printing the failed run (once logged as SIGSEGV; see the README).
		assert.equal(
			badRun.output && badRun.output.status,
			'error',
			`the run must fail (exit ${badRun.exitCode}):\n${badRun.stdout.slice(-2000)}`,
		);
		if (badRun.exitCode !== 1) log(`n8n execute exited ${badRun.exitCode} after the failed run`);
		assert.match(
			String(badRun.error && badRun.error.message),
			/^Additional Body Fields \(JSON\) is not valid JSON/,
			`error of the run:\n${badRun.stdout.slice(-3000)}\n${badRun.stderr.slice(-2000)}`,
		);
		assert.deepEqual(await apiRequests(), [], 'no request reached the simulator');
		assert.deepEqual(sim.submissions(), [], 'no task');

		const res = await executeOk({ inst, assert, time }, wf, 'execute two custom models');
		const reqs = await apiRequests();
		const submits = requestsTo(reqs, SUBMIT_PATH);
		assert.equal(submits.length, 2, 'one submit per node');
		assert.ok(submits.every((s) => s.headers.access_token === STATIC_TOKEN && s.code === 0));

		const byCode = Object.fromEntries(sim.submissions().map((s) => [s.modelCode, s]));
		const video = byCode['Doubao-Seedance-1.0-pro'];
		assert.ok(video, `no video submission: ${JSON.stringify(Object.keys(byCode))}`);
		assert.equal(video.type, 4);
		assert.deepEqual(video.body, {
			model_code: 'Doubao-Seedance-1.0-pro',
			creation_type: 4,
			ref_prompt: params(VIDEO).prompt,
			...JSON.parse(params(VIDEO).additionalBodyFields),
		});
		assert.deepEqual(video.body, {
			model_code: 'Doubao-Seedance-1.0-pro',
			creation_type: 4,
			ref_prompt: params(VIDEO).prompt,
			video_duration: 5,
			aspect_ratio: '16:9',
			style: 'anime',
			seed: 42,
		});
		assert.deepEqual(video.extraFields, { seed: 42 }, 'the field no page documents');
		const [videoItem] = nodeItems(res.output, VIDEO);
		assert.equal(videoItem.json.creationId, video.uniqueId);

		const image = byCode['doubao-seedream-4.5'];
		assert.ok(image, 'no image submission');
		assert.equal(image.type, 3);
		assert.deepEqual(image.body, {
			model_code: 'doubao-seedream-4.5',
			creation_type: 3,
			ref_prompt: params(IMAGES).imagePrompt,
			number_of_images: 2,
			clarity: 4096,
		});
		const items = nodeItems(res.output, IMAGES);
		assert.equal(
			items.length,
			2,
			`one item per image: ${JSON.stringify(items.map((i) => i.json))}`,
		);
		const hashes = nodeItems(res.output, 'Hash image').map((i) => i.json.sha256);
		assert.equal(hashes.length, 2, 'n8n hashed each image');
		const checked = [];
		for (const [index, { json, binary }] of items.entries()) {
			assert.equal(json.creationId, image.uniqueId);
			assert.equal(json.status, 'succeeded');
			assert.equal(json.model, 'doubao-seedream-4.5');
			assert.equal(json.imageIndex, index);
			assert.equal(json.imageUrl, `${sim.url}/files/${image.uniqueId}-${index + 1}.png`);
			assert.ok(binary && binary.data, `item ${index}: no binary "data"`);
			assert.equal(binary.data.mimeType, 'image/png');
			assert.equal(binary.data.fileName, `${image.uniqueId}-${index + 1}.png`);
			const served = Buffer.from(await (await fetch(json.imageUrl)).arrayBuffer());
			assert.ok(served.subarray(0, 8).equals(PNG_SIGNATURE), 'the simulator serves a PNG');
			assert.equal(hashes[index], sha256(served), `item ${index}: the bytes are the task's image`);
			const bytes = binaryBytes(inst, binary.data);
			if (bytes) {
				assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `item ${index}: PNG signature`);
				checked.push('bytes');
			} else checked.push('hash');
		}
		log(
			`video extra fields ${JSON.stringify(video.extraFields)}; 2 images (${checked.join(', ')})`,
		);
	},
};
