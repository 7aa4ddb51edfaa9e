'use strict';
/**
 * `npm run demo` as a user runs it (this run's tarball, a free port, its own temp dir): it
 * reports ready, n8n serves the examples and the demo's credential, and SIGINT (Ctrl-C) stops
 * n8n and the simulator and leaves the temp dir empty. Nothing but the progress lines on stdout.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { freePort, OWNER } = require('../n8n-instance');
const { exampleFiles, EXAMPLES_DIR } = require('../examples');

const DEMO = path.join(__dirname, '..', 'demo.js');
const WORKFLOWS = path.join(__dirname, '..', 'workflows');
const BROWSER_ID = 'n8n-nodes-chanjing-e2e-demo';

function waitFor(check, timeoutMs, what) {
	return new Promise((resolve, reject) => {
		const t0 = Date.now();
		const tick = () => {
			const v = check();
			if (v) return resolve(v);
			if (Date.now() - t0 > timeoutMs)
				return reject(new Error(`${what}: not after ${timeoutMs} ms`));
			setTimeout(tick, 250);
		};
		tick();
	});
}

async function restJson(base, p, { cookie, body } = {}) {
	const res = await fetch(base + p, {
		method: body ? 'POST' : 'GET',
		headers: {
			'browser-id': BROWSER_ID,
			...(cookie ? { cookie } : {}),
			...(body ? { 'content-type': 'application/json' } : {}),
		},
		body: body && JSON.stringify(body),
	});
	return { res, json: await res.json().catch(() => undefined) };
}

module.exports = {
	name: 'npm run demo: ready with the examples, Ctrl-C stops everything and leaves no temp files',
	async run({ major, tgz, assert, time, log }) {
		const port = await freePort();
		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjing-demo-test-'));
		const child = spawn(
			process.execPath,
			[DEMO, '--major', String(major), '--port', String(port), '--tgz', tgz],
			{
				env: { ...process.env, TMPDIR: tmp },
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
		try {
			await time('until ready', () =>
				waitFor(() => /^Ready in /m.test(out) || child.exitCode !== null, 300000, 'demo ready'),
			);
			assert.match(out, /^Ready in /m, `demo did not get ready:\n${out}\n${err}`);
			assert.equal(err, '', 'nothing on stderr');
			assert.doesNotMatch(out, /warning|error|at .+\(.+:\d+:\d+\)/i, 'no compiler noise or stack');
			const base = `http://127.0.0.1:${port}`;
			assert.ok(out.includes(`${base}/`), 'prints the URL');

			const login = await restJson(base, '/rest/login', {
				body: { emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password },
			});
			assert.equal(login.res.status, 200, 'the printed login works');
			const cookie = login.res.headers
				.getSetCookie()
				.find((c) => c.startsWith('n8n-auth='))
				.split(';')[0];
			const workflows = await restJson(base, '/rest/workflows', { cookie });
			const names = workflows.json.data.map((w) => w.name).sort();
			const extra = [
				'mcp-server-chanjing-tools',
				'form-image-first-frame',
				'download-two-frames-wait',
			].map(
				(name) => JSON.parse(fs.readFileSync(path.join(WORKFLOWS, `${name}.json`), 'utf8')).name,
			);
			const expected = exampleFiles()
				.map((f) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')).name)
				.concat(extra)
				.sort();
			assert.deepEqual(
				names,
				expected,
				'exactly the examples and the three workflows the README names are imported',
			);
			const credentials = await restJson(base, '/rest/credentials', { cookie });
			assert.deepEqual(credentials.json.data.map((c) => [c.id, c.type]).sort(), [
				['chanjingExample', 'chanjingApi'],
				['e2eMcpBearer', 'httpBearerAuth'],
			]);
			// The MCP example is active: its endpoint refuses a call without the printed token.
			assert.ok(out.includes(`${base}/mcp/chanjing-video`), 'prints the MCP URL');
			const mcpCall = await fetch(`${base}/mcp/chanjing-video`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'application/json, text/event-stream',
				},
				body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
			});
			assert.ok([401, 403].includes(mcpCall.status), `MCP without token: HTTP ${mcpCall.status}`);
		} finally {
			const t0 = Date.now();
			child.kill('SIGINT');
			const { code } = await exited;
			const seconds = (Date.now() - t0) / 1000;
			const left = fs.readdirSync(tmp);
			fs.rmSync(tmp, { recursive: true, force: true });
			assert.equal(code, 0, `demo exit code after SIGINT\n${out}\n${err}`);
			assert.deepEqual(left, [], 'the demo removed its temporary folders');
			const after = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
			assert.equal(after, null, 'n8n no longer answers');
			log(`stopped ${seconds.toFixed(1)} s after SIGINT`);
		}
	},
};
