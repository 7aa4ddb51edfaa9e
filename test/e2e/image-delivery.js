'use strict';
/**
 * For the issue-21 image scenarios (70–72): a saved version-2 workflow Manual trigger →
 * "Generate images" (Image → Generate, Seedream 4.0, Wait for Completion, Download Images into
 * binary `image`, On Short Delivery as given) → "Hash image" (n8n's Crypto node, SHA-256 of the
 * binary), and what the simulator logged for it.
 */
const { samplePng } = require('../simulator');
const { SUBMIT_PATH, TASK_PATH, LIST_PATH, sha256 } = require('./model-runs');

const GENERATE = 'Generate images';
const HASH = 'Hash image';
const CREDENTIAL = { id: 'e2eChanjingStatic', name: 'Chanjing simulator (static token)' };

/**
 * @param {object} o
 * @param {string} o.id fixed workflow id
 * @param {string} o.prompt
 * @param {'error'|'returnDelivered'} [o.onShortDelivery] left out = the field's default (Error)
 * @param {number} [o.numberOfImages]
 */
function imageWorkflow({ id, prompt, onShortDelivery, numberOfImages = 4 }) {
	const uuid = (n) => `${id.slice(-2).padStart(2, '0')}b00000-0000-4000-8000-00000000000${n}`;
	return {
		id,
		name: `Chanjing e2e images: ${id}`,
		active: false,
		nodes: [
			{
				id: uuid(1),
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: uuid(2),
				name: GENERATE,
				type: 'n8n-nodes-chanjing.chanjing',
				typeVersion: 2,
				position: [220, 0],
				parameters: {
					resource: 'image',
					operation: 'generate',
					model: 'doubao-seedream-4.0',
					imagePrompt: prompt,
					numberOfImages,
					waitForCompletion: true,
					maxWaitMinutes: 2,
					pollIntervalSeconds: 5,
					downloadImages: true,
					binaryPropertyName: 'image',
					...(onShortDelivery ? { onShortDelivery } : {}),
				},
				credentials: { chanjingApi: CREDENTIAL },
			},
			{
				id: uuid(3),
				name: HASH,
				type: 'n8n-nodes-base.crypto',
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					action: 'hash',
					type: 'SHA256',
					binaryData: true,
					binaryPropertyName: 'image',
					dataPropertyName: 'sha256',
					encoding: 'hex',
				},
			},
		],
		connections: {
			Start: { main: [[{ node: GENERATE, type: 'main', index: 0 }]] },
			[GENERATE]: { main: [[{ node: HASH, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** What the simulator's log holds since `fromSeq`: submits, status checks, list lookups, image downloads. */
function logSince(requests, fromSeq = 0) {
	const since = requests.filter((r) => r.seq > fromSeq);
	return {
		submits: since.filter((r) => r.path === SUBMIT_PATH),
		checks: since.filter((r) => r.path === TASK_PATH),
		lookups: since.filter((r) => r.path === LIST_PATH),
		downloads: since.filter((r) => r.path.startsWith('/files/')),
		lastSeq: requests.reduce((max, r) => Math.max(max, r.seq), fromSeq),
	};
}

/** The SHA-256 of image n (1-based) of every image task, as the simulator serves it (`png.js`). */
const imageHash = (n) => sha256(samplePng(n));

module.exports = { GENERATE, HASH, SUBMIT_PATH, imageHash, imageWorkflow, logSince };
