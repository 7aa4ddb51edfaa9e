#!/usr/bin/env node
'use strict';
/**
 * Benchmark (not a test): what the Chanjing node costs per submitted item in a real n8n, against
 * n8n's own HTTP Request node sending the same request, in the same n8n process, against the same
 * simulator (127.0.0.1, no QPS cap, no added delay). Workflows: Webhook → Split Out (N items) →
 * the node under test (test/benchmark/submit-workflows.js).
 *
 *   node test/benchmark/submit-overhead.js                      # this checkout's package, n8n 1.x
 *   node test/benchmark/submit-overhead.js --major 1,2          # both majors, one after the other
 *   node test/benchmark/submit-overhead.js --pack-root ../other # also the package built from ../other
 *   node test/benchmark/submit-overhead.js --tgz x.tgz          # also this packed tarball
 *   node test/benchmark/submit-overhead.js --sizes 100,500 --runs 7,3   # runs per variant and size
 *   node test/benchmark/submit-overhead.js --count-only         # only the expressions per item
 *   node test/benchmark/submit-overhead.js --count-only --callers   # … and who evaluated each
 *
 * Why `n8n start` and a webhook rather than `n8n execute`: one `execute` is a whole n8n start-up
 * (4–6 s, loading every node) around well under a second of work, which would bury the difference;
 * a running server takes the runs back to back, warm, and its process is the one whose CPU time
 * is read (/proc/<pid>/stat, user + system, from just before the call until the process is idle
 * again, so saving the execution counts). Per run it prints the wall time of the webhook call, the
 * n8n process's CPU time, and the node's own execution time as n8n records it; medians over the
 * runs, the two variants alternating (ABBA) so that load from other work on the machine falls on
 * both. Each package gets its own n8n user folder and server; runs of all packages interleave.
 * Before timing, each variant's requests are checked: N submits, and the Chanjing node's bodies
 * and `access_token` header equal the HTTP Request node's.
 *
 * Expressions per item (count-expressions.js): a separate start of the same n8n with a counting
 * hook preloaded runs each variant with 1 and with COUNT_ITEMS items.
 */
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const { N8nInstance, VERSIONS } = require('../e2e/n8n-instance');
const { STATIC_TOKEN, staticTokenCredential } = require('../e2e/fixtures');
const { startSimulator } = require('../simulator');
const { cpuSeconds, settledCpuSeconds } = require('./process-cpu');
const {
	VARIANTS,
	SUBMIT_PATH,
	submitWorkflow,
	webhookPath,
	itemsBody,
} = require('./submit-workflows');

const REPO = path.resolve(__dirname, '..', '..');
const PACK = path.join(REPO, 'test', 'e2e', 'pack.sh');
const COUNT_HOOK = path.join(__dirname, 'count-expressions.js');
const COUNT_ITEMS = 10;
const VARIANT_KEYS = Object.keys(VARIANTS);
const GOAL = 1.05;

function parseArgs(argv) {
	const o = {
		majors: [1],
		packRoots: [],
		tgzs: [],
		sizes: [100, 500],
		runs: [7, 3],
		count: true,
		callers: false,
		time: true,
		keep: false,
	};
	const list = (v) => v.split(',').map(Number);
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => {
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a.startsWith('--major')) o.majors = list(val());
		else if (a.startsWith('--pack-root')) o.packRoots.push(path.resolve(val()));
		else if (a.startsWith('--tgz')) o.tgzs.push(path.resolve(val()));
		else if (a.startsWith('--sizes')) o.sizes = list(val());
		else if (a.startsWith('--runs')) o.runs = list(val());
		else if (a === '--count-only') o.time = false;
		else if (a === '--no-count') o.count = false;
		else if (a === '--callers') o.callers = true;
		else if (a === '--keep') o.keep = true;
		else if (a === '-h' || a === '--help') {
			console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(8, 16).join('\n'));
			process.exit(0);
		} else throw new Error(`unknown argument ${a}`);
	}
	for (const m of o.majors) if (!VERSIONS[m]) throw new Error(`--major: want 1 or 2, got ${m}`);
	if (o.runs.length !== o.sizes.length) throw new Error('--runs needs one count per size');
	return o;
}

