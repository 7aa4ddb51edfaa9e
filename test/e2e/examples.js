'use strict';
/**
 * The example workflows written for users (`examples/*.json`), as `npm run demo` imports them and
 * the end-to-end scenarios 20–29 run them. They use the credential id `chanjingExample`.
 */
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');
const EXAMPLE_CREDENTIAL_ID = 'chanjingExample';
const CHANJING_NODE = 'n8n-nodes-chanjing.chanjing';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** File names of every example, in order. */
function exampleFiles() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
}

/** `[fileName, workflow]` of every example, in order. */
function loadAllExamples() {
	return exampleFiles().map((f) => [
		f,
		JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')),
	]);
}

/** The example whose file name starts with `prefix` (e.g. `01`). */
function loadExample(prefix) {
	const matches = exampleFiles().filter((f) => f.startsWith(prefix));
	if (matches.length !== 1) throw new Error(`examples/${prefix}*: ${matches.length} files match`);
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, matches[0]), 'utf8'));
}

/** The examples' credential, pointed at the simulator (App ID and Secret Key of its account). */
function exampleCredential(sim, { name = 'Chanjing account (local simulator)' } = {}) {
	return {
		id: EXAMPLE_CREDENTIAL_ID,
		name,
		type: 'chanjingApi',
		data: {
			authentication: 'appIdAndSecretKey',
			appId: 'sim-app-id',
			secretKey: 'sim-secret-key',
			baseUrl: sim.url,
		},
	};
}

/** The example's Chanjing nodes. */
function chanjingNodes(workflow) {
	return workflow.nodes.filter((n) => n.type === CHANJING_NODE);
}

/**
 * The submit body a Hailuo 02 Generate node's fields stand for (Send Frames As left at its
 * default). Version 1 has no Model field: its model is Hailuo 02.
 */
function expectedSubmitBody(parameters, prompt = parameters.prompt) {
	const body = {
		ref_prompt: prompt,
		creation_type: 4,
		model_code: parameters.model || 'MiniMax-Hailuo-02',
		clarity: parameters.clarity,
		video_duration: parameters.duration,
	};
	if (parameters.mode !== 'textToVideo') body.start_frame = parameters.firstFrameUrl;
	if (parameters.mode === 'firstAndLastFrameToVideo') body.end_frame = parameters.lastFrameUrl;
	return body;
}

/**
 * Imports the example and its credential, runs it with `n8n execute` and asserts it succeeded;
 * returns the execute result (`output` is n8n's run data).
 */
async function executeExample({ inst, sim, assert, time }, workflow) {
	await time('import', async () => {
		await inst.importCredentials([exampleCredential(sim)]);
		await inst.importWorkflow(workflow);
	});
	const res = await time('execute', () => inst.execute(workflow.id));
	const detail = `exit ${res.exitCode}\n--- stdout\n${res.stdout.slice(-3000)}\n--- stderr\n${res.stderr.slice(-3000)}`;
	assert.equal(res.exitCode, 0, `n8n execute failed: ${detail}`);
	assert.ok(res.output, `no JSON in execute output: ${detail}`);
	assert.equal(res.error, undefined, `run error: ${JSON.stringify(res.error)}`);
	return res;
}

/**
 * The links examples 13 and 14 download a user's own recording and video from (placeholders a
 * user replaces), and the simulator's stand-ins that `npm run demo` puts in their place.
 */
const DEMO_MEDIA = {
	'https://example.com/my-voice.wav': '/assets/samples/recording.wav',
	'https://example.com/me-speaking.mp4': '/assets/samples/presenter.mp4',
};

/** An example's JSON text as the demo imports it: the placeholder links point at the simulator. */
function exampleForDemo(text, simUrl) {
	return Object.entries(DEMO_MEDIA).reduce(
		(out, [placeholder, asset]) => out.split(placeholder).join(`${simUrl}${asset}`),
		text,
	);
}

/** Requests to `path` in the simulator's log. */
const requestsTo = (reqs, path) => reqs.filter((r) => r.path === path);

module.exports = {
	EXAMPLES_DIR,
	EXAMPLE_CREDENTIAL_ID,
	UUID,
	exampleFiles,
	loadAllExamples,
	loadExample,
	exampleCredential,
	chanjingNodes,
	expectedSubmitBody,
	executeExample,
	DEMO_MEDIA,
	exampleForDemo,
	requestsTo,
};
