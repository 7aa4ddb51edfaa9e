'use strict';
/**
 * The three Generate examples (one per mode) share one check: `n8n execute` the example, its
 * Chanjing node outputs one creation ID, and the simulator received exactly: the token request
 * with the light check request n8n sends when it saves a new token, then one submit whose body is
 * what the node's fields say.
 */
const { nodeOutput } = require('./n8n-instance');
const {
	UUID,
	chanjingNodes,
	executeExample,
	expectedSubmitBody,
	loadExample,
	requestsTo,
} = require('./examples');

function generateExampleScenario(prefix, name) {
	return {
		name,
		async run({ inst, sim, assert, apiRequests, time, log }) {
			const wf = loadExample(prefix);
			const [gen] = chanjingNodes(wf);
			assert.equal(gen.parameters.operation, 'generate');

			const res = await executeExample({ inst, sim, assert, time }, wf);

			const out = nodeOutput(res.output, gen.name);
			assert.equal(out.length, 1, `${gen.name} output: ${JSON.stringify(out)}`);
			assert.match(String(out[0].creationId), UUID, JSON.stringify(out[0]));
			assert.ok(out[0].traceId, `traceId: ${JSON.stringify(out[0])}`);

			const reqs = await apiRequests();
			assert.deepEqual(
				reqs.map((r) => `${r.method} ${r.path} ${r.code}`),
				[
					'POST /open/v1/access_token 0',
					'POST /open/v1/ai_creation/task/page 0',
					'POST /open/v1/ai_creation/task/submit 0',
				],
			);
			const [check] = requestsTo(reqs, '/open/v1/ai_creation/task/page');
			assert.deepEqual(
				check.body,
				{ type: 4, page: 1, page_size: 1 },
				'the token check lists one task',
			);
			const [tokenRequest] = requestsTo(reqs, '/open/v1/access_token');
			assert.deepEqual(tokenRequest.body, { app_id: 'sim-app-id', secret_key: 'sim-secret-key' });
			const [submit] = requestsTo(reqs, '/open/v1/ai_creation/task/submit');
			assert.deepEqual(submit.body, expectedSubmitBody(gen.parameters));
			assert.ok(submit.headers.access_token, 'access_token header');

			const tasks = await sim.tasks();
			assert.deepEqual(
				tasks.map((t) => t.unique_id),
				[out[0].creationId],
				'the creation ID is the task the simulator created',
			);
			log(`${gen.parameters.mode}: creationId ${out[0].creationId}`);
		},
	};
}

module.exports = { generateExampleScenario };
