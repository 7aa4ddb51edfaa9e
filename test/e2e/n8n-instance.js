'use strict';
/**
 * One real n8n (1.x on Node 20 or 2.x on Node 24) with a fresh user folder, driven through its
 * CLI (`import:*`, `execute`, `export:credentials`) and, after `start()`, through its HTTP server
 * (owner setup, login, activation, webhooks, executions). Everything listens on 127.0.0.1.
 *
 *   const inst = await N8nInstance.create({ major: 2 });
 *   inst.installPackage(tgz);
 *   inst.importCredentials([{ id, name, type: 'chanjingApi', data: {...} }]);
 *   inst.importWorkflow(workflowJson);
 *   const { exitCode, output } = inst.execute(workflowJson.id);
 *   await inst.dispose();
 */
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const VERSIONS = { 1: '1.123.81', 2: '2.41.1' };
const PACKAGE_NAME = 'n8n-nodes-chanjing';
const ENCRYPTION_KEY = 'n8n-nodes-chanjing-e2e-fixed-encryption-key';
const OWNER = {
	email: 'owner@e2e.test',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-Owner-Passw0rd',
};
/** n8n binds the auth cookie to a browser id that each REST call must send again. */
const BROWSER_ID = 'n8n-nodes-chanjing-e2e-browser';

/**
 * Runs install-n8n.sh (a no-op when cached) and returns {n8nDir, nodeBin, seconds}. Its progress
 * (stderr) goes to `stderr`: 'inherit' (default), 'ignore' or a file descriptor.
 */
function ensureInstalled(major, { stderr = 'inherit' } = {}) {
	const t0 = Date.now();
	const script = path.join(__dirname, 'install-n8n.sh');
	const res = spawnSync('bash', [script, String(major)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', stderr],
		cwd: os.tmpdir(),
	});
	if (res.status !== 0) throw new Error(`install-n8n.sh ${major} failed (exit ${res.status})`);
	const kv = Object.fromEntries(
		res.stdout
			.split('\n')
			.filter((l) => /^N8N_[A-Z]+=/.test(l))
			.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
	);
	return { n8nDir: kv.N8N_DIR, nodeBin: kv.N8N_NODE, seconds: (Date.now() - t0) / 1000 };
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** n8n processes this module started; killed (by PID) if the runner exits without stopping them. */
const live = new Set();
process.once('exit', () => {
	for (const child of live) {
		try {
			child.kill('SIGKILL');
		} catch {
			/* gone */
		}
	}
});
for (const sig of ['SIGINT', 'SIGTERM']) {
	process.once(sig, () => process.exit(130));
}
function track(child) {
	live.add(child);
	child.once('exit', () => live.delete(child));
	return child;
}

/**
 * `n8n execute --rawOutput` prints the run data as JSON. On 1.x it is all of stdout; on 2.x log
 * lines come first, so take from the first line that is exactly `{` (and, to be robust, try any
 * later such line if that one does not parse).
 */
function parseExecuteOutput(stdout) {
	const text = stdout.trim();
	if (text.startsWith('{') || text.startsWith('[')) {
		try {
			return JSON.parse(text);
		} catch {
			/* fall through */
		}
	}
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].trimEnd() !== '{') continue;
		// Trailing log lines after the JSON (an error's stack may hold a line that starts with
		// `}`): cut at a line that is exactly `}`, the last one first.
		const candidates = [lines.slice(i).join('\n')];
		for (let j = lines.length - 1; j > i; j--) {
			if (lines[j].trimEnd() === '}') candidates.push(lines.slice(i, j + 1).join('\n'));
		}
		for (const c of candidates) {
			try {
				return JSON.parse(c);
			} catch {
				/* try next */
			}
		}
	}
	return undefined;
}

class N8nInstance {
	/**
	 * @param {{major: 1|2, keep?: boolean, log?: (s: string) => void, installStderr?: 'inherit'|'ignore'|number}} opts
	 */
	static async create(opts) {
		const inst = new N8nInstance(opts);
		await inst.init();
		return inst;
	}

