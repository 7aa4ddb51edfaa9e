'use strict';
/**
 * A user's own material that must not become a paid clone, and Deletes given no ID (version 2
 * nodes, On Error "Continue", `n8n execute`): a 10 s recording is refused by its bytes before
 * any request; a 20 s recording that Chanjing's content check rejects (file status 98) fails
 * its item after the upload — no create_customised_audio either way; Voice → Delete and
 * Avatar → Delete with an empty ID put out `deleted: false` and send nothing.
 */
const { executeExample, requestsTo } = require('../examples');
const { serveFiles } = require('../frame-images');
const { sampleWav } = require('../../simulator/wav');

module.exports = {
	name: 'own material refused (by its length; by the content check, status 98): no clone; Delete with no ID sends nothing',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('own-material-refused');
		const web = await serveFiles({
			'/short.wav': { bytes: sampleWav(10), type: 'audio/wav' },
			'/recording.wav': { bytes: sampleWav(20), type: 'audio/wav' },
		});
		try {
			for (const n of wf.nodes.filter((n) => n.type === 'n8n-nodes-base.httpRequest'))
				n.parameters.url = n.parameters.url.replace('http://127.0.0.1:9', web.url);
			await sim.configure({
				rejectNextFiles: { count: 1, service: 'prompt_audio' },
				fileCheckMs: 500,
			});

			const res = await executeExample({ inst, sim, assert, time }, wf);

			const runData = (res.output.data || res.output).resultData.runData;
			const out = (name) => runData[name][0].data.main[0].map((item) => item.json);
			assert.deepEqual(out('Clone from 10 s'), [
				{
					error:
						'Audio Binary Property "data" lasts 10.0 s; Chanjing clones a voice from 15 s to 5 min of speech (30 s or more recommended)',
				},
			]);
			const [rejected] = out('Clone rejected recording');
			assert.match(rejected.error, /Audio Binary Property "data".*content check/);
			assert.deepEqual(out('Delete no voice'), [
				{ voiceId: null, deleted: false, reason: 'No Voice ID was given' },
			]);
			assert.deepEqual(out('Delete no avatar'), [
				{ avatarId: null, deleted: false, reason: 'No Avatar ID was given' },
			]);

			const reqs = await apiRequests();
			assert.equal(requestsTo(reqs, '/open/v1/common/create_upload_url').length, 1, 'one upload');
			const files = await sim.files();
			assert.equal(files.length, 1);
			assert.equal(files[0].status, 98);
			assert.equal(requestsTo(reqs, '/open/v1/create_customised_audio').length, 0, 'no clone');
			assert.equal(
				reqs.filter((r) => r.path.startsWith('/open/v1/delete_')).length,
				0,
				'no delete sent',
			);
			log(`refused: ${rejected.error}`);
		} finally {
			await web.close();
		}
	},
};
