'use strict';
/**
 * Chanjing Trigger, Webhook mode: three Generates whose Callback URL is the trigger's Production
 * URL (with its Path Secret). Before the renders end, the simulator sends a callback for an
 * unfinished task, two forged ones and one to a URL with a wrong secret; then the renders end
 * (three callbacks), and two repeats follow. Exactly one execution per finished task; the
 * others are refused (404 forged and wrong secret, 409 unfinished) or taken without an execution
 * (repeats). Prints the counts and the time from the renders' end to each execution's start.
 */
const { staticTokenCredential } = require('../fixtures');
const { HELD_RENDER_MS, finishRenders, serveWorkflow, sleep } = require('../webhook-run');
const { emitted, settledExecutions, triggerUrl } = require('../trigger-run');

const DETAIL = '/open/v1/ai_creation/task';

module.exports = {
	name: 'trigger (webhook): one execution per finished task; forged, unfinished, wrong secret refused; repeats once',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const trigger = loadWorkflow('trigger-webhook');
		const generate = loadWorkflow('trigger-generate');
		await sim.configure({ renderMs: HELD_RENDER_MS });
		await time('import', () => inst.importWorkflow(trigger));
		await serveWorkflow({ inst, time }, generate, [staticTokenCredential(sim)]);
		await time('activate trigger', () => inst.activateWorkflow(trigger.id));
		const url = triggerUrl(inst.baseUrl, trigger);

		for (let i = 1; i <= 3; i++) {
			const call = await inst.callWebhook('chanjing-e2e-trigger-generate', {
				body: { prompt: `A lighthouse at dusk, take ${i}`, callbackUrl: url },
			});
			assert.equal(call.status, 200, `generate webhook answered ${call.status}`);
		}
		let submits = [];
		for (let i = 0; i < 200 && submits.length < 3; i++) {
			submits = (await apiRequests()).filter((r) => r.path === `${DETAIL}/submit`);
			if (submits.length < 3) await sleep(100);
		}
		assert.equal(submits.length, 3, 'three submits');
		for (const s of submits) assert.equal(s.body.callback, url, 'Callback URL = the trigger');
		const ids = (await sim.submissions()).map((s) => s.uniqueId);
		assert.equal(ids.length, 3);

		// sim.sendCallback resolves with the attempt as delivered
		const statusOf = async (sent) => sent.httpStatus;
		const unfinished = await statusOf(
			await sim.sendCallback({ mode: 'unfinished', url, id: ids[0] }),
		);
		assert.equal(unfinished, 409, 'an unfinished task is refused');
		const forged = [];
		for (let i = 0; i < 2; i++)
			forged.push(await statusOf(await sim.sendCallback({ mode: 'forged', url })));
		assert.deepEqual(forged, [404, 404], 'forged callbacks are refused');
		const detailsBefore = (await apiRequests()).filter((r) => r.path === DETAIL).length;
		const wrongSecret = await statusOf(
			await sim.sendCallback({
				mode: 'raw',
				url: triggerUrl(inst.baseUrl, trigger, 'guessed'),
				body: {
					code: 0,
					msg: 'success',
					data: { unique_id: ids[1], type: 4, progress_desc: 'Success' },
				},
			}),
		);
		assert.equal(wrongSecret, 404, 'a URL with a wrong secret is not the trigger');
		const detailsAfter = (await apiRequests()).filter((r) => r.path === DETAIL).length;
		assert.equal(detailsAfter, detailsBefore, 'a wrong secret asks Chanjing nothing');
		assert.equal((await inst.listExecutions(trigger.id)).length, 0, 'nothing started yet');

		const finishedAt = Date.now();
		await time('renders end, callbacks answered', () => finishRenders(sim));
		const all = await sim.callbacks();
		const ended = all.filter((c) => c.trigger === 'ended');
		assert.equal(ended.length, 3, 'one callback per task');
		assert.deepEqual(
			ended.map((c) => c.httpStatus),
			[200, 200, 200],
		);
		const first = all.indexOf(ended[0]) + 1;
		const repeats = [];
		repeats.push(await statusOf(await sim.sendCallback({ mode: 'duplicate', attempt: first })));
		repeats.push(await statusOf(await sim.sendCallback({ mode: 'finished', url, id: ids[1] })));
		assert.deepEqual(repeats, [200, 200], 'repeats are taken (200)');

		const executions = await time('executions settled', () =>
			settledExecutions(inst, trigger.id, 3, { quietMs: 4000 }),
		);
		assert.equal(executions.length, 3, `executions: ${executions.length}`);
		const emittedIds = executions.flatMap((e) => emitted(e).map((item) => item.creationId));
		assert.deepEqual([...emittedIds].sort(), [...ids].sort(), 'each finished task once');
		for (const e of executions) assert.equal(e.status, 'success', `execution ${e.id} ${e.status}`);
		for (const e of executions) {
			const [item] = emitted(e);
			assert.equal(item.status, 'succeeded');
			assert.match(item.videoUrl, /\/files\/.+\.mp4$/);
		}

		const delays = executions.map((e) => new Date(e.startedAt).getTime() - finishedAt);
		const callbacks = await sim.callbacks();
		const byMode = {};
		for (const c of callbacks)
			byMode[`${c.trigger} ${c.httpStatus}`] = (byMode[`${c.trigger} ${c.httpStatus}`] ?? 0) + 1;
		const details = (await apiRequests()).filter((r) => r.path === DETAIL).length;
		log(`callbacks sent ${callbacks.length}: ${JSON.stringify(byMode)}`);
		log(
			`executions started ${executions.length} for ${ids.length} finished tasks; forged refused ${forged.length}, unfinished refused 1, wrong secret refused 1, repeats taken without execution ${repeats.length}`,
		);
		log(`detail requests to verify callbacks: ${details}`);
		log(`renders' end → execution start: ${delays.map((d) => `${d} ms`).join(', ')}`);
	},
};
