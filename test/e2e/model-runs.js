'use strict';
/**
 * For the model scenarios (45–49): a saved workflow run with `n8n execute`, the items a node put
 * out (json and binary), the bytes of a binary item and their SHA-256, and the simulator's
 * requests by path.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { staticTokenCredential } = require('./fixtures');
const { runError } = require('./n8n-instance');

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const TASK_PATH = '/open/v1/ai_creation/task';
const LIST_PATH = '/open/v1/ai_creation/task/page';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Imports the static-token credential and the workflows. */
async function importWorkflows({ inst, sim, time }, ...workflows) {
	await time('import', async () => {
		await inst.importCredentials([staticTokenCredential(sim)]);
		for (const wf of workflows) await inst.importWorkflow(wf);
	});
}

/** `n8n execute` of a workflow that must succeed; the run as `execute` returns it. */
async function executeOk({ inst, assert, time }, wf, step = `execute ${wf.id}`) {
	const res = await time(step, () => inst.execute(wf.id));
	const detail = () =>
		`exit ${res.exitCode}\n--- stdout\n${res.stdout.slice(-3000)}\n--- stderr\n${res.stderr.slice(-3000)}`;
	assert.equal(res.exitCode, 0, `n8n execute failed: ${detail()}`);
	assert.ok(res.output, `no JSON in execute output: ${detail()}`);
	assert.equal(
		runError(res.output),
		undefined,
		`run error: ${JSON.stringify(runError(res.output))}`,
	);
	return res;
}

/** The items (`{json, binary}`) of output 0 of a node's last run. */
function nodeItems(output, name) {
	const root = output.data && output.data.resultData ? output.data : output;
	const runs = root.resultData.runData[name];
	if (!runs || !runs.length) return undefined;
	return runs[runs.length - 1].data.main[0];
}

/**
 * The bytes of a binary item: inline base64 (n8n 1.x's default mode), or n8n's file on disk
 * (filesystem mode, 2.x) while it is still there — `n8n execute` does not keep the execution, so
 * 2.x may already have removed it; then undefined.
 */
function binaryBytes(inst, binary) {
	if (!binary.id) return Buffer.from(binary.data, 'base64');
	const file = path.join(inst.dotN8n, 'binaryData', binary.id.slice(binary.id.indexOf(':') + 1));
	return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

const requestsTo = (reqs, p) => reqs.filter((r) => r.path === p);

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

module.exports = {
	LIST_PATH,
	PNG_SIGNATURE,
	SUBMIT_PATH,
	TASK_PATH,
	binaryBytes,
	executeOk,
	importWorkflows,
	nodeItems,
	requestsTo,
	sha256,
};
