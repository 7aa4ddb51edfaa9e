'use strict';
/**
 * HTTP Request downloads of two images (from a small web server on 127.0.0.1) → Generate
 * "First and Last Frame to Video" with both frames from binary, Wait for Completion and Download
 * Video. n8n runs with N8N_DEFAULT_BINARY_DATA_MODE=filesystem: the node must read the images
 * through n8n's helpers, not from the item.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');
const { callWorkflowWebhook, finishedExecution } = require('../webhook-run');
const {
	assertUploaded,
	fileRequests,
	images,
	serveFiles,
	serveFrameWorkflow,
} = require('../frame-images');

module.exports = {
	name: 'two downloaded images → first and last frame from binary (filesystem mode), wait, download',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('download-two-frames-wait');
		const first = images.jpegImage(1280, 720, { exifBytes: 20000, padTo: 300 * 1024 });
		const last = images.pngImage(1280, 720, { rgb: [20, 90, 200] });
		const web = await serveFiles({
			'/frames/first.jpg': { bytes: first, type: 'image/jpeg' },
			'/frames/last.png': { bytes: last, type: 'image/png' },
		});
		try {
			await sim.configure({ renderMs: 2000 });
			await serveFrameWorkflow({ inst, time }, wf, [staticTokenCredential(sim)], {
				N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
			});
			const prompt = 'Day turns to night over the bay';
			await callWorkflowWebhook({ inst, time, assert }, wf, {
				prompt,
				first: `${web.url}/frames/first.jpg`,
				last: `${web.url}/frames/last.png`,
			});

			const finished = await time('until rendered and downloaded', () =>
				finishedExecution(inst, wf.id, (ex) => !!nodeOutput(ex.data, 'First and last frame')),
			);
			assert.ok(finished, 'the execution did not finish');
			assert.equal(finished.status, 'success', `execution ended ${finished.status}`);
			assert.deepEqual(web.hits.sort(), ['/frames/first.jpg', '/frames/last.png']);

			const reqs = await apiRequests();
			const up1 = await assertUploaded({ assert, sim }, reqs, first, 'image/jpeg', STATIC_TOKEN);
			const up2 = await assertUploaded({ assert, sim }, reqs, last, 'image/png', STATIC_TOKEN);
			const { submits } = fileRequests(reqs);
			assert.equal(submits.length, 1, 'one submit');
			assert.equal(submits[0].body.start_frame, up1.fullPath);
			assert.equal(submits[0].body.end_frame, up2.fullPath);
			assert.equal(submits[0].body.ref_prompt, prompt);

			const run = finished.data.resultData.runData['First and last frame'][0];
			const [item] = run.data.main[0];
			assert.equal(item.json.status, 'succeeded', JSON.stringify(item.json));
			assert.equal(item.json.firstFrameUrl, up1.fullPath);
			assert.equal(item.json.lastFrameUrl, up2.fullPath);
			assert.equal(item.binary.video.mimeType, 'video/mp4');
			assert.equal(item.binary.video.fileName, `${item.json.creationId}.mp4`);
			const [downloaded] = finished.data.resultData.runData['Download last image'][0].data.main[0];
			assert.ok(downloaded.binary.first.id, 'n8n stored the image by id (filesystem mode)');
			assert.ok(!downloaded.binary.first.data || downloaded.binary.first.data.length < 100);
			const downloads = reqs.filter((r) => r.path === `/files/${item.json.creationId}.mp4`);
			assert.equal(downloads.length, 1, 'one video download');
			log(
				`uploads: ${up1.requests} + ${up2.requests} requests; both frames from filesystem-mode binary data`,
			);
		} finally {
			await web.close();
		}
	},
};