/** `branch@sha` of a checkout, `+changes` when its nodes or credentials differ from the commit. */
function describeCheckout(root) {
	const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
	try {
		const dirty = git('status', '--porcelain', '--', 'nodes', 'credentials') ? '+changes' : '';
		return `${git('rev-parse', '--abbrev-ref', 'HEAD')}@${git('rev-parse', '--short', 'HEAD')}${dirty}`;
	} catch {
		return path.basename(root);
	}
}

function pack(root) {
	const res = spawnSync('bash', [PACK, root], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	if (res.status !== 0) throw new Error(`pack.sh ${root} failed (exit ${res.status})`);
	return res.stdout.trim().split('\n').pop();
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One n8n user folder with the package, the credential and every benchmark workflow imported. */
async function preparePackage(pkg, major, sim, opts) {
	const inst = await N8nInstance.create({ major, keep: opts.keep });
	inst.installPackage(pkg.tgz);
	await inst.importCredentials([staticTokenCredential(sim)]);
	const flows = {};
	const add = (key, variant, nodeName) => {
		flows[key] = {
			key,
			variant,
			nodeName,
			workflow: submitWorkflow({ key, variant, nodeName, simUrl: sim.url }),
		};
	};
	for (const v of VARIANT_KEYS) {
		add(v, v, VARIANTS[v].label);
		// Counted expressions are keyed by node name, so each count run has its own.
		for (const n of [1, COUNT_ITEMS]) add(`${v}-n${n}`, v, `${VARIANTS[v].label} (${n})`);
	}
	const file = inst.writeJson(
		'workflows',
		Object.values(flows).map((f) => f.workflow),
	);
	await inst.cli(['import:workflow', `--input=${file}`]);
	return { pkg, inst, flows, activated: false, seen: new Set() };
}

async function startServer(setup, env) {
	await setup.inst.start({ env });
	await setup.inst.setupOwnerAndLogin();
	if (!setup.activated) {
		for (const f of Object.values(setup.flows)) await setup.inst.activateWorkflow(f.workflow.id);
		setup.activated = true;
	}
}

async function call(setup, flow, n) {
	const res = await setup.inst.http('POST', `/webhook/${webhookPath(flow.key)}`, {
		body: JSON.stringify(itemsBody(n)),
		headers: { 'content-type': 'application/json' },
		auth: false,
	});
	assert.equal(res.status, 200, `${flow.key} with ${n} items: HTTP ${res.status} ${res.text}`);
}

// ---- expressions per item -----------------------------------------------------------------

async function countExpressions(setup, opts) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-expression-count-'));
	const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${COUNT_HOOK}`.trim();
	await startServer(setup, {
		NODE_OPTIONS: nodeOptions,
		EXPRESSION_COUNT_DIR: dir,
		EXPRESSION_COUNT_CALLERS: opts.callers ? '1' : '',
	});
	const pid = setup.inst.server.pid;
	for (const v of VARIANT_KEYS)
		for (const n of [1, COUNT_ITEMS]) await call(setup, setup.flows[`${v}-n${n}`], n);
	await setup.inst.stop();
	const file = path.join(dir, `expressions-${pid}.json`);
	assert.ok(fs.existsSync(file), `the counting hook wrote no ${file}`);
	const counts = JSON.parse(fs.readFileSync(file, 'utf8'));
	fs.rmSync(dir, { recursive: true, force: true });

	const result = {};
	for (const v of VARIANT_KEYS) {
		const one = counts.byNode[setup.flows[`${v}-n1`].nodeName] ?? {};
		const many = counts.byNode[setup.flows[`${v}-n${COUNT_ITEMS}`].nodeName] ?? {};
		const perText = {};
		for (const text of new Set([...Object.keys(one), ...Object.keys(many)])) {
			const per = ((many[text] ?? 0) - (one[text] ?? 0)) / (COUNT_ITEMS - 1);
			if (per) perText[text] = per;
		}
		const total = Object.values(perText).reduce((a, b) => a + b, 0);
		const loads = (name) => counts.credentialLoads?.[setup.flows[name].nodeName] ?? 0;
		const credentialLoads = (loads(`${v}-n${COUNT_ITEMS}`) - loads(`${v}-n1`)) / (COUNT_ITEMS - 1);
		result[v] = { perItem: total, perText, credentialLoads };
	}
	const attributed = Object.values(counts.byNode)
		.flatMap((byText) => Object.values(byText))
		.reduce((a, b) => a + b, 0);
	result.unattributed = counts.rendered - attributed;
	return result;
}

// ---- timing ---------------------------------------------------------------------------------

/**
 * The node's executionTime (ms) in the execution this run left, read back over REST. Under load
 * 2.x sometimes answers 503 "Database is not ready!" for a moment: such answers are retried.
 */
async function nodeExecutionMs(setup, flow) {
	let lastError;
	for (let i = 0; i < 150; i++) {
		try {
			const list = await setup.inst.listExecutions(flow.workflow.id);
			const fresh = list.find((e) => !setup.seen.has(e.id));
			if (fresh && fresh.status !== 'running' && fresh.status !== 'new') {
				const ex = await setup.inst.getExecution(fresh.id);
				assert.equal(ex.status, 'success', `execution ${fresh.id} of ${flow.key}: ${ex.status}`);
				setup.seen.add(fresh.id);
				return ex.data.resultData.runData[flow.nodeName][0].executionTime;
			}
		} catch (e) {
			if (e instanceof assert.AssertionError) throw e;
			lastError = e;
		}
		await sleep(200);
	}
	throw new Error(`no new execution of ${flow.key}${lastError ? `: ${lastError.message}` : ''}`);
}

async function timedRun(setup, variant, n, sim) {
	const flow = setup.flows[variant];
	sim.reset();
	const pid = setup.inst.server.pid;
	const body = JSON.stringify(itemsBody(n));
	const cpu0 = cpuSeconds(pid);
	const t0 = performance.now();
	const res = await setup.inst.http('POST', `/webhook/${webhookPath(flow.key)}`, {
		body,
		headers: { 'content-type': 'application/json' },
		auth: false,
	});
	const wallMs = performance.now() - t0;
	assert.equal(res.status, 200, `${flow.key} with ${n} items: HTTP ${res.status} ${res.text}`);
	const cpuMs = ((await settledCpuSeconds(pid)) - cpu0) * 1000;
	const requests = sim.requests({ path: SUBMIT_PATH });
	assert.equal(requests.length, n, `${flow.key}: ${requests.length} submits for ${n} items`);
	const nodeMs = await nodeExecutionMs(setup, flow);
	return { wallMs, cpuMs, nodeMs, requests };
}

/** Both variants sent the same N requests: method, path, `access_token` and JSON body. */
function assertSameRequests(byVariant, n) {
	const shape = (reqs) =>
		reqs
			.map((r) => ({ method: r.method, token: r.headers.access_token, body: r.body }))
			.sort((a, b) => String(a.body.ref_prompt).localeCompare(String(b.body.ref_prompt)));
	const [first, ...rest] = VARIANT_KEYS.map((v) => shape(byVariant[v]));
	const prompts = itemsBody(n)
		.items.map((i) => i.prompt)
		.sort();
	assert.deepEqual(
		first.map((r) => r.body.ref_prompt),
		prompts,
	);
	assert.ok(first.every((r) => r.method === 'POST' && r.token === STATIC_TOKEN));
	for (const other of rest) assert.deepEqual(other, first);
}

async function timeVariants(setups, sim, opts) {
	for (const setup of setups) {
		await startServer(setup, {});
		const warm = {};
		for (const v of VARIANT_KEYS) warm[v] = (await timedRun(setup, v, opts.sizes[0], sim)).requests;
		assertSameRequests(warm, opts.sizes[0]);
		setup.times = {};
	}
	for (const [i, n] of opts.sizes.entries()) {
		for (let rep = 0; rep < opts.runs[i]; rep++) {
			const order = rep % 2 ? [...VARIANT_KEYS].reverse() : VARIANT_KEYS;
			const packages = rep % 2 ? [...setups].reverse() : setups;
			for (const setup of packages) {
				for (const v of order) {
					const { wallMs, cpuMs, nodeMs } = await timedRun(setup, v, n, sim);
					process.stderr.write(
						`  ${setup.pkg.label} N=${n} ${v}: wall ${Math.round(wallMs)} ms, CPU ${Math.round(cpuMs)} ms, node ${nodeMs} ms\n`,
					);
					((setup.times[n] ??= {})[v] ??= []).push({ wallMs, cpuMs, nodeMs });
				}
			}
		}
	}
	for (const setup of setups) await setup.inst.stop();
}

// ---- report ---------------------------------------------------------------------------------

const ms = (x) => `${Math.round(x)}`.padStart(6);
const ratio = (a, b) => (a / b).toFixed(2).padStart(6);

function report(major, setups, opts) {
	const lines = [
		'',
		`n8n ${VERSIONS[major]} (${setups[0]?.inst.nodeBin ? nodeVersion(setups[0].inst.nodeBin) : ''}), simulator on 127.0.0.1 without QPS cap or delay; load average ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`,
	];
	for (const setup of setups) {
		lines.push(`package ${setup.pkg.label}`);
		if (setup.expressions) {
			const e = setup.expressions;
			lines.push(
				`  expressions per item: ${VARIANT_KEYS.map((v) => `${VARIANTS[v].label} ${e[v].perItem}`).join(', ')}` +
					(e.unattributed ? ` (${e.unattributed} evaluations not attributed to a node)` : ''),
			);
			lines.push(
				`  credential loads per item: ${VARIANT_KEYS.map((v) => `${VARIANTS[v].label} ${e[v].credentialLoads}`).join(', ')}`,
			);
			for (const v of VARIANT_KEYS)
				for (const [text, k] of Object.entries(e[v].perText))
					lines.push(`    ${VARIANTS[v].label}: ${k} × ${text}`);
		}
		if (!setup.times) continue;
		for (const [i, n] of opts.sizes.entries()) {
			lines.push(
				`  N = ${n}, median of ${opts.runs[i]} runs   wall ms  CPU ms  node ms   (n8n process CPU: user + sys)`,
			);
			const med = {};
			for (const v of VARIANT_KEYS) {
				const runs = setup.times[n][v];
				med[v] = {
					wall: median(runs.map((r) => r.wallMs)),
					cpu: median(runs.map((r) => r.cpuMs)),
					node: median(runs.map((r) => r.nodeMs)),
				};
				lines.push(
					`    ${VARIANTS[v].label.padEnd(35)}${ms(med[v].wall)}  ${ms(med[v].cpu)}  ${ms(med[v].node)}`,
				);
			}
			for (const base of VARIANT_KEYS.slice(1)) {
				const [a, b] = [med.chanjing, med[base]];
				lines.push(
					`    ratio to ${`${VARIANTS[base].label}`.padEnd(26)}${ratio(a.wall, b.wall)}  ${ratio(a.cpu, b.cpu)}  ${ratio(a.node, b.node)}` +
						(base === 'httpRequest' ? `   (goal <= ${GOAL})` : ''),
				);
			}
		}
	}
	process.stdout.write(`${lines.join('\n')}\n\n`);
}

function nodeVersion(bin) {
	return `Node ${execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()}`;
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const packages = [REPO, ...opts.packRoots].map((root) => ({
		label: describeCheckout(root),
		tgz: pack(root),
	}));
	for (const tgz of opts.tgzs) packages.push({ label: path.basename(tgz), tgz });

	const sim = await startSimulator({ port: 0, qps: 0, delayMs: 0, tickMs: 0, renderMs: 3600000 });
	try {
		for (const major of opts.majors) {
			const setups = [];
			try {
				for (const pkg of packages) setups.push(await preparePackage(pkg, major, sim, opts));
				if (opts.count)
					for (const setup of setups) setup.expressions = await countExpressions(setup, opts);
				if (opts.time) await timeVariants(setups, sim, opts);
				report(major, setups, opts);
			} finally {
				for (const setup of setups) await setup.inst.dispose();
			}
		}
	} finally {
		await sim.close();
	}
}

main().catch((e) => {
	console.error(e.stack || e);
	process.exit(1);
});
