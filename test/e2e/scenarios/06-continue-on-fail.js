'use strict';
/**
 * Five rows → Generate (first frame) with On Error "Continue": three rows are bad input
 * (empty prompt, a frame that is no URL, 1080p with 10 s) and never reach Chanjing; of the two
 * good rows Chanjing accepts one and answers the other "蝉豆不足" (credits for one video only).
 * Every item comes out in order, good ones with a creation ID, bad ones with a clear error.
 */
const { staticTokenCredential } = require('../fixtures');
const { nodeOutput } = require('../n8n-instance');

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';

module.exports = {
	name: 'Continue On Fail: bad rows stopped before Chanjing, a Chanjing error explained, good rows created',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('continue-on-fail');
		await sim.configure({ creditsLeft: 1 });
		await time('import', async () => {
			await inst.importCredentials([staticTokenCredential(sim)]);
			await inst.importWorkflow(wf);
		});
		const res = await time('execute', () => inst.execute(wf.id));
		assert.equal(
			res.exitCode,
			0,
			`n8n execute failed:\n${res.stdout.slice(-2000)}\n${res.stderr.slice(-2000)}`,
		);

		const out = nodeOutput(res.output, 'Generate video');
		assert.equal(out.length, 5, `five items: ${JSON.stringify(out)}`);
		assert.match(String(out[1].error), /^Prompt is empty/);
		assert.match(
			String(out[2].error),
			/^First Frame URL must be a public http:\/\/ or https:\/\/ URL of an image, got "kite\.png"/,
		);
		assert.match(
			String(out[3].error),
			/^Clarity 1080p is only available with a Duration of 6 seconds/,
		);
		const good = [out[0], out[4]];
		const created = good.filter((item) => item.creationId);
		const refused = good.filter((item) => item.error);
		assert.equal(created.length, 1, `one good row created: ${JSON.stringify(good)}`);
		assert.equal(refused.length, 1, `one good row refused by Chanjing: ${JSON.stringify(good)}`);
		assert.match(String(refused[0].error), /out of credits \(code 40000: .*蝉豆不足/);

		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.deepEqual(
			submits.map((r) => r.body.ref_prompt).sort(),
			['A fox crosses a snowy field', 'Lanterns rise over a lake'],
			'only the good rows reached Chanjing',
		);
		log(`created ${created[0].creationId}; ${out.filter((i) => i.error).length} error items`);
	},
};
