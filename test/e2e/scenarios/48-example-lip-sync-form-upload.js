'use strict';
/**
 * Example 12 (a version 2 node): a Form Trigger with a video upload → Lip Sync → Create, the
 * person saying the form's script with a voice, Wait for Completion and Download Video. First a
 * PNG named like a video is submitted: the execution fails naming Video Binary Property and
 * nothing is uploaded or created. Then the simulator's MP4: one upload with
 * `service=lip_sync_video`, one video_lip_sync/create with the body of catalogue 4 (the canvas
 * of the video's own size, 32×32), status polls until 20, the MP4 attached.
 */
const crypto = require('node:crypto');

const { exampleCredential, loadExample } = require('../examples');
const { serveFrameWorkflow, submitForm, fileRequests, images } = require('../frame-images');
const { nodeOutput, runError } = require('../n8n-instance');
const { finishedExecution } = require('../webhook-run');
const { sampleVideo } = require('../../simulator/sample-video');

const NODE = 'Lip-sync the upload';
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

async function submitted({ inst, time }, wf, count, fields) {
	const sent = await time('form submit', () => submitForm(inst, 'chanjing-lip-sync', fields));
	if (sent.status !== 200)
		throw new Error(`form answered ${sent.status}: ${sent.text.slice(0, 300)}`);
	return time('until finished', async () => {
		for (let i = 0; i < 300; i++) {
			const executions = await inst.listExecutions(wf.id);
			if (executions.length >= count)
				return finishedExecution(inst, wf.id, (ex) => !!nodeOutput(ex.data, NODE));
			await new Promise((r) => setTimeout(r, 300));
		}
		return undefined;
	});
}

module.exports = {
	name: 'example 12: form upload → lip sync → MP4 (the file checked by its bytes, uploaded as lip_sync_video)',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const wf = loadExample('12');
		const node = wf.nodes.find((n) => n.name === NODE);
		assert.equal(node.typeVersion, 2);
		await sim.configure({ renderMs: 3000 });
		await serveFrameWorkflow({ inst, time }, wf, [exampleCredential(sim)]);
		const script = '大家好，这是用 n8n 对口型生成的视频。';

		const refused = await submitted({ inst, time }, wf, 1, [
			{ bytes: images.pngImage(64, 64), fileName: 'me.mp4', type: 'video/mp4' },
			script,
		]);
		assert.ok(refused, 'the refused execution did not finish');
		assert.equal(refused.status, 'error', `the PNG run ended ${refused.status}`);
		assert.equal(
			runError(refused.data).message,
			'Video Binary Property "Video" is not an MP4, MOV or WebM video',
		);
		let reqs = await apiRequests();
		assert.equal(fileRequests(reqs).creates.length, 0, 'nothing uploaded for the PNG');
		assert.equal(reqs.filter((r) => r.path === '/open/v1/video_lip_sync/create').length, 0);

		const video = sampleVideo();
		const finished = await submitted({ inst, time }, wf, 2, [
			{ bytes: video, fileName: 'me.mov', type: 'video/quicktime' },
			script,
		]);
		assert.ok(finished, 'the execution did not finish');
		assert.equal(finished.status, 'success', `execution ended ${finished.status}`);

		reqs = await apiRequests();
		const files = (await sim.files()).filter((f) => f.sha256 === sha256(video));
		assert.equal(files.length, 1, 'one upload of the video');
		assert.equal(files[0].service, 'lip_sync_video');
		assert.equal(files[0].name, `${sha256(video).slice(0, 16)}.mp4`);
		const creates = reqs.filter((r) => r.path === '/open/v1/video_lip_sync/create');
		assert.equal(creates.length, 1, 'one create');
		assert.deepEqual(creates[0].body, {
			video_file_id: files[0].fileId,
			screen_width: 32,
			screen_height: 32,
			model: 0,
			backway: 1,
			audio_type: 'tts',
			tts_config: { text: [script], audio_man_id: node.parameters.voice.value, speed: 1, pitch: 1 },
			volume: 100,
		});
		const [out] = nodeOutput(finished.data, NODE);
		assert.equal(out.status, 'succeeded', JSON.stringify(out));
		assert.equal(out.statusCode, 20);
		assert.match(out.videoUrl, new RegExp(`/files/lipsync/${out.videoId}\\.mp4$`));
		const root =
			finished.data.data && finished.data.data.resultData ? finished.data.data : finished.data;
		const item = root.resultData.runData[NODE][0].data.main[0][0];
		assert.equal(item.binary.data.mimeType, 'video/mp4');
		assert.equal(item.binary.data.fileName, `${out.videoId}.mp4`);
		const polls = reqs.filter((r) => r.path === '/open/v1/video_lip_sync/detail');
		assert.ok(polls.length >= 1 && polls.every((r) => r.query.id === out.videoId));
		assert.equal(reqs.filter((r) => r.path === `/files/lipsync/${out.videoId}.mp4`).length, 1);
		const { creates: uploadUrls, details } = fileRequests(reqs);
		log(
			`upload: ${uploadUrls.length} upload URL + ${details.length} file_detail; ${polls.length} status checks`,
		);
	},
};
