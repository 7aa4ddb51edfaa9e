'use strict';
/**
 * A Form Trigger with an image upload → Generate "First Frame to Video" with First Frame Source
 * "Binary": the image is uploaded through Chanjing's file API and its full_path is start_frame.
 * n8n keeps binary data in its default mode here (memory on 1.x).
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');
const { finishedExecution } = require('../webhook-run');
const {
	assertUploaded,
	fileRequests,
	images,
	serveFrameWorkflow,
	submitForm,
} = require('../frame-images');

module.exports = {
	name: 'form upload → first frame from binary (uploaded once, full_path sent as start_frame)',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('form-image-first-frame');
		const png = images.pngImage(640, 360);
		const prompt = 'The red square slowly turns into a sunset';

		await serveFrameWorkflow({ inst, time }, wf, [staticTokenCredential(sim)]);
		const sent = await time('form submit', () =>
			submitForm(inst, 'chanjing-e2e-form-frame', [
				{ bytes: png, fileName: 'holiday photo.png', type: 'image/png' },
				prompt,
			]),
		);
		assert.equal(sent.status, 200, `form answered ${sent.status}: ${sent.text.slice(0, 300)}`);

		const finished = await time('until submitted', () =>
			finishedExecution(inst, wf.id, (ex) => !!nodeOutput(ex.data, 'Generate from image')),
		);
		assert.ok(finished, 'the execution did not finish');
		assert.equal(finished.status, 'success', `execution ended ${finished.status}`);

		const reqs = await apiRequests();
		const file = await assertUploaded({ assert, sim }, reqs, png, 'image/png', STATIC_TOKEN);
		const { submits } = fileRequests(reqs);
		assert.equal(submits.length, 1, 'one submit');
		assert.deepEqual(submits[0].body, {
			ref_prompt: prompt,
			creation_type: 4,
			model_code: 'MiniMax-Hailuo-02',
			clarity: 720,
			video_duration: 6,
			start_frame: file.fullPath,
		});
		const last = reqs.filter((r) => !r.path.startsWith('/uploads/')).pop();
		assert.equal(
			last.path,
			'/open/v1/ai_creation/task/submit',
			'the submit comes after the upload',
		);
		const [out] = nodeOutput(finished.data, 'Generate from image');
		assert.equal(out.firstFrameUrl, file.fullPath);
		assert.match(out.creationId, /^[0-9a-f-]{36}$/);
		const served = Buffer.from(await (await fetch(file.fullPath)).arrayBuffer());
		assert.ok(served.equals(png), 'full_path serves the uploaded bytes');
		log(
			`upload: ${file.requests} file API/storage requests; start_frame ${file.fullPath.replace(sim.url, '<sim>')}`,
		);
	},
};
