'use strict';
/**
 * Example 8 (a version 2 node): Avatar Video → Create, a public avatar reads a script with its own
 * voice, subtitles on, Wait for Completion and Download Video, run with `n8n execute`: one
 * create_video with the body Chanjing's script sends, the avatar checked against list_common_dp
 * (its own voice needs no voice list), the MP4 attached.
 */
const { chanjingNodes, executeExample, loadExample, requestsTo } = require('../examples');

module.exports = {
	name: 'example 8: a script becomes an avatar video — subtitles, waited, MP4 as binary data',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('08');
		const [node] = chanjingNodes(wf);
		assert.equal(node.typeVersion, 2);
		const p = node.parameters;
		await sim.configure({ renderMs: 3000 });

		const res = await executeExample({ inst, sim, assert, time }, wf);

		const root = res.output.data || res.output;
		const items = root.resultData.runData[node.name][0].data.main[0];
		assert.equal(items.length, 1);
		const { json, binary } = items[0];
		assert.equal(json.status, 'succeeded', JSON.stringify(json));
		assert.equal(json.statusCode, 30);
		assert.match(json.videoUrl, new RegExp(`/files/video/${json.videoId}\\.mp4$`));
		assert.match(json.subtitleDataUrl, new RegExp(`/files/video/${json.videoId}\\.srt$`));
		assert.ok(json.duration > 0, `duration ${json.duration}`);
		assert.equal(binary.data.mimeType, 'video/mp4');
		assert.equal(binary.data.fileName, `${json.videoId}.mp4`);

		const reqs = await apiRequests();
		const creates = requestsTo(reqs, '/open/v1/create_video');
		assert.equal(creates.length, 1, 'one create');
		assert.deepEqual(creates[0].body, {
			person: {
				id: p.avatar.value,
				x: 0,
				y: 0,
				width: 1080,
				height: 1920,
				figure_type: 'whole_body',
			},
			audio: {
				type: 'tts',
				volume: 100,
				language: 'cn',
				tts: { text: [p.script], speed: 1, audio_man: p.voice.value, pitch: 1 },
			},
			bg_color: '#EDEDED',
			screen_width: 1080,
			screen_height: 1920,
			model: 0,
			backway: 1,
			add_compliance_watermark: false,
			compliance_watermark_position: 0,
			resolution_rate: 0,
			subtitle_config: {
				show: true,
				x: 31,
				y: 1521,
				width: 1000,
				height: 200,
				font_size: 64,
				color: '#FFFFFF',
				stroke_width: 7,
				asr_type: 0,
			},
		});
		assert.ok(requestsTo(reqs, '/open/v1/list_common_dp').length >= 1, 'avatar checked');
		assert.equal(
			requestsTo(reqs, '/open/v1/list_common_audio').length,
			0,
			"the avatar's own voice",
		);
		const polls = requestsTo(reqs, '/open/v1/video');
		assert.ok(polls.every((r) => r.query.id === json.videoId));
		assert.equal(requestsTo(reqs, `/files/video/${json.videoId}.mp4`).length, 1, 'one download');
		log(`${polls.length} status checks, execute ${res.seconds.toFixed(1)} s`);
	},
};
