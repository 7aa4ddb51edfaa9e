'use strict';
/**
 * The two workflows the submit-overhead benchmark compares: Webhook → Split Out (one item per
 * prompt of the request body) → the node under test, which submits one text-to-video task per
 * item to the simulator:
 * - `chanjing`: the Chanjing node, Generate (Hailuo 02), text to video, no waiting;
 * - `httpRequest`: n8n's HTTP Request node POSTing the same JSON body with the same
 *   `access_token` header (a fixed header), its body written the way n8n's editor writes a JSON
 *   body with one expression in it: the baseline;
 * - `httpRequestCredential`: the same HTTP Request node, but the header comes from the Chanjing
 *   credential (Authentication: Predefined Credential Type), as for the Chanjing node: n8n then
 *   loads the credential and evaluates its `authenticate` header for every request. It shows
 *   what part of the difference is n8n's credential handling rather than the node.
 * All take the prompt from the item with one expression of the user's.
 */
const crypto = require('node:crypto');

const { STATIC_TOKEN } = require('../e2e/fixtures');

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const PROMPT_EXPRESSION = '={{ $json.prompt }}';
const HTTP_JSON_BODY =
	'={ "ref_prompt": {{ JSON.stringify($json.prompt) }}, "creation_type": 4, "model_code": "MiniMax-Hailuo-02", "clarity": 720, "video_duration": 6 }';

const CREDENTIAL = {
	chanjingApi: { id: 'e2eChanjingStatic', name: 'Chanjing simulator (static token)' },
};
const httpRequestNode = (simUrl, parameters) => ({
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	parameters: {
		method: 'POST',
		url: `${simUrl}${SUBMIT_PATH}`,
		...parameters,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: HTTP_JSON_BODY,
		options: {},
	},
});

const VARIANTS = {
	chanjing: {
		label: 'Chanjing Generate',
		node: () => ({
			type: 'n8n-nodes-chanjing.chanjing',
			typeVersion: 1,
			parameters: {
				resource: 'video',
				operation: 'generate',
				mode: 'textToVideo',
				prompt: PROMPT_EXPRESSION,
				clarity: 720,
				duration: 6,
			},
			credentials: CREDENTIAL,
		}),
	},
	httpRequest: {
		label: 'HTTP Request',
		node: (simUrl) =>
			httpRequestNode(simUrl, {
				sendHeaders: true,
				headerParameters: { parameters: [{ name: 'access_token', value: STATIC_TOKEN }] },
			}),
	},
	httpRequestCredential: {
		label: 'HTTP Request + credential',
		node: (simUrl) => ({
			...httpRequestNode(simUrl, {
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'chanjingApi',
			}),
			credentials: CREDENTIAL,
		}),
	},
};

const hash = (key) => crypto.createHash('md5').update(key).digest('hex');

/** A 16-character workflow id from a short key such as `chanjing-n10`. */
const workflowId = (key) => `bench${hash(key).slice(0, 11)}`;

/** Its webhook answers at `/webhook/<webhookPath(key)>`. */
const webhookPath = (key) => `bench-submit-${key}`;

/**
 * @param {{key: string, variant: keyof VARIANTS, nodeName: string, simUrl: string}} o
 * `nodeName` names the node under test; expressions are counted by node name.
 */
function submitWorkflow({ key, variant, nodeName, simUrl }) {
	const id = workflowId(key);
	const hex = hash(key);
	const uuid = (n) =>
		`${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 28)}000${n}`;
	return {
		id,
		name: `Benchmark: submit overhead (${key})`,
		active: false,
		nodes: [
			{
				id: uuid(1),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: uuid(9),
				parameters: {
					httpMethod: 'POST',
					path: webhookPath(key),
					responseMode: 'lastNode',
					responseData: 'noData',
					options: {},
				},
			},
			{
				id: uuid(2),
				name: 'One Item per Prompt',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
			},
			{ id: uuid(3), name: nodeName, position: [440, 0], ...VARIANTS[variant].node(simUrl) },
		],
		connections: {
			Webhook: { main: [[{ node: 'One Item per Prompt', type: 'main', index: 0 }]] },
			'One Item per Prompt': { main: [[{ node: nodeName, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The webhook request body that makes `n` items. */
const itemsBody = (n) => ({
	items: Array.from({ length: n }, (_, i) => ({ prompt: `benchmark video ${i + 1}` })),
});

module.exports = { VARIANTS, SUBMIT_PATH, submitWorkflow, webhookPath, itemsBody };
