'use strict';
/**
 * Example 6: Get Many (Limit 5) lists the newest tasks, Get fetches each by its creation ID.
 * Seven tasks exist beforehand (made straight on the simulator): the five newest come out, newest
 * first, once from each node; nothing is submitted. Then the same workflow as saved with version 1
 * nodes (workflows/example-06-get-many-and-get-v1.json: Creation ID a text field, no Simplify)
 * lists and gets the same five tasks with the same fields, on the token the first run saved.
 */
const { nodeOutput } = require('../n8n-instance');
const { chanjingNodes, executeExample, loadExample, requestsTo } = require('../examples');

async function submitOnSimulator(sim, prompt) {
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
	}).then((r) => r.json());
	if (res.code !== 0) throw new Error(`seeding a task: ${JSON.stringify(res)}`);
	return res.data;
}

module.exports = {
	name: 'example 6: Get Many then Get — the five newest tasks, newest first, nothing submitted',
	async run({ inst, sim, assert, apiRequests, loadWorkflow, time, log }) {
		const wf = loadExample('06');
		const [list, get] = chanjingNodes(wf);
		assert.deepEqual(
			chanjingNodes(wf).map((n) => n.typeVersion),
			[2, 2],
		);
		assert.equal(list.parameters.operation, 'getAll');
		assert.equal(get.parameters.operation, 'get');
		const limit = list.parameters.limit;

		const created = [];
		for (let i = 1; i <= limit + 2; i++) {
			created.push(await submitOnSimulator(sim, `Seeded task ${i}`));
			await new Promise((r) => setTimeout(r, 5)); // distinct creation times
		}
		const newest = created.slice(-limit).reverse();
		await sim.configure({ renderMs: 3000 });
		const seeded = (await apiRequests()).length;

		const res = await executeExample({ inst, sim, assert, time }, wf);

		const listed = nodeOutput(res.output, list.name);
		assert.deepEqual(
			listed.map((t) => t.creationId),
			newest,
		);
		assert.deepEqual(
			listed.map((t) => t.prompt),
			newest.map((id) => `Seeded task ${created.indexOf(id) + 1}`),
		);
		const got = nodeOutput(res.output, get.name);
		assert.deepEqual(
			got.map((t) => t.creationId),
			newest,
		);
		for (const t of got)
			assert.ok(['queued', 'generating', 'succeeded'].includes(t.status), t.status);

		const reqs = (await apiRequests()).slice(seeded);
		// The first request of a fresh credential obtains a token with a one-task check request.
		const pages = requestsTo(reqs, '/open/v1/ai_creation/task/page').map((r) => r.body);
		assert.deepEqual(pages, [
			{ type: 4, page: 1, page_size: 1 },
			{ type: 4, page: 1, page_size: limit },
		]);
		const details = requestsTo(reqs, '/open/v1/ai_creation/task');
		assert.deepEqual(details.map((r) => r.query.unique_id).sort(), [...newest].sort());
		assert.equal(requestsTo(reqs, '/open/v1/ai_creation/task/submit').length, 0, 'no submit');
		log(`listed and got ${got.length} tasks`);

		// Version 1 of the same workflow: the same tasks, the same fields.
		const v1 = loadWorkflow('example-06-get-many-and-get-v1');
		const [list1, get1] = chanjingNodes(v1);
		assert.deepEqual(
			chanjingNodes(v1).map((n) => n.typeVersion),
			[1, 1],
		);
		assert.equal(get1.parameters.creationId, '={{ $json.creationId }}');
		const before = (await apiRequests()).length;
		await time('import version 1', () => inst.importWorkflow(v1));
		const res1 = await time('execute version 1', () => inst.execute(v1.id));
		assert.equal(res1.exitCode, 0, `n8n execute failed:\n${res1.stdout.slice(-3000)}`);
		assert.equal(res1.error, undefined, `run error: ${JSON.stringify(res1.error)}`);
		// The same tasks and fields; their status may have moved on since the first run.
		const listed1 = nodeOutput(res1.output, list1.name);
		assert.deepEqual(
			listed1.map((t) => [t.creationId, t.prompt]),
			listed.map((t) => [t.creationId, t.prompt]),
			'Get Many, version 1',
		);
		assert.deepEqual(
			listed1.map((t) => Object.keys(t).sort()),
			listed.map((t) => Object.keys(t).sort()),
		);
		const got1 = nodeOutput(res1.output, get1.name);
		assert.deepEqual(
			got1.map((t) => t.creationId),
			newest,
		);
		assert.deepEqual(
			got1.map((t) => Object.keys(t).sort()),
			got.map((t) => Object.keys(t).sort()),
			'Get, version 1: the fields of version 2 with Simplify on',
		);
		const reqs1 = (await apiRequests()).slice(before);
		assert.deepEqual(
			requestsTo(reqs1, '/open/v1/ai_creation/task/page').map((r) => r.body),
			[{ type: 4, page: 1, page_size: limit }],
			'one page, on the saved token',
		);
		assert.deepEqual(
			requestsTo(reqs1, '/open/v1/ai_creation/task')
				.map((r) => r.query.unique_id)
				.sort(),
			[...newest].sort(),
		);
		assert.equal(requestsTo(reqs1, '/open/v1/ai_creation/task/submit').length, 0, 'no submit');
		log(`version 1: listed and got ${got1.length} tasks`);
	},
};
