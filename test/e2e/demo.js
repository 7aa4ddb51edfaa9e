#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: build and pack the package, start the Chanjing simulator and a local n8n with
 * the package installed, a credential "Chanjing account (local simulator)" and the example
 * workflows of examples/ imported. Runs until Ctrl-C, then stops everything and removes its
 * temporary folders.
 *
 *   npm run demo                       # n8n 1.123.81 on Node 20; n8n 2.41.1 on Node 22 or newer
 *   npm run demo -- --major 2          # n8n 2.41.1 (on a Node 24 downloaded into the cache)
 *   npm run demo -- --port 5679 --tgz n8n-nodes-chanjing-0.1.0.tgz
 *
 * Output of the build and of the n8n install goes to a log file; the terminal gets one line per
 * step with its elapsed time. DEMO_AUTH=accessToken makes the credential use the static token.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { N8N, chooseMajor, formatSeconds } = require('./demo-plan');
const {
	EXAMPLES_DIR,
	EXAMPLE_CREDENTIAL_ID,
	exampleCredential,
	exampleFiles,
	exampleForDemo,
} = require('./examples');
const { N8nInstance, OWNER } = require('./n8n-instance');

const HERE = __dirname;
const REPO = path.resolve(HERE, '..', '..');
const CACHE =
	process.env.N8N_E2E_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-chanjing-e2e');
const LOG_FILE = path.join(CACHE, 'demo.log');
/** Simulated render time: long enough to watch a task go from queued to done. */
const RENDER_MS = 15000;
/** The example MCP server workflow (see README: AI agent or MCP client), its bearer token. */
const MCP_WORKFLOW = path.join(HERE, 'workflows', 'mcp-server-chanjing-tools.json');
const MCP_DEMO_TOKEN = 'demo-mcp-token';
/** Workflows of test/e2e/workflows the README points users to; imported beside the examples. */
const EXTRA_WORKFLOWS = [
	MCP_WORKFLOW,
	path.join(HERE, 'workflows', 'form-image-first-frame.json'),
	path.join(HERE, 'workflows', 'download-two-frames-wait.json'),
];

/** A workflow file with its Chanjing nodes on the demo's credential. */
function onDemoCredential(file) {
	const wf = JSON.parse(fs.readFileSync(file, 'utf8'));
	for (const node of wf.nodes) {
		if (node.credentials && node.credentials.chanjingApi) {
			node.credentials.chanjingApi = { id: EXAMPLE_CREDENTIAL_ID, name: 'Chanjing account' };
		}
	}
	return wf;
}