	/**
	 * `env`: settings every process of this instance gets (e.g. the database and queue of a
	 * queue-mode cluster); `name` labels its folder and logs.
	 */
	constructor({
		major,
		keep = !!process.env.E2E_KEEP,
		log = (s) => process.stderr.write(`${s}\n`),
		installStderr = 'inherit',
		env = {},
		name = '',
	}) {
		if (!VERSIONS[major]) throw new Error(`unknown n8n major ${major}`);
		this.major = Number(major);
		this.version = VERSIONS[major];
		this.keep = keep;
		this.log = log;
		this.server = null;
		this.cookie = null;
		this.timings = {};
		this.installStderr = installStderr;
		this.extraEnv = env;
		this.name = name;
	}

	async init() {
		const inst = ensureInstalled(this.major, { stderr: this.installStderr });
		this.n8nDir = inst.n8nDir;
		this.nodeBin = inst.nodeBin;
		this.timings.ensureInstalled = inst.seconds;
		this.n8nBin = path.join(this.n8nDir, 'node_modules', 'n8n', 'bin', 'n8n');
		this.userFolder = fs.mkdtempSync(
			path.join(os.tmpdir(), `n8n-e2e-${this.major}-${this.name ? `${this.name}-` : ''}`),
		);
		this.dotN8n = path.join(this.userFolder, '.n8n');
		this.workDir = path.join(this.userFolder, 'e2e-files');
		fs.mkdirSync(this.dotN8n, { recursive: true });
		fs.mkdirSync(this.workDir, { recursive: true });
	}

	/** A module from the n8n installation (e.g. `flatted`), without adding it to the package. */
	requireFromN8n(id) {
		const from = path.join(this.n8nDir, 'node_modules', 'n8n', 'package.json');
		return require(require.resolve(id, { paths: [path.dirname(from), this.n8nDir] }));
	}

