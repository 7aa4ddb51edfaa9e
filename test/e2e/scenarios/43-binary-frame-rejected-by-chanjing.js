'use strict';
/**
 * Chanjing's content check refuses an uploaded frame (file status 98): the execution fails with
 * Chanjing's reason naming First Frame Binary Property, after the upload and before any submit.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { finishedExecution } = require('../webhook-run');
const { fileRequests, images, serveFrameWorkflow, sha256, submitForm } = require('../frame-images');

module.exports = {
	name: 'a frame Chanjing rejects (status 98) fails the item with the reason; no submit',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('form-image-first-frame');
		const png = images.pngImage(800, 600, { rgb: [0, 0, 0] });
		await sim.configure({ rejectNextFiles: 1, fileCheckMs: 500 });
		await serveFrameWorkflow({ inst, time }, wf, [staticTokenCredential(sim)]);
		const sent = await submitForm(inst, 'chanjing-e2e-form-frame', [
			{ bytes: png, fileName: 'dark.png', type: 'image/png' },
			'Lights come on',
		]);
		assert.equal(sent.status, 200, `form answered ${sent.status}`);

		const finished = await time('until refused', () => finishedExecution(inst, wf.id, () => true));
		assert.ok(finished, 'the execution did not finish');
		assert.equal(finished.status, 'error', `execution ended ${finished.status}`);
		const rd = finished.data.resultData;
		const nodeRun = rd.runData['Generate from image'];
		const message = (nodeRun && nodeRun[0].error && nodeRun[0].error.message) || rd.error.message;
		assert.equal(
			message,
			'Chanjing refused First Frame Binary Property "Image": file rejected by the content check (内容安全检测失败)',
		);
		const reqs = await apiRequests();
		const { creates, puts, details, submits } = fileRequests(reqs);
		assert.equal(submits.length, 0, 'nothing submitted');
		const files = await sim.files();
		assert.equal(files.length, 1, 'one upload');
		const [file] = files;
		assert.equal(file.status, 98);
		assert.equal(file.sha256, sha256(png));
		assert.equal(creates.length, 1);
		assert.equal(creates[0].headers.access_token, STATIC_TOKEN);
		assert.equal(puts.length, 1);
		assert.equal(puts[0].headers['content-type'], 'image/png');
		assert.equal(puts[0].headers.access_token, undefined);
		assert.ok(details.length >= 1 && details.length <= 3, `${details.length} file_detail polls`);
		log(`refused file ${file.fileId}: ${message}`);
	},
};
