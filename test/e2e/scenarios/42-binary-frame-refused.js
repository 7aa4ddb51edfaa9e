'use strict';
/**
 * Bad binary frames stop before any request: a text file and a 200×200 PNG sent through the
 * image form each end the execution with the error naming First Frame Binary Property and the
 * rule; the simulator sees nothing (no upload URL, no PUT, no submit).
 */
const { staticTokenCredential } = require('../fixtures');
const { finishedExecution, sleep } = require('../webhook-run');
const { images, serveFrameWorkflow, submitForm } = require('../frame-images');

const CASES = [
	{
		file: {
			bytes: Buffer.from('not an image, just words\n'),
			fileName: 'notes.png',
			type: 'image/png',
		},
		message:
			'First Frame Binary Property "Image" is not a JPG, PNG or WebP image; Hailuo 02 takes only these formats',
	},
	{
		file: { bytes: images.pngImage(200, 200), fileName: 'icon.png', type: 'image/png' },
		message:
			'First Frame Binary Property "Image" is 200×200 px; Hailuo 02 needs the short side to be at least 300 px',
	},
];

function errorOf(execution) {
	const rd = execution.data.resultData;
	const nodeRun = rd.runData['Generate from image'];
	return (
		(rd.error && rd.error.message) || (nodeRun && nodeRun[0].error && nodeRun[0].error.message)
	);
}

module.exports = {
	name: 'a non-image and a too-small image are refused before any request',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('form-image-first-frame');
		await serveFrameWorkflow({ inst, time }, wf, [staticTokenCredential(sim)]);
		let seen = 0;
		for (const c of CASES) {
			const sent = await submitForm(inst, 'chanjing-e2e-form-frame', [c.file, 'Any motion']);
			assert.equal(sent.status, 200, `form answered ${sent.status}`);
			let finished;
			for (let i = 0; i < 100 && !finished; i++) {
				const list = await inst.listExecutions(wf.id);
				if (list.length > seen) finished = await finishedExecution(inst, wf.id, () => true);
				else await sleep(200);
			}
			seen += 1;
			assert.ok(finished, 'the execution did not finish');
			assert.equal(finished.status, 'error', `execution ended ${finished.status}`);
			assert.equal(errorOf(finished), c.message);
		}
		const reqs = await apiRequests();
		assert.deepEqual(
			reqs.map((r) => `${r.method} ${r.path}`),
			[],
			'nothing reached Chanjing',
		);
		log(`${CASES.length} refusals, 0 requests`);
	},
};