	/** Environment for every n8n process; `extra` wins. */
	env(extra = {}) {
		const env = {
			...process.env,
			PATH: `${path.dirname(this.nodeBin)}:${process.env.PATH}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			DB_TYPE: 'sqlite',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			N8N_HIDE_USAGE_PAGE: 'true',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			// Nothing may leave the machine.
			N8N_PUBLIC_API_DISABLED: 'true',
			EXTERNAL_FRONTEND_HOOKS_URLS: '',
			N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
			...this.extraEnv,
			...extra,
		};
		// Settings of the calling shell that would change what n8n does.
		delete env.N8N_CUSTOM_EXTENSIONS;
		delete env.npm_config_nodedir;
		if (this.major === 1) env.N8N_EXPRESSION_ENGINE = 'legacy';
		return env;
	}

	/**
	 * Runs an n8n CLI command to its end. Asynchronous on purpose: the simulator usually runs in
	 * this same process, and a spawnSync would block it while n8n waits for its answers.
	 * A fresh runner-broker port per process (2.x always starts task runners).
	 */
	async cli(args, { allowFail = false, timeoutMs = 180000, env = {}, sampleMemory = false } = {}) {
		const extra = { N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...env };
		const t0 = Date.now();
		const child = track(
			spawn(this.nodeBin, [this.n8nBin, ...args], {
				env: this.env(extra),
				cwd: this.workDir,
				stdio: ['ignore', 'pipe', 'pipe'],
			}),
		);
		const out = [];
		const err = [];
		child.stdout.on('data', (c) => out.push(c));
		child.stderr.on('data', (c) => err.push(c));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		// Peak resident memory of the n8n process (Linux /proc), sampled every 20 ms.
		let peakRssBytes = 0;
		const sampler = sampleMemory
			? setInterval(() => {
					try {
						const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
						const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
						peakRssBytes = Math.max(peakRssBytes, kb * 1024);
					} catch {
						// the process has ended
					}
				}, 20)
			: undefined;
		const exitCode = await new Promise((resolve, reject) => {
			child.once('error', reject);
			child.once('close', (code, signal) => resolve(code === null ? `signal ${signal}` : code));
		});
		clearTimeout(timer);
		if (sampler) clearInterval(sampler);
		const stdout = Buffer.concat(out).toString('utf8');
		const stderr = Buffer.concat(err).toString('utf8');
		const seconds = (Date.now() - t0) / 1000;
		if (timedOut)
			throw new Error(
				`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n--- stdout\n${stdout.slice(-3000)}\n--- stderr\n${stderr.slice(-3000)}`,
			);
		if (exitCode !== 0 && !allowFail) {
			throw new Error(
				`n8n ${args.join(' ')} exited ${exitCode}\n--- stdout\n${stdout.slice(-3000)}\n--- stderr\n${stderr.slice(-3000)}`,
			);
		}
		return { exitCode, stdout, stderr, seconds, peakRssBytes };
	}

	/**
	 * Loads the packed package the way n8n's community-package install leaves it on disk:
	 * `.n8n/nodes/package.json` listing the dependency and the package unpacked in
	 * `.n8n/nodes/node_modules/n8n-nodes-chanjing`.
	 */
	installPackage(tgzPath) {
		const t0 = Date.now();
		const nodesDir = path.join(this.dotN8n, 'nodes');
		const dest = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
		fs.rmSync(dest, { recursive: true, force: true });
		fs.mkdirSync(dest, { recursive: true });
		execFileSync('tar', ['-xzf', tgzPath, '-C', dest, '--strip-components=1']);
		const pkg = JSON.parse(fs.readFileSync(path.join(dest, 'package.json'), 'utf8'));
		if (pkg.name !== PACKAGE_NAME)
			throw new Error(`tarball holds ${pkg.name}, not ${PACKAGE_NAME}`);
		const deps = Object.keys(pkg.dependencies || {});
		if (deps.length) {
			// Not the case today; a community install would `npm install` them into the package.
			throw new Error(
				`the package has runtime dependencies (${deps.join(', ')}); the harness does not install them yet`,
			);
		}
		const nodesPkgPath = path.join(nodesDir, 'package.json');
		const nodesPkg = fs.existsSync(nodesPkgPath)
			? JSON.parse(fs.readFileSync(nodesPkgPath, 'utf8'))
			: { name: 'installed-nodes', private: true, dependencies: {} };
		nodesPkg.dependencies = { ...(nodesPkg.dependencies || {}), [PACKAGE_NAME]: pkg.version };
		fs.writeFileSync(nodesPkgPath, `${JSON.stringify(nodesPkg, null, 2)}\n`);
		this.packageVersion = pkg.version;
		this.timings.installPackage = (Date.now() - t0) / 1000;
		return dest;
	}

	writeJson(name, value) {
		const file = path.join(this.workDir, `${name}-${crypto.randomBytes(4).toString('hex')}.json`);
		fs.writeFileSync(file, JSON.stringify(value, null, 2));
		return file;
	}

	/** `[{id, name, type, data: {...plain}}]`; n8n encrypts the data on import. */
	async importCredentials(credentials) {
		const file = this.writeJson('credentials', credentials);
		return this.cli(['import:credentials', `--input=${file}`]);
	}

	/** One workflow object (with a fixed `id`). */
	async importWorkflow(workflow) {
		if (!workflow.id) throw new Error('importWorkflow needs a workflow with a fixed id');
		const file = this.writeJson('workflow', workflow);
		return this.cli(['import:workflow', `--input=${file}`]);
	}

	/**
	 * `n8n execute --id <id> --rawOutput` → {exitCode, output, error, stdout, stderr, seconds}
	 * (+ exitSignal when n8n crashed after printing the run).
	 * `output` is the parsed run (`{data: {resultData: {runData, error?, lastNodeExecuted}}, status, ...}`)
	 * also on failure (exit 1: stdout is `Execution was NOT successful…====`, the JSON, then
	 * `Execution error:` and a stack); `error` is `output.data.resultData.error`.
	 */
	async execute(id, { env = {}, sampleMemory = false } = {}) {
		const res = await this.cli(['execute', `--id=${id}`, '--rawOutput'], {
			allowFail: true,
			env,
			sampleMemory,
		});
		const output = parseExecuteOutput(res.stdout);
		const error = runError(output);
		// n8n 2.41.1 on Node 24 ended once by SIGSEGV (CI, load average 10) after printing a whole
		// run: its shutdown crashed, not the run. Such a run is judged by the status it printed;
		// the signal is kept as `exitSignal`.
		if (typeof res.exitCode === 'string' && output && typeof output.status === 'string') {
			const exitCode = output.status === 'success' && !error ? 0 : 1;
			return { ...res, exitCode, exitSignal: res.exitCode, output, error };
		}
		return { ...res, output, error };
	}

	/** Decrypted credentials as n8n stores them (`export:credentials --all --decrypted`). */
	async exportCredentials() {
		const file = path.join(this.workDir, `export-${crypto.randomBytes(4).toString('hex')}.json`);
		await this.cli(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	}

	/** Node types n8n wrote for the editor (present after `n8n start` has run once). */
	cachedNodeTypes() {
		const dir = path.join(this.userFolder, '.cache', 'n8n', 'public', 'types');
		const file = path.join(dir, 'nodes.json');
		if (!fs.existsSync(file)) return undefined;
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	}

	// ---- the server ------------------------------------------------------------------------

	get baseUrl() {
		return `http://127.0.0.1:${this.port}`;
	}

	/**
	 * `n8n start` (or `command`: `worker`, `webhook`, with `args` such as `--concurrency=20`)
	 * on 127.0.0.1 with a free port; resolves when /healthz/readiness answers 200 (and, for
	 * `start`, the REST routes exist). A worker serves its health check on that port.
	 * The default bound is sized for a loaded machine: ready took 5–31 s with both majors side by
	 * side at load average 6–12 (2.x the slower); at load 20–24 n8n's steps took two to three
	 * times as long, which brings the former 90 s within reach. The wait ends once n8n is ready.
	 */
	async start({ timeoutMs = 240000, env = {}, port, command = 'start', args = [] } = {}) {
		if (this.server) throw new Error('already started');
		this.port = port || (await freePort());
		this.command = command;
		const extra = {
			N8N_PORT: String(this.port),
			...(command === 'worker'
				? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(this.port) }
				: {}),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			WEBHOOK_URL: `${this.baseUrl}/`,
			N8N_EDITOR_BASE_URL: `${this.baseUrl}/`,
			// 2.x: apply workflow publications quickly (default poll 15 s); unknown to 1.x.
			N8N_WORKFLOW_PUBLICATION_OUTBOX_POLL_INTERVAL_MS: '500',
			...env,
		};
		const t0 = Date.now();
		this.serverLogFile = path.join(this.workDir, `n8n-${command}.log`);
		const logFd = fs.openSync(this.serverLogFile, 'a');
		this.server = track(
			spawn(this.nodeBin, [this.n8nBin, command, ...args], {
				env: this.env(extra),
				cwd: this.workDir,
				stdio: ['ignore', logFd, logFd],
			}),
		);
		fs.closeSync(logFd);
		let exited = null;
		this.server.once('exit', (code, signal) => {
			exited = { code, signal };
		});
		let healthyAt = null;
		while (Date.now() - t0 < timeoutMs) {
			if (exited) {
				this.server = null;
				throw new Error(
					`n8n ${command} exited early (${JSON.stringify(exited)}):\n${this.serverLog().slice(-4000)}`,
				);
			}
			if (!healthyAt && (await this.probe('/healthz'))) healthyAt = Date.now();
			// /healthz/readiness answers 200 some seconds before the REST routes exist (1.x: ~4 s
			// of 404 on /rest/owner/setup), so wait for /rest/settings too.
			if (
				healthyAt &&
				(await this.probe('/healthz/readiness')) &&
				(command !== 'start' || (await this.probe('/rest/settings')))
			) {
				this.timings.startHealthy = (healthyAt - t0) / 1000;
				this.timings.startReady = (Date.now() - t0) / 1000;
				return;
			}
			await sleep(250);
		}
		throw new Error(
			`n8n ${command} not ready after ${timeoutMs} ms:\n${this.serverLog().slice(-4000)}`,
		);
	}

