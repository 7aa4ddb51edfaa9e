'use strict';
/**
 * Downloads: (a) an HTML page answered with HTTP 200 for the video URL is an error naming the
 * creation ID, not an MP4; (b) a 200 MB video in n8n's filesystem binary data mode: peak memory
 * of the n8n process over the same execution without the download stays small.
 */
const { nodeOutput } = require('../n8n-instance');
const { faultWorkflow, importAll } = require('../fault-workflow');

const GB = 1024 ** 3;
const BYTES = 200 * 1000 * 1000;

module.exports = {
	name: 'Download checked (HTML refused) and streamed (200 MB in filesystem mode)',
	async run({ inst, sim, assert, time, log }) {
		const ids = [];
		const submit = async (prompt) => {
			const res = await fetch(`${sim.url}/open/v1/ai_creation/task/submit`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', access_token: 'sim-static-token' },
				body: JSON.stringify({
					ref_prompt: prompt,
					creation_type: 4,
					model_code: 'MiniMax-Hailuo-02',
					clarity: 720,
					video_duration: 6,
				}),
			});
			ids.push((await res.json()).data);
		};
		sim.configure({ renderMs: 0 });
		await submit('Download me');
		const get = (id, download) =>
			faultWorkflow({
				id,
				rows: [{ creationId: ids[0] }],
				parameters: {
					resource: 'video',
					operation: 'get',
					creationId: '={{ $json.creationId }}',
					options: download ? { downloadVideo: true } : {},
				},
				settings: { onError: 'continueRegularOutput' },
			});
		const withVideo = get('e2eFaultsDownload33a', true);
		const without = get('e2eFaultsDownload33b', false);
		await time('import', async () => {
			await importAll(inst, sim, withVideo);
			await inst.importWorkflow(without);
		});

		sim.configure({ faultsFor: [{ path: '/files/*', kind: 'body' }] });
		const html = await time('execute (HTML)', () => inst.execute(withVideo.id));
		const [item] = nodeOutput(html.output, 'Generate video');
		assert.match(String(item.error), /the answer is not a video \(content type text\/html/);
		assert.ok(String(item.error).includes(ids[0]), 'names the creation ID');

		const env = { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' };
		const baseline = await time('execute (no download)', () =>
			inst.execute(without.id, { env, sampleMemory: true }),
		);
		assert.equal(baseline.exitCode, 0);
		sim.configure({ faultsFor: [{ path: '/files/*', kind: 'bigFile', bytes: BYTES }] });
		const big = await time('execute (200 MB)', () =>
			inst.execute(withVideo.id, { env, sampleMemory: true }),
		);
		assert.equal(big.exitCode, 0, `download failed:\n${big.stdout.slice(-1500)}`);
		const [bigItem] = nodeOutput(big.output, 'Generate video');
		assert.equal(bigItem.error, undefined);
		const overGb = (big.peakRssBytes - baseline.peakRssBytes) / GB;
		log(
			`200 MB video, filesystem mode: peak RSS ${(big.peakRssBytes / GB).toFixed(2)} GB, ` +
				`without the download ${(baseline.peakRssBytes / GB).toFixed(2)} GB, over baseline ${overGb.toFixed(3)} GB`,
		);
		assert.ok(overGb < 0.15, `peak RSS ${overGb.toFixed(3)} GB over baseline`);
	},
};
