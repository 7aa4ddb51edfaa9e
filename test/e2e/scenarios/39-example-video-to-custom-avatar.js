'use strict';
/**
 * Example 14 (version 2 nodes): a video downloaded by an HTTP Request (from a small web server
 * on 127.0.0.1) → Avatar → Create Custom Avatar from binary, figure and voice, waited until
 * status 2 → Avatar Video → Create with the new avatar and its own voice, waited and
 * downloaded, run with `n8n execute`: the video uploaded once with service=customised_person
 * and sent as file_id, one create_customised_person, one create_video with the custom avatar
 * (no figure_type) and its audio_man_id, the MP4 attached.
 */
const { chanjingNodes, executeExample, loadExample, requestsTo } = require('../examples');
const { serveFiles } = require('../frame-images');
const { sampleVideo } = require('../../simulator/sample-video');

module.exports = {
	name: 'example 14: a video → custom avatar with its voice (uploaded as customised_person, waited) → avatar video with it',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('14');
		const [avatarNode, videoNode] = chanjingNodes(wf);
		const download = wf.nodes.find((n) => n.type === 'n8n-nodes-base.httpRequest');
		const video = sampleVideo();
		const web = await serveFiles({ '/me-speaking.mp4': { bytes: video, type: 'video/mp4' } });
		try {
			download.parameters.url = `${web.url}/me-speaking.mp4`;
			await sim.configure({ productRenderMs: { person: 4000, video: 2000 } });

			const res = await executeExample({ inst, sim, assert, time }, wf);

			const root = res.output.data || res.output;
			const [trained] = root.resultData.runData[avatarNode.name][0].data.main[0];
			assert.equal(trained.json.status, 'succeeded', JSON.stringify(trained.json));
			assert.equal(trained.json.usable, true);
			assert.match(trained.json.avatarId, /^C-[0-9a-f]{32}$/);
			assert.match(trained.json.voiceId, /^C-[0-9a-f]{32}$/);
			const [made] = root.resultData.runData[videoNode.name][0].data.main[0];
			assert.equal(made.json.status, 'succeeded', JSON.stringify(made.json));
			assert.equal(made.binary.data.mimeType, 'video/mp4');

			const reqs = await apiRequests();
			const uploads = requestsTo(reqs, '/open/v1/common/create_upload_url');
			assert.equal(uploads.length, 1, 'one upload');
			assert.equal(uploads[0].query.service, 'customised_person');
			const files = (await sim.files()).filter((f) => f.service === 'customised_person');
			assert.equal(files.length, 1);
			assert.equal(files[0].size, video.length, 'the bytes as downloaded');
			const creates = requestsTo(reqs, '/open/v1/create_customised_person');
			assert.equal(creates.length, 1, 'one custom avatar');
			assert.deepEqual(creates[0].body, {
				name: avatarNode.parameters.name,
				file_id: files[0].fileId,
				train_type: 'both',
				language: 'cn',
				error_skip: false,
				resolution_rate: 0,
			});
			const videos = requestsTo(reqs, '/open/v1/create_video');
			assert.equal(videos.length, 1, 'one avatar video');
			assert.deepEqual(videos[0].body.person, {
				id: trained.json.avatarId,
				x: 0,
				y: 0,
				width: 1080,
				height: 1920,
			});
			assert.equal(videos[0].body.audio.tts.audio_man, trained.json.voiceId);
			const polls = requestsTo(reqs, '/open/v1/customised_person');
			log(`${polls.length} training status checks, execute ${res.seconds.toFixed(1)} s`);
		} finally {
			await web.close();
		}
	},
};
