'use strict';
/**
 * Manual Trigger → Chanjing "Generate (Hailuo 02)", text to video → Set, run with `n8n execute`.
 * n8n's output holds the creation ID; the simulator saw exactly the submit request of Chanjing's documentation page.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { nodeOutput, runError } = require('../n8n-instance');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

module.exports = {
	name: 'text to video: Manual Trigger → Generate (Hailuo 02) → Set',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('text-to-video');
		const gen = wf.nodes.find((n) => n.type === 'n8n-nodes-chanjing.chanjing');
		const prompt = gen.parameters.prompt;

		await time('import', async () => {
			await inst.importCredentials([staticTokenCredential(sim)]);
			await inst.importWorkflow(wf);
		});
		const res = await time('execute', () => inst.execute(wf.id));
		const detail = () =>
			`exit ${res.exitCode}\n--- stdout\n${res.stdout.slice(-3000)}\n--- stderr\n${res.stderr.slice(-3000)}`;
		assert.equal(res.exitCode, 0, `n8n execute failed: ${detail()}`);
		assert.ok(res.output, `no JSON in execute output: ${detail()}`);
		assert.equal(
			runError(res.output),
			undefined,
			`run error: ${JSON.stringify(runError(res.output))}`,
		);

		// n8n's output
		const genOut = nodeOutput(res.output, gen.name);
		assert.equal(genOut.length, 1, `Generate video output: ${JSON.stringify(genOut)}`);
		assert.match(String(genOut[0].creationId), UUID, `creationId: ${JSON.stringify(genOut[0])}`);
		assert.ok(genOut[0].traceId, `traceId: ${JSON.stringify(genOut[0])}`);
		const setOut = nodeOutput(res.output, 'Keep the creation ID');
		assert.deepEqual(setOut, [
			{ creationId: genOut[0].creationId, traceId: genOut[0].traceId, source: 'e2e' },
		]);
		assert.equal(
			res.output.data
				? res.output.data.resultData.lastNodeExecuted
				: res.output.resultData.lastNodeExecuted,
			'Keep the creation ID',
		);

		// the simulator's request log
		const reqs = await apiRequests();
		assert.equal(
			reqs.length,
			1,
			`expected one API request, saw ${JSON.stringify(reqs.map((r) => `${r.method} ${r.path}`))}`,
		);
		const [r] = reqs;
		assert.equal(r.method, 'POST');
		assert.equal(r.path, '/open/v1/ai_creation/task/submit');
		assert.equal(r.headers.access_token, STATIC_TOKEN);
		assert.equal(r.headers.authorization, undefined, 'no Authorization header');
		assert.deepEqual(r.body, {
			ref_prompt: prompt,
			creation_type: 4,
			model_code: 'MiniMax-Hailuo-02',
			clarity: 720,
			video_duration: 6,
		});

		// the ID n8n returned is the task the simulator created
		const detailRes = await fetch(
			`${sim.url}/open/v1/ai_creation/task?unique_id=${genOut[0].creationId}`,
			{
				headers: { access_token: STATIC_TOKEN },
			},
		).then((x) => x.json());
		assert.equal(detailRes.code, 0, `task detail: ${JSON.stringify(detailRes)}`);
		log(`creationId ${genOut[0].creationId}, execute ${res.seconds.toFixed(1)} s`);
	},
};