function arg(name) {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

class DemoError extends Error {}

const t0 = Date.now();
const since = (t) => formatSeconds((Date.now() - t) / 1000);
const say = (s = '') => process.stdout.write(`${s}\n`);
let logFd;
const logLine = (s) => fs.writeSync(logFd, `[${new Date().toISOString()}] ${s}\n`);

/** Runs `fn` as a named step: one line when it ends, a reminder every 30 s while it runs. */
async function step(label, fn, { hint } = {}) {
	const start = Date.now();
	logLine(`step: ${label}`);
	const timer = setInterval(() => {
		const now = typeof hint === 'function' ? hint() : hint;
		say(`  … ${label}: ${since(start)} so far${now ? ` (${now})` : ''}`);
	}, 30000);
	try {
		const result = await fn();
		say(`  ✓ ${label} (${since(start)})`);
		return result;
	} catch (e) {
		say(`  ✗ ${label} (${since(start)})`);
		throw e;
	} finally {
		clearInterval(timer);
	}
}

/** Everything started, to stop on Ctrl-C, on an error or at the end. */
const running = { children: new Set(), inst: null, sim: null, tempRoot: null };

/** Runs a command with its output in the log file; rejects with `what` if it fails. */
function run(cmd, args, what, opts = {}) {
	return new Promise((resolve, reject) => {
		logLine(`$ ${cmd} ${args.join(' ')}`);
		// Own process group, so that Ctrl-C cleanup can stop npm and its children as one.
		const child = spawn(cmd, args, {
			cwd: REPO,
			stdio: ['ignore', 'pipe', logFd],
			detached: true,
			...opts,
		});
		running.children.add(child);
		let out = '';
		child.stdout.on('data', (c) => {
			out += c;
			fs.writeSync(logFd, c);
		});
		child.once('error', reject);
		child.once('close', (code) => {
			running.children.delete(child);
			if (code === 0) resolve(out);
			else reject(new DemoError(`${what} failed (exit ${code})`));
		});
	});
}

/** What install-n8n.sh is doing now: its latest progress line in the log, shortened. */
function installStage() {
	const lines = fs.readFileSync(LOG_FILE, 'utf8').split('\n');
	const last = lines.reverse().find((l) => l.startsWith('[install-n8n '));
	return last ? last.replace(/^\[install-n8n \d\] /, '').replace(/ in \/\S+$/, '') : undefined;
}

function portIsFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

function freeGigabytes(dir) {
	try {
		const st = fs.statfsSync(dir);
		return (st.bavail * st.bsize) / 1e9;
	} catch {
		return Infinity;
	}
}

async function main() {
	const choice = chooseMajor({
		nodeVersion: process.version,
		platform: process.platform,
		arch: process.arch,
		requested: arg('major'),
	});
	if (choice.error) throw new DemoError(choice.error);
	const { major } = choice;
	const port = Number(arg('port') || 5678);
	const { version } = N8N[major];

	// One temporary folder for everything of this run (the package, the n8n user folder, what n8n
	// itself puts in the temp dir), removed as a whole when the demo stops.
	running.tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-chanjing-demo-'));
	process.env.TMPDIR = running.tempRoot;
	fs.mkdirSync(CACHE, { recursive: true });
	logFd = fs.openSync(LOG_FILE, 'w');
	say(`n8n-nodes-chanjing demo: n8n ${version} — ${choice.why}`);
	say(`  runs on ${N8N[major].node}; build and install output: ${LOG_FILE}`);
	if (!(await portIsFree(port))) {
		throw new DemoError(
			`port ${port} is in use on 127.0.0.1: npm run demo -- --port <another port>`,
		);
	}

	let tgz = arg('tgz') && path.resolve(arg('tgz'));
	if (!tgz) {
		const out = await step('build and pack the package', () =>
			run('bash', [path.join(HERE, 'pack.sh')], 'build and pack'),
		);
		tgz = out.trim().split('\n').pop();
	}

	const cached = fs.existsSync(path.join(CACHE, `n8n-${version}`, '.e2e-installed'));
	if (!cached) {
		const gb = freeGigabytes(CACHE);
		say(
			`  n8n ${version} is not installed yet: the first run installs it into ${CACHE} ` +
				`(${major === 2 ? '3.1 GB with its Node 24, up to 4.4 GB of memory' : '1.8 GB'}; several minutes; needs make, g++ and python3).`,
		);
		if (gb < 5)
			say(`  ! only ${gb.toFixed(1)} GB free there; the demo and the e2e suite need about 5 GB.`);
	}
	await step(
		cached ? `n8n ${version} (installed)` : `install n8n ${version}`,
		() =>
			run('bash', [path.join(HERE, 'install-n8n.sh'), String(major)], `installing n8n ${version}`, {
				cwd: os.tmpdir(),
			}),
		{ hint: cached ? undefined : installStage },
	);

	const sim = await step('start the Chanjing simulator', async () => {
		const { startSimulator } = require(path.join(REPO, 'test', 'simulator'));
		running.sim = await startSimulator({ port: 0, renderMs: RENDER_MS });
		return running.sim;
	});

	const inst = await step(
		`n8n user folder with the package, the credential, ${exampleFiles().length} examples and 3 more workflows`,
		async () => {
			running.inst = await N8nInstance.create({ major, keep: false, installStderr: logFd });
			running.inst.installPackage(tgz);
			const credential = exampleCredential(sim);
			if (process.env.DEMO_AUTH === 'accessToken') {
				credential.data = {
					authentication: 'accessToken',
					accessToken: 'sim-static-token',
					baseUrl: sim.url,
				};
			}
			await running.inst.importCredentials([
				credential,
				{
					id: 'e2eMcpBearer',
					name: 'MCP clients (bearer token)',
					type: 'httpBearerAuth',
					data: { token: MCP_DEMO_TOKEN },
				},
			]);
			// One n8n CLI start for all workflows: the examples and the MCP example in one folder.
			const workflowDir = path.join(running.tempRoot, 'workflows');
			fs.mkdirSync(workflowDir);
			for (const file of exampleFiles()) {
				const text = fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
				fs.writeFileSync(path.join(workflowDir, file), exampleForDemo(text, sim.url));
			}
			for (const file of EXTRA_WORKFLOWS)
				fs.writeFileSync(
					path.join(workflowDir, path.basename(file)),
					JSON.stringify(onDemoCredential(file)),
				);
			await running.inst.cli(['import:workflow', '--separate', `--input=${workflowDir}`]);
			return running.inst;
		},
	);

	await step(`start n8n on http://127.0.0.1:${port}`, async () => {
		await inst.start({ port, timeoutMs: 180000 });
		await inst.setupOwnerAndLogin();
		await inst.activateWorkflow(onDemoCredential(MCP_WORKFLOW).id);
	});

	say('');
	say(`Ready in ${since(t0)}. Chanjing simulator: ${sim.url}`);
	say('');
	say(`  Open     ${inst.baseUrl}/`);
	say(`  Log in   ${OWNER.email} / ${OWNER.password}`);
	say('  Try      Overview → "Chanjing example 1: text to video" → Execute workflow');
	say('           Each example has a note: how to run it, what to expect.');
	say('  Example 5 (callback) starts from a webhook: activate it in n8n, then');
	say(`           curl -X POST ${inst.baseUrl}/webhook/chanjing-example-callback \\`);
	say(
		`             -H 'content-type: application/json' -d '{"prompt": "A paper boat on a rainy street"}'`,
	);
	say(
		`  MCP      ${inst.baseUrl}/mcp/chanjing-video (active; header Authorization: Bearer ${MCP_DEMO_TOKEN})`,
	);
	say(
		`           node test/e2e/mcp-client.js ${inst.baseUrl}/mcp/chanjing-video --token ${MCP_DEMO_TOKEN}`,
	);
	say(`  n8n log  ${inst.serverLogFile}`);
	say('');
	say('Ctrl-C stops n8n and the simulator and removes the temporary folders.');
}

let stopping = false;
async function stopAll(exitCode) {
	if (stopping) return;
	stopping = true;
	for (const child of running.children) {
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
	}
	if (running.inst) await running.inst.dispose().catch(() => {});
	if (running.sim) await running.sim.close().catch(() => {});
	if (running.tempRoot) fs.rmSync(running.tempRoot, { recursive: true, force: true });
	if (logFd !== undefined) logLine(`stopped (exit ${exitCode})`);
	process.exit(exitCode);
}

// n8n-instance.js ends the process on these signals at once; the demo cleans up first.
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.removeAllListeners(signal);
	process.on(signal, () => {
		if (stopping) process.exit(130);
		say('\nstopping n8n and the simulator, removing temporary folders…');
		stopAll(0);
	});
}

main().catch((e) => {
	const message = e instanceof DemoError ? e.message : String((e && e.message) || e).split('\n')[0];
	if (logFd !== undefined) logLine(`error: ${(e && e.stack) || e}`);
	say(`\nThe demo could not start: ${message}`);
	if (logFd !== undefined) say(`Details: ${LOG_FILE}`);
	stopAll(1);
});
