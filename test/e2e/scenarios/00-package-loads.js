'use strict';
/**
 * The packed package loads in `n8n start` as a community package: after owner setup and login,
 * `GET /types/nodes.json` knows `n8n-nodes-chanjing.chanjing` and `/types/credentials.json` knows
 * `chanjingApi`.
 */
const NODE_TYPE = 'n8n-nodes-chanjing.chanjing';

module.exports = {
	name: 'package loads: node type n8n-nodes-chanjing.chanjing and credential chanjingApi known',
	async run({ inst, assert, time, log }) {
		await time('start', () => inst.start());
		await time('owner+login', () => inst.setupOwnerAndLogin());
		const nodes = await inst.nodeTypes();
		const names = nodes.map((n) => n.name);
		const ours = nodes.filter((n) => n.name.startsWith('n8n-nodes-chanjing.'));
		assert.ok(
			names.includes(NODE_TYPE),
			`${NODE_TYPE} not among ${nodes.length} node types; ours: ${JSON.stringify(ours.map((n) => n.name))}\n${inst.serverLog().slice(-3000)}`,
		);
		const node = ours.find((n) => n.name === NODE_TYPE);
		assert.deepEqual(
			node.credentials.map((c) => c.name),
			['chanjingApi'],
		);

		const creds = await inst.http('GET', '/types/credentials.json');
		assert.equal(creds.status, 200);
		assert.ok(
			creds.json.some((c) => c.name === 'chanjingApi'),
			'credential type chanjingApi not listed',
		);
		log(
			`node types of the package: ${ours.map((n) => n.name).join(', ')}; start healthy ${inst.timings.startHealthy} s, ready ${inst.timings.startReady} s`,
		);
	},
};
