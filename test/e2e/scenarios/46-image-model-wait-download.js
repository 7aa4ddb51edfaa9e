'use strict';
/**
 * An image model with download, from a saved version-2 workflow: Seedream 4.0, 3 images, aspect
 * ratio 16:9 and a reference image URL, Wait for Completion and Download Images → one item per
 * image, each with its PNG as binary (PNG signature, image/png, hashed by n8n's Crypto node and
 * equal to the simulator's file), `imageIndex` 0..2 and the same `creationId`. Then Get Many of
 * the Image resource asks for type 3 and lists the image task, not the video task that exists too.
 */

const { STATIC_TOKEN } = require('../fixtures');
const {
	LIST_PATH,
	PNG_SIGNATURE,
	SUBMIT_PATH,
	TASK_PATH,
	binaryBytes,
	executeOk,
	importWorkflows,
	nodeItems,
	requestsTo,
	sha256,
} = require('../model-runs');

const IMAGES = 'Seedream 4.0 images';

/** A video task at Chanjing before the run, straight to the simulator: Get Many must leave it out. */
async function submitVideoTask(sim) {
	const answer = await fetch(`${sim.url}${SUBMIT_PATH}`, {
		method: 'POST',
		headers: { access_token: STATIC_TOKEN, 'Content-Type': 'application/json' },
		body: JSON.stringify({
			model_code: 'MiniMax-Hailuo-02',
			creation_type: 4,
			ref_prompt: 'A video task that the image list must not show',
			clarity: 720,
			video_duration: 6,
		}),
	}).then((r) => r.json());
	if (answer.code !== 0) throw new Error(`video submit: ${JSON.stringify(answer)}`);
	return answer.data;
}

module.exports = {
	name: 'image model: Seedream 4.0, 3 images with a reference, wait and download → 3 PNG items; Get Many lists image tasks only',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('image-model-wait-download');
		const gen = wf.nodes.find((n) => n.name === IMAGES).parameters;
		await sim.configure({ renderMs: 2000 });
		await importWorkflows({ inst, sim, time }, wf);
		const videoId = await submitVideoTask(sim);

		const res = await executeOk({ inst, assert, time }, wf, 'execute');
		const reqs = await apiRequests();
		const submits = requestsTo(reqs, SUBMIT_PATH).filter((s) => s.body.creation_type === 3);
		assert.equal(submits.length, 1, 'one image submit');
		assert.deepEqual(submits[0].body, {
			model_code: 'doubao-seedream-4.0',
			creation_type: 3,
			ref_prompt: gen.imagePrompt,
			number_of_images: 3,
			aspect_ratio: '16:9',
			// the field's default, not stored in the workflow
			clarity: 2048,
			ref_img_url: gen.referenceImageUrls,
		});
		assert.equal(submits[0].headers.access_token, STATIC_TOKEN);
		assert.equal(submits[0].code, 0, 'the simulator accepted it');

		const items = nodeItems(res.output, IMAGES);
		assert.equal(
			items.length,
			3,
			`one item per image: ${JSON.stringify(items.map((i) => i.json))}`,
		);
		const { creationId } = items[0].json;
		assert.deepEqual(
			items.map((i) => i.pairedItem),
			[0, 0, 0].map((item) => ({ item })),
			'every image item is paired with the input item it came from',
		);
		assert.ok(creationId, 'creationId');
		assert.deepEqual(
			items.map((i) => i.json.imageIndex),
			[0, 1, 2],
			'imageIndex 0..2',
		);
		const hashes = nodeItems(res.output, 'Hash image').map((i) => i.json.sha256);
		assert.equal(hashes.length, 3, 'n8n hashed each image');
		const checked = [];
		for (const [index, { json, binary }] of items.entries()) {
			assert.equal(json.creationId, creationId, `item ${index}: the same task`);
			assert.equal(json.status, 'succeeded');
			assert.equal(json.model, 'doubao-seedream-4.0');
			assert.equal(json.imageUrl, `${sim.url}/files/${creationId}-${index + 1}.png`);
			assert.deepEqual(
				json.outputUrls,
				[1, 2, 3].map((n) => `${sim.url}/files/${creationId}-${n}.png`),
			);
			const image = binary && binary.image;
			assert.ok(
				image,
				`item ${index}: no binary "image": ${JSON.stringify(Object.keys(binary ?? {}))}`,
			);
			assert.equal(image.mimeType, 'image/png');
			assert.equal(image.fileName, `${creationId}-${index + 1}.png`);
			const served = Buffer.from(await (await fetch(json.imageUrl)).arrayBuffer());
			assert.ok(served.subarray(0, 8).equals(PNG_SIGNATURE), 'the simulator serves a PNG');
			assert.equal(
				hashes[index],
				sha256(served),
				`item ${index}: the bytes are the task's image ${index + 1}`,
			);
			const bytes = binaryBytes(inst, image);
			if (bytes) {
				assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `item ${index}: PNG signature`);
				assert.equal(sha256(bytes), hashes[index]);
				checked.push('bytes');
			} else checked.push('hash');
			assert.equal(
				requestsTo(reqs, `/files/${creationId}-${index + 1}.png`).length,
				1,
				'one download each',
			);
		}
		assert.notEqual(hashes[0], hashes[1], 'three different images');
		const polls = requestsTo(reqs, TASK_PATH).filter((r) => r.query.unique_id === creationId);
		assert.ok(polls.length >= 1 && polls.length <= 4, `${polls.length} status checks`);

		const lists = requestsTo(reqs, LIST_PATH);
		assert.equal(lists.length, 1, 'Get Many ran once');
		assert.equal(lists[0].body.type, 3, 'the task list of image tasks');
		const listed = nodeItems(res.output, 'Image tasks').map((i) => i.json);
		assert.deepEqual(
			listed.map((t) => t.creationId),
			[creationId],
			`only the image task, not video ${videoId}`,
		);
		assert.equal(listed[0].numberOfImages, 3);
		assert.equal('videoUrl' in listed[0], false, 'an image task has no videoUrl');
		log(
			`3 PNGs (${checked.join(', ')}); Get Many: ${listed.length} image task, video ${videoId.slice(0, 8)}… left out`,
		);
	},
};