	serverLog() {
		return this.serverLogFile && fs.existsSync(this.serverLogFile)
			? fs.readFileSync(this.serverLogFile, 'utf8')
			: '';
	}

	/** The server's PID (to tell processes apart in reports). */
	get pid() {
		return this.server && this.server.pid;
	}

	/** Ends the server at once with `signal` (SIGKILL: no shutdown, as a crash); resolves on exit. */
	async kill(signal = 'SIGKILL') {
		const proc = this.server;
		if (!proc) return;
		this.server = null;
		if (proc.exitCode !== null || proc.signalCode !== null) return;
		const done = new Promise((r) => proc.once('exit', r));
		proc.kill(signal);
		await done;
	}

	async probe(p) {
		try {
			const r = await fetch(this.baseUrl + p, { signal: AbortSignal.timeout(2000) });
			return r.status === 200;
		} catch {
			return false;
		}
	}

	/** SIGTERM to the server's PID and wait for it to end (SIGKILL after 20 s). */
	async stop() {
		const proc = this.server;
		if (!proc) return;
		this.server = null;
		this.cookie = null;
		if (proc.exitCode !== null || proc.signalCode !== null) return;
		const done = new Promise((r) => proc.once('exit', r));
		proc.kill('SIGTERM');
		const t = setTimeout(() => proc.kill('SIGKILL'), 20000);
		await done;
		clearTimeout(t);
	}

