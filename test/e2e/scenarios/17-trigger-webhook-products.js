'use strict';
/**
 * Chanjing Trigger, Webhook mode, for the products merged after AI creation: two lip-sync videos
 * (one fails), a voice clone and a custom avatar made straight at the simulator with the
 * trigger's Production URL as their callback. Before the renders end the simulator sends an
 * unfinished lip-sync callback and a forged callback of each product; then the four renders end
 * (lip sync and voice post the enveloped detail, the custom avatar its bare detail, as CP says),
 * and a lip-sync callback is repeated. Exactly one execution per finished task, none for the
 * others; the lip-sync item carries its MP4 (Download), the voice and avatar items no file.
 * Prints the counts, the detail requests and the time from the renders' end to each start.
 */
const { STATIC_TOKEN, staticTokenCredential } = require('../fixtures');
const { HELD_RENDER_MS, finishRenders, serveWorkflow } = require('../webhook-run');
const { emitted, settledExecutions, triggerUrl } = require('../trigger-run');
const { PUBLIC_VOICES } = require('../../simulator/catalogue');

const DETAILS = {
	'/open/v1/video': 'avatar video',
	'/open/v1/video_lip_sync/detail': 'lip sync',
	'/open/v1/customised_audio': 'voice',
	'/open/v1/customised_person': 'custom avatar',
};

/** A create straight at the simulator, as another client would send it; its ID. */
async function create(sim, path, body) {
	const res = await fetch(`${sim.url}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', access_token: STATIC_TOKEN },
		body: JSON.stringify(body),
	});
	const answer = await res.json();
	if (answer.code !== 0) throw new Error(`${path} answered ${JSON.stringify(answer)}`);
	return answer.data;
}

/** The binary data of the trigger's items in an execution (n8n keeps its metadata). */
function binaries(execution) {
	const root = execution.data && execution.data.resultData ? execution.data : execution;
	const runs = root.resultData.runData['Chanjing Trigger'] || [];
	return (runs[0]?.data?.main?.[0] || []).map((item) => item.binary);
}

module.exports = {
	name: 'trigger (webhook): lip sync, voice clone and custom avatar callbacks start one execution each; forged and unfinished none',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const trigger = loadWorkflow('trigger-webhook-products');
		await sim.configure({ renderMs: HELD_RENDER_MS });
		await serveWorkflow({ inst, time }, trigger, [staticTokenCredential(sim)]);
		const url = triggerUrl(inst.baseUrl, trigger);

		const voice = PUBLIC_VOICES[0].id;
		const lipSync = (text) => ({
			video_url: 'https://cdn.example/face.mp4',
			audio_type: 'tts',
			tts_config: { text, audio_man_id: voice },
			callback: url,
		});
		const lipOk = await create(sim, '/open/v1/video_lip_sync/create', lipSync('你好'));
		const lipFail = await create(sim, '/open/v1/video_lip_sync/create', lipSync('你好[fail]'));
		const voiceId = await create(sim, '/open/v1/create_customised_audio', {
			name: 'e2e voice',
			url: 'https://cdn.example/recording.wav',
			model_type: 'cicada3.0-turbo',
			callback: url,
		});
		const avatarId = await create(sim, '/open/v1/create_customised_person', {
			name: 'e2e avatar',
			material_video: 'https://cdn.example/presenter.mp4',
			train_type: 'figure',
			callback: url,
		});

		const statusOf = (attempt) => attempt.httpStatus;
		const unfinished = statusOf(
			await sim.sendCallback({ mode: 'unfinished', product: 'lipSync', url, id: lipOk }),
		);
		assert.equal(unfinished, 409, 'an unfinished lip-sync video is refused');
		const forged = [];
		for (const product of ['lipSync', 'voice', 'person'])
			forged.push(statusOf(await sim.sendCallback({ mode: 'forged', product, url })));
		assert.deepEqual(forged, [404, 404, 404], 'forged callbacks are refused');
		assert.equal((await inst.listExecutions(trigger.id)).length, 0, 'nothing started yet');

		const finishedAt = Date.now();
		await time('renders end, callbacks answered', () => finishRenders(sim));
		const all = await sim.callbacks();
		const ended = all.filter((c) => c.trigger === 'ended');
		assert.deepEqual(ended.map((c) => c.product).sort(), ['lipSync', 'lipSync', 'person', 'voice']);
		assert.deepEqual(
			ended.map((c) => c.httpStatus),
			[200, 200, 200, 200],
			'the four callbacks are taken',
		);
		const person = ended.find((c) => c.product === 'person');
		assert.equal(person.body.id, avatarId, 'the custom avatar posts its bare detail');
		const lipAttempt = all.indexOf(ended.find((c) => c.uniqueId === lipOk)) + 1;
		const repeat = statusOf(await sim.sendCallback({ mode: 'duplicate', attempt: lipAttempt }));
		assert.equal(repeat, 200, 'a repeat is taken (200)');

		const executions = await time('executions settled', () =>
			settledExecutions(inst, trigger.id, 4, { quietMs: 4000 }),
		);
		assert.equal(executions.length, 4, `executions: ${executions.length}`);
		for (const e of executions) assert.equal(e.status, 'success', `execution ${e.id} ${e.status}`);
		const items = executions.map((e) => ({ item: emitted(e)[0], binary: binaries(e)[0] }));
		const idOf = ({ item }) =>
			({ lipSync: item.videoId, voice: item.voiceId, customAvatar: item.avatarId })[item.product];
		const byId = new Map(items.map((x) => [idOf(x), x]));
		assert.deepEqual(
			items.map((x) => x.item.product).sort(),
			['customAvatar', 'lipSync', 'lipSync', 'voice'],
			'one execution per finished task',
		);
		const ok = byId.get(lipOk);
		assert.equal(ok.item.status, 'succeeded');
		assert.equal(ok.binary?.data?.mimeType, 'video/mp4', 'the lip-sync MP4 is attached');
		const failed = byId.get(lipFail);
		assert.equal(failed.item.status, 'failed');
		assert.equal(failed.binary, undefined, 'a failed video has no file');
		assert.equal(byId.get(voiceId).item.status, 'succeeded');
		assert.equal(byId.get(voiceId).binary, undefined, 'a voice delivers an ID, no file');
		assert.equal(byId.get(avatarId).item.status, 'succeeded');
		assert.equal(byId.get(avatarId).binary, undefined, 'an avatar delivers an ID, no file');

		const delays = executions.map((e) => new Date(e.startedAt).getTime() - finishedAt);
		const callbacks = await sim.callbacks();
		const byMode = {};
		for (const c of callbacks) {
			const key = `${c.product} ${c.trigger} ${c.httpStatus}`;
			byMode[key] = (byMode[key] ?? 0) + 1;
		}
		const details = {};
		for (const r of await apiRequests())
			if (DETAILS[r.path]) details[DETAILS[r.path]] = (details[DETAILS[r.path]] ?? 0) + 1;
		log(`callbacks sent ${callbacks.length}: ${JSON.stringify(byMode)}`);
		log(
			`executions started ${executions.length} for 4 finished tasks; forged refused ${forged.length}, unfinished refused 1, repeat taken without execution 1`,
		);
		log(`detail requests to verify callbacks: ${JSON.stringify(details)}`);
		log(`renders' end → execution start: ${delays.map((d) => `${d} ms`).join(', ')}`);
	},
};
