'use strict';
/**
 * Example 7 (a version 2 node): Image → Generate with Seedream 4.0, 2 images, Wait for Completion
 * and Download Images, run with `n8n execute`: one item per image, each with its PNG as binary.
 */
const { chanjingNodes, executeExample, loadExample, requestsTo } = require('../examples');

module.exports = {
	name: 'example 7: images, wait and download — one item per image, PNG as binary data',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('07');
		const [gen] = chanjingNodes(wf);
		assert.equal(gen.typeVersion, 2);
		await sim.configure({ renderMs: 1500 });

		const res = await executeExample({ inst, sim, assert, time }, wf);

		const root = res.output.data || res.output;
		const items = root.resultData.runData[gen.name][0].data.main[0];
		assert.equal(items.length, gen.parameters.numberOfImages, 'one item per image');
		const creationId = items[0].json.creationId;
		items.forEach((item, index) => {
			assert.equal(item.json.creationId, creationId);
			assert.equal(item.json.status, 'succeeded', JSON.stringify(item.json));
			assert.equal(item.json.imageIndex, index);
			assert.equal(item.json.model, 'doubao-seedream-4.0');
			assert.equal(item.json.aspectRatio, '3:4');
			assert.match(item.json.imageUrl, new RegExp(`/files/${creationId}-${index + 1}\\.png$`));
			assert.equal(item.binary.data.mimeType, 'image/png');
			assert.equal(item.binary.data.fileName, `${creationId}-${index + 1}.png`);
		});

		const reqs = await apiRequests();
		const submits = requestsTo(reqs, '/open/v1/ai_creation/task/submit');
		assert.equal(submits.length, 1, 'one submit');
		assert.deepEqual(submits[0].body, {
			creation_type: 3,
			model_code: 'doubao-seedream-4.0',
			ref_prompt: gen.parameters.imagePrompt,
			number_of_images: 2,
			aspect_ratio: '3:4',
			clarity: 2048,
		});
		for (const n of [1, 2]) {
			assert.equal(requestsTo(reqs, `/files/${creationId}-${n}.png`).length, 1, `download ${n}`);
		}
		log(`execute ${res.seconds.toFixed(1)} s`);
	},
};