	/**
	 * A request to the server. `body` objects are sent as JSON; answers are parsed as JSON when
	 * they are JSON. REST answers are `{data: ...}`; `rest()` unwraps that.
	 */
	async http(method, p, { body, headers = {}, auth = true, raw = false } = {}) {
		const h = { 'browser-id': BROWSER_ID, ...headers };
		if (auth && this.cookie) h.cookie = this.cookie;
		let payload = body;
		if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
			h['content-type'] = h['content-type'] || 'application/json';
			payload = JSON.stringify(body);
		}
		const r = await fetch(this.baseUrl + p, {
			method,
			headers: h,
			body: payload,
			redirect: 'manual',
		});
		const setCookie = r.headers.getSetCookie ? r.headers.getSetCookie() : [];
		const auth1 = setCookie.find((c) => c.startsWith('n8n-auth='));
		if (auth1) this.cookie = auth1.split(';')[0];
		const text = await r.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		return raw ? r : { status: r.status, headers: r.headers, text, json };
	}

	async rest(method, p, opts) {
		const res = await this.http(method, `/rest${p}`, opts);
		if (res.status >= 400) {
			throw new Error(`${method} /rest${p} → HTTP ${res.status}: ${res.text.slice(0, 1000)}`);
		}
		return res.json && 'data' in res.json ? res.json.data : res.json;
	}

	/** Creates the owner (first start) and logs in; keeps the auth cookie. */
	async setupOwnerAndLogin() {
		const setup = await this.http('POST', '/rest/owner/setup', { body: OWNER });
		if (setup.status >= 400 && !/already/i.test(setup.text)) {
			throw new Error(`owner setup → HTTP ${setup.status}: ${setup.text.slice(0, 500)}`);
		}
		await this.login();
	}

	async login() {
		// 1.x/2.x take `emailOrLdapLoginId`; older builds took `email`. Unknown keys are ignored.
		const res = await this.http('POST', '/rest/login', {
			body: { emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password },
		});
		if (res.status !== 200 || !this.cookie) {
			throw new Error(`login → HTTP ${res.status}: ${res.text.slice(0, 500)}`);
		}
		return res.json && res.json.data;
	}

	/** Node type descriptions as the editor gets them (`GET /types/nodes.json`). */
	async nodeTypes() {
		const res = await this.http('GET', '/types/nodes.json');
		if (res.status !== 200) throw new Error(`GET /types/nodes.json → HTTP ${res.status}`);
		return res.json;
	}

	async getWorkflow(id) {
		return this.rest('GET', `/workflows/${id}`);
	}

	/**
	 * Activates (publishes, in 2.x words) a workflow on the running server so that its production
	 * webhooks answer at `/webhook/<path>`. Both majors offer `POST /rest/workflows/<id>/activate`
	 * with the current `versionId`; 1.x also still takes `PATCH {active: true}` (the fallback).
	 */
	async activateWorkflow(id) {
		const wf = await this.getWorkflow(id);
		const res = await this.http('POST', `/rest/workflows/${id}/activate`, {
			body: { versionId: wf.versionId },
		});
		if (res.status === 200) {
			if (this.major >= 2) await this.waitUntilPublished(id);
			return res.json.data;
		}
		if (this.major === 1) {
			return this.rest('PATCH', `/workflows/${id}`, {
				body: { active: true, versionId: wf.versionId },
			});
		}
		throw new Error(`activate ${id} → HTTP ${res.status}: ${res.text.slice(0, 1000)}`);
	}

	/**
	 * Deactivates (unpublishes) a workflow, so that a polling trigger does not start again with the
	 * next scenario's n8n on the same user folder. 1.x also takes `PATCH {active: false}`.
	 */
	async deactivateWorkflow(id) {
		const wf = await this.getWorkflow(id);
		const res = await this.http('POST', `/rest/workflows/${id}/deactivate`, {
			body: { versionId: wf.versionId },
		});
		if (res.status !== 200 && this.major === 1) {
			await this.rest('PATCH', `/workflows/${id}`, {
				body: { active: false, versionId: wf.versionId },
			});
		} else if (res.status !== 200) {
			throw new Error(`deactivate ${id} → HTTP ${res.status}: ${res.text.slice(0, 1000)}`);
		}
		const after = await this.getWorkflow(id);
		if (after.active) throw new Error(`workflow ${id} is still active after deactivating it`);
	}

	/**
	 * 2.x publishes through an outbox that a poller applies (every 15 s by default; start() sets
	 * N8N_WORKFLOW_PUBLICATION_OUTBOX_POLL_INTERVAL_MS=500): the activate call answers before the
	 * webhooks are registered. `GET /rest/workflows/<id>/publication-status` says when they are.
	 */
	async waitUntilPublished(id, { timeoutMs = 60000 } = {}) {
		const t0 = Date.now();
		let st;
		while (Date.now() - t0 < timeoutMs) {
			st = await this.rest('GET', `/workflows/${id}/publication-status`);
			if (st.status === 'published') return st;
			if (st.status === 'failed' || st.status === 'partial') {
				throw new Error(`publishing workflow ${id} ${st.status}: ${JSON.stringify(st.triggers)}`);
			}
			await sleep(200);
		}
		throw new Error(`workflow ${id} not published after ${timeoutMs} ms: ${JSON.stringify(st)}`);
	}

	/** Production webhook: `POST /webhook/<path>` (no auth cookie; as an outside caller). */
	async callWebhook(webhookPath, { method = 'POST', body, headers } = {}) {
		return this.http(method, `/webhook/${webhookPath}`, { body, headers, auth: false });
	}

	/**
	 * The URL a Wait node ("Resume: On Webhook Call") resumes at, as `$execution.resumeUrl` gives it:
	 * 1.x `<base>/webhook-waiting/<executionId>`; 2.x appends `?signature=<resumeToken>` (the token
	 * is stored in the execution's run data, and a resume without it is answered 401). Pass the
	 * execution from getExecution() to get the token from it.
	 */
	resumeUrl(executionOrId, suffix = '') {
		const ex = typeof executionOrId === 'object' ? executionOrId : { id: executionOrId };
		let url = `${this.baseUrl}/webhook-waiting/${ex.id}${suffix ? `/${suffix}` : ''}`;
		const token = ex.data && ex.data.resumeToken;
		if (token) url += `?signature=${encodeURIComponent(token)}`;
		return url;
	}

	/** Executions of a workflow, newest first (`GET /rest/executions?filter=...`). */
	async listExecutions(workflowId) {
		const filter = encodeURIComponent(
			JSON.stringify(workflowId ? { workflowId: String(workflowId) } : {}),
		);
		const data = await this.rest('GET', `/executions?filter=${filter}`);
		return Array.isArray(data) ? data : data.results;
	}

	/**
	 * One execution with its run data parsed: `GET /rest/executions/<id>` answers the run data as
	 * a `flatted` string; this returns `{...execution, data: <parsed IRunExecutionData>}`.
	 */
	async getExecution(id) {
		const ex = await this.rest('GET', `/executions/${id}`);
		if (ex && typeof ex.data === 'string') {
			const { parse } = this.requireFromN8n('flatted');
			ex.data = parse(ex.data);
		}
		return ex;
	}

	/**
	 * Polls an execution until it has a final status (`success`, `error`, `crashed`, `canceled`),
	 * or is `waiting` with `untilWaiting`, and `until(execution)` (if given) is true. Right after
	 * a resume the execution can still show its previous state for a moment.
	 */
	async waitForExecution(id, { timeoutMs = 60000, untilWaiting = false, until = () => true } = {}) {
		const t0 = Date.now();
		let ex;
		while (Date.now() - t0 < timeoutMs) {
			try {
				ex = await this.getExecution(id);
			} catch {
				ex = undefined;
			}
			const st = ex && ex.status;
			const settled =
				['success', 'error', 'crashed', 'canceled'].includes(st) ||
				(untilWaiting && st === 'waiting');
			if (settled && until(ex)) return ex;
			await sleep(300);
		}
		const rd = ex && ex.data && ex.data.resultData;
		throw new Error(
			`execution ${id} not settled after ${timeoutMs} ms: status ${ex && ex.status}, finished ${ex && ex.finished}, ` +
				`lastNodeExecuted ${rd && rd.lastNodeExecuted}, nodes run ${rd && JSON.stringify(Object.keys(rd.runData || {}))}`,
		);
	}

	async dispose() {
		await this.stop();
		if (!this.keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
		else this.log(`kept n8n user folder ${this.userFolder}`);
	}
}

/** Output JSON of node `name` in a parsed run data (`execute --rawOutput` or REST): item jsons of output 0 of its last run. */
function nodeOutput(runData, name, { run = -1, output = 0 } = {}) {
	const root = runData && (runData.data && runData.data.resultData ? runData.data : runData);
	const rd = root && root.resultData && root.resultData.runData;
	const runs = rd && rd[name];
	if (!runs || !runs.length) return undefined;
	const r = runs[run < 0 ? runs.length + run : run];
	const main = r && r.data && r.data.main;
	return main && main[output] ? main[output].map((i) => i.json) : [];
}

/** The error of a run data (`resultData.error`), if any. */
function runError(runData) {
	const root = runData && (runData.data && runData.data.resultData ? runData.data : runData);
	return root && root.resultData && root.resultData.error;
}

module.exports = {
	N8nInstance,
	ensureInstalled,
	freePort,
	parseExecuteOutput,
	nodeOutput,
	runError,
	VERSIONS,
	PACKAGE_NAME,
	OWNER,
};
