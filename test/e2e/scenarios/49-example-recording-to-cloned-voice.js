'use strict';
/**
 * Example 13 (version 2 nodes): a recording downloaded by an HTTP Request (from a small web
 * server on 127.0.0.1) → Voice → Clone from binary (waited, by default, until status 2) →
 * Speech → Generate with the cloned voice, run with `n8n execute`: the recording uploaded once
 * with service=prompt_audio, its full_path sent as `url`, one create_customised_audio, the
 * clone's detail polled, the voice checked against list_customised_audio, one create_audio_task
 * with the clone as audio_man, the audio attached.
 */
const { chanjingNodes, executeExample, loadExample, requestsTo } = require('../examples');
const { serveFiles } = require('../frame-images');
const { sampleWav } = require('../../simulator/wav');

module.exports = {
	name: 'example 13: a recording → cloned voice (uploaded as prompt_audio, waited) → speech with it',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('13');
		const [cloneNode, speechNode] = chanjingNodes(wf);
		const download = wf.nodes.find((n) => n.type === 'n8n-nodes-base.httpRequest');
		const recording = sampleWav(20, 330);
		const web = await serveFiles({ '/my-voice.wav': { bytes: recording, type: 'audio/wav' } });
		try {
			download.parameters.url = `${web.url}/my-voice.wav`;
			await sim.configure({ productRenderMs: { voice: 3000, speech: 1000 } });

			const res = await executeExample({ inst, sim, assert, time }, wf);

			const root = res.output.data || res.output;
			const [cloned] = root.resultData.runData[cloneNode.name][0].data.main[0];
			assert.equal(cloned.json.status, 'succeeded', JSON.stringify(cloned.json));
			assert.equal(cloned.json.state, 'ready');
			assert.match(cloned.json.voiceId, /^C-Audio-[0-9a-f]{32}$/);
			const [spoken] = root.resultData.runData[speechNode.name][0].data.main[0];
			assert.equal(spoken.json.status, 'succeeded', JSON.stringify(spoken.json));
			assert.equal(spoken.binary.data.mimeType, 'audio/wav');
			assert.deepEqual(web.hits, ['/my-voice.wav']);

			const reqs = await apiRequests();
			const uploads = requestsTo(reqs, '/open/v1/common/create_upload_url');
			assert.equal(uploads.length, 1, 'one upload');
			assert.equal(uploads[0].query.service, 'prompt_audio');
			const files = (await sim.files()).filter((f) => f.service === 'prompt_audio');
			assert.equal(files.length, 1);
			assert.equal(files[0].size, recording.length, 'the bytes as downloaded');
			const clones = requestsTo(reqs, '/open/v1/create_customised_audio');
			assert.equal(clones.length, 1, 'one clone');
			assert.deepEqual(clones[0].body, {
				name: cloneNode.parameters.name,
				url: files[0].fullPath,
				model_type: 'cicada3.0-turbo',
				language: 'cn',
			});
			const polls = requestsTo(reqs, '/open/v1/customised_audio');
			assert.ok(polls.length >= 1 && polls.every((r) => r.query.id === cloned.json.voiceId));
			assert.ok(requestsTo(reqs, '/open/v1/list_customised_audio').length >= 1, 'voice checked');
			const speeches = requestsTo(reqs, '/open/v1/create_audio_task');
			assert.equal(speeches.length, 1, 'one speech');
			assert.equal(speeches[0].body.audio_man, cloned.json.voiceId);
			const creates = reqs.filter((r) => r.path.startsWith('/open/v1/create_')).map((r) => r.path);
			assert.deepEqual(creates, ['/open/v1/create_customised_audio', '/open/v1/create_audio_task']);
			log(`${polls.length} clone status checks, execute ${res.seconds.toFixed(1)} s`);
		} finally {
			await web.close();
		}
	},
};
