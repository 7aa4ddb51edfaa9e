'use strict';
/**
 * Workflows of the fault scenarios (30–39), built in code: Manual trigger → "Rows" (one item
 * per row) → the Chanjing node "Generate video" (or Get) → optional downstream Set nodes on its
 * outputs that read the input row through `$('Rows').item`, to prove pairing.
 */
const { staticTokenCredential } = require('./fixtures');

let nodeIds = 0;
function nodeId(prefix) {
	nodeIds += 1;
	return `${prefix}-0000-4000-8000-${String(nodeIds).padStart(12, '0')}`;
}

/** A Set node that writes `prompt` (from the paired row) and `branch`. */
function tagNode(name, branch, position) {
	return {
		id: nodeId('c0c0c0c0'),
		name,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		position,
		parameters: {
			mode: 'manual',
			includeOtherFields: true,
			assignments: {
				assignments: [
					{
						id: 'a1',
						name: 'rowPrompt',
						value: "={{ $('Rows').item.json.prompt }}",
						type: 'string',
					},
					{ id: 'a2', name: 'branch', value: branch, type: 'string' },
				],
			},
			options: {},
		},
	};
}

/**
 * @param {object} o
 * @param {string} o.id fixed workflow id
 * @param {object[]} o.rows the input items
 * @param {object} o.parameters the Chanjing node's parameters
 * @param {object} [o.settings] the Chanjing node's settings (onError, retryOnFail, maxTries, …)
 * @param {string} [o.credentialId]
 * @param {boolean} [o.tagOutputs] add "Tag ok" (and with the error output "Tag error")
 */
function faultWorkflow({ id, rows, parameters, settings = {}, credentialId, tagOutputs = false }) {
	const cred = credentialId
		? { id: credentialId, name: credentialId }
		: { id: 'e2eChanjingStatic', name: 'Chanjing simulator (static token)' };
	const nodes = [
		{
			id: nodeId('a0a0a0a0'),
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: nodeId('a0a0a0a0'),
			name: 'Rows',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [200, 0],
			parameters: { jsCode: `return ${JSON.stringify(rows)}.map((json) => ({ json }));` },
		},
		{
			id: nodeId('a0a0a0a0'),
			name: 'Generate video',
			type: 'n8n-nodes-chanjing.chanjing',
			typeVersion: 1,
			position: [400, 0],
			...settings,
			parameters,
			credentials: { chanjingApi: cred },
		},
	];
	const connections = {
		Start: { main: [[{ node: 'Rows', type: 'main', index: 0 }]] },
		Rows: { main: [[{ node: 'Generate video', type: 'main', index: 0 }]] },
	};
	if (tagOutputs) {
		nodes.push(tagNode('Tag ok', 'ok', [600, -100]));
		const outputs = [[{ node: 'Tag ok', type: 'main', index: 0 }]];
		if (settings.onError === 'continueErrorOutput') {
			nodes.push(tagNode('Tag error', 'error', [600, 100]));
			outputs.push([{ node: 'Tag error', type: 'main', index: 0 }]);
		}
		connections['Generate video'] = { main: outputs };
	}
	return {
		id,
		name: `Chanjing e2e faults: ${id}`,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Imports the static-token credential and the workflow. */
async function importAll(inst, sim, workflow, extraCredentials = []) {
	await inst.importCredentials([staticTokenCredential(sim), ...extraCredentials]);
	await inst.importWorkflow(workflow);
}

function generateParameters(extra = {}) {
	return {
		resource: 'video',
		operation: 'generate',
		mode: 'textToVideo',
		prompt: '={{ $json.prompt }}',
		...extra,
	};
}

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';

/** Junk a creation ID must never be. */
const JUNK_IDS = ['undefined', 'null', '', '[object Object]'];

module.exports = { faultWorkflow, importAll, generateParameters, SUBMIT_PATH, JUNK_IDS };
