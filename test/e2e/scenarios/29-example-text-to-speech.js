'use strict';
/**
 * Example 9 (a version 2 node): Speech → Generate with its defaults (waiting and Download Audio
 * on), run with `n8n execute`: the voice checked against list_common_audio, one
 * create_audio_task, audio_task_state until status 9, the audio attached with the sentence
 * timings.
 */
const { chanjingNodes, executeExample, loadExample, requestsTo } = require('../examples');
const { sentences } = require('../../simulator/speech');

module.exports = {
	name: 'example 9: text to speech — waited by default, the audio as binary data, sentence timings',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('09');
		const [node] = chanjingNodes(wf);
		assert.equal(node.typeVersion, 2);
		const p = node.parameters;
		await sim.configure({ renderMs: 1500 });

		const res = await executeExample({ inst, sim, assert, time }, wf);

		const root = res.output.data || res.output;
		const items = root.resultData.runData[node.name][0].data.main[0];
		assert.equal(items.length, 1);
		const { json, binary } = items[0];
		assert.equal(json.status, 'succeeded', JSON.stringify(json));
		assert.equal(json.statusCode, 9);
		assert.match(json.audioUrl, new RegExp(`/files/tts/${json.taskId}\\.wav$`));
		assert.ok(json.duration > 0, `duration ${json.duration}`);
		// the simulator's timings: 0.2 s per character, cut at punctuation, in seconds (D8)
		const expected = sentences(p.text).map(({ start, end, text }) => ({ start, end, text }));
		assert.deepEqual(json.sentences, expected);
		assert.equal(binary.data.mimeType, 'audio/wav');
		assert.equal(binary.data.fileName, `${json.taskId}.wav`);

		const reqs = await apiRequests();
		const creates = requestsTo(reqs, '/open/v1/create_audio_task');
		assert.equal(creates.length, 1, 'one create');
		assert.deepEqual(creates[0].body, {
			audio_man: p.voice.value,
			speed: 1,
			pitch: 1,
			text: { text: p.text },
			aigc_watermark: false,
		});
		assert.ok(requestsTo(reqs, '/open/v1/list_common_audio').length >= 1, 'voice checked');
		const polls = requestsTo(reqs, '/open/v1/audio_task_state');
		assert.ok(polls.every((r) => r.body.task_id === json.taskId));
		assert.equal(requestsTo(reqs, `/files/tts/${json.taskId}.wav`).length, 1, 'one download');
		log(`${polls.length} status checks, execute ${res.seconds.toFixed(1)} s`);
	},
};
