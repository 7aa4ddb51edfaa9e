'use strict';
/**
 * Example 4: Generate with Wait for Completion and Download Video, run with `n8n execute`. The
 * item comes out once the task succeeded, with the simulator's MP4 as binary `data`.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { nodeOutput } = require('../n8n-instance');
const {
	chanjingNodes,
	executeExample,
	expectedSubmitBody,
	loadExample,
	requestsTo,
} = require('../examples');

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

/**
 * The bytes of a binary item: inline base64 (n8n 1.x's default mode), or n8n's file on disk
 * (filesystem mode, 2.x) while it is still there — `n8n execute` does not keep the execution, so
 * 2.x may already have removed it; then undefined.
 */
function binaryBytes(inst, binary) {
	if (!binary.id) return Buffer.from(binary.data, 'base64');
	const file = path.join(inst.dotN8n, 'binaryData', binary.id.slice(binary.id.indexOf(':') + 1));
	return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

module.exports = {
	name: 'example 4: generate, wait and download — item out when succeeded, MP4 as binary data',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('04');
		const [gen] = chanjingNodes(wf);
		assert.equal(gen.typeVersion, 2);
		assert.equal(gen.parameters.model, 'MiniMax-Hailuo-02');
		await sim.configure({ renderMs: 3000 });

		const res = await executeExample({ inst, sim, assert, time }, wf);

		const root = res.output.data || res.output;
		const [item] = root.resultData.runData[gen.name][0].data.main[0];
		const json = item.json;
		assert.equal(json.status, 'succeeded', JSON.stringify(json));
		assert.match(json.videoUrl, new RegExp(`/files/${json.creationId}\\.mp4$`));
		assert.equal(json.prompt, gen.parameters.prompt);
		const bin = item.binary && item.binary[gen.parameters.binaryPropertyName];
		assert.ok(bin, `no binary data: ${JSON.stringify(Object.keys(item))}`);
		assert.equal(bin.fileName, `${json.creationId}.mp4`);
		assert.equal(bin.mimeType, 'video/mp4');
		const { sampleVideo } = require(path.join(__dirname, '..', '..', 'simulator'));
		const bytes = binaryBytes(inst, bin);
		const video = sampleVideo();
		if (bytes) assert.equal(sha256(bytes), sha256(video), 'the MP4 of the task');
		else {
			log(`binary ${JSON.stringify({ ...bin, data: undefined })}`);
			assert.ok(bin.id.startsWith('filesystem'), `binary id ${bin.id}`);
			if (bin.bytes !== undefined) assert.equal(bin.bytes, video.length, 'MP4 size');
		}

		const reqs = await apiRequests();
		const submits = requestsTo(reqs, '/open/v1/ai_creation/task/submit');
		assert.equal(submits.length, 1, 'one submit');
		assert.deepEqual(submits[0].body, expectedSubmitBody(gen.parameters));
		const polls = requestsTo(reqs, '/open/v1/ai_creation/task');
		assert.ok(polls.length >= 1 && polls.length <= 4, `${polls.length} status checks`);
		assert.ok(polls.every((p) => p.query.unique_id === json.creationId));
		assert.equal(requestsTo(reqs, `/files/${json.creationId}.mp4`).length, 1, 'one download');
		log(`${polls.length} status checks, execute ${res.seconds.toFixed(1)} s`);
		assert.equal(nodeOutput(res.output, gen.name).length, 1);
	},
};
