'use strict';
/**
 * Chanjing Trigger, Polling mode (every minute): a task that finished before activation is not
 * emitted; A finishes between two polls; n8n stops, B finishes and D is made and finishes while
 * it is down; n8n starts again; then C finishes. Every task is emitted exactly once, nothing
 * old, nothing twice. The simulator's clock decides when each render ends (each task is made
 * with its own render time, then the clock moves past it). Prints the tasks emitted per poll and
 * the time from a task's end to the execution's start.
 */
const { staticTokenCredential } = require('../fixtures');
const { serveWorkflow, sleep } = require('../webhook-run');
const { emitted, settledExecutions, submitTask } = require('../trigger-run');

const HOUR = 60 * 60 * 1000;
const LIST = '/open/v1/ai_creation/task/page';

module.exports = {
	name: 'trigger (polling): tasks finishing between polls and across a restart, each emitted once',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('trigger-polling');
		let offset = 0;
		const moveClock = (ms) => {
			offset = ms;
			sim.configure({ now: () => Date.now() + offset });
		};
		const lists = async () => (await apiRequests()).filter((r) => r.path === LIST).length;
		const perPoll = [];
		let seen = 0;
		/** Waits for the next poll (a list request after `before`), then for what it started. */
		const nextPoll = async (label, before) => {
			const t0 = Date.now();
			while ((await lists()) <= before) {
				if (Date.now() - t0 > 150000) throw new Error(`no poll ${label} within 150 s`);
				await sleep(250);
			}
			await sleep(3000);
			const all = await settledExecutions(inst, wf.id, seen, { quietMs: 1500 });
			const fresh = all.slice(seen);
			seen = all.length;
			const ids = fresh.flatMap((e) => emitted(e).map((i) => i.creationId));
			perPoll.push({ poll: label, executions: fresh.length, emitted: ids, fresh });
			return fresh;
		};

		await sim.configure({ renderMs: 0 });
		const old = await submitTask(sim, 'finished before activation');
		await serveWorkflow({ inst, time }, wf, [staticTokenCredential(sim)]);
		await nextPoll('1 (activation)', 0);

		const made = {};
		for (const [name, hours] of [
			['A', 1],
			['B', 2],
			['C', 3],
		]) {
			await sim.configure({ renderMs: hours * HOUR });
			made[name] = await submitTask(sim, `task ${name}`);
		}
		const endedAt = {};
		moveClock(HOUR + 1000);
		endedAt[made.A] = Date.now();
		await nextPoll('2', await lists());

		// A poll that emits nothing (n8n does not save the static data after it)
		await nextPoll('3', await lists());

		await time('stop n8n', () => inst.stop());
		moveClock(2 * HOUR + 1000);
		endedAt[made.B] = Date.now();
		await sim.configure({ renderMs: 0 });
		made.D = await submitTask(sim, 'task D, made and finished while n8n is down');
		endedAt[made.D] = Date.now();
		const before = await lists();
		await time('start n8n again', () => inst.start({ port: inst.port }));
		await inst.login();
		await nextPoll('4 (after restart)', before);

		moveClock(3 * HOUR + 1000);
		endedAt[made.C] = Date.now();
		await nextPoll('5', await lists());
		await nextPoll('6', await lists());

		const names = Object.fromEntries(Object.entries(made).map(([k, v]) => [v, k]));
		names[old] = 'old';
		log(
			`tasks emitted per poll: ${perPoll.map((p) => `#${p.poll}: ${p.emitted.length}${p.emitted.length ? ` (${p.emitted.map((id) => names[id] ?? id).join(', ')})` : ''}`).join('; ')}`,
		);
		const all = perPoll.flatMap((p) => p.emitted);
		const expected = [made.A, made.B, made.C, made.D];
		assert.ok(!all.includes(old), 'the task finished before activation is not emitted');
		assert.deepEqual(
			[...all].sort(),
			[...expected].sort(),
			`emitted ${all.map((id) => names[id] ?? id)}`,
		);
		assert.equal(new Set(all).size, all.length, 'nothing emitted twice');
		assert.deepEqual(perPoll[0].emitted, [], 'the first poll emits nothing old');
		assert.deepEqual(perPoll[1].emitted, [made.A]);
		const delays = perPoll.flatMap((p) =>
			p.fresh.flatMap((e) =>
				emitted(e).map(
					(i) =>
						`${names[i.creationId]} ${((new Date(e.startedAt).getTime() - endedAt[i.creationId]) / 1000).toFixed(1)} s`,
				),
			),
		);
		log(
			`task end → execution start: ${delays.join(', ')} (poll every minute; B and D ended while n8n was down)`,
		);
		// the next scenarios start n8n on the same user folder: no poller of this one may run there
		await time('deactivate', () => inst.deactivateWorkflow(wf.id));
	},
};
