#!/usr/bin/env node
'use strict';
/**
 * End-to-end runner: the packed package inside a real n8n, against the Chanjing simulator.
 *
 *   node test/e2e/run.js                 # both majors (1 then 2)
 *   node test/e2e/run.js --major 1       # n8n 1.123.81 on Node 20 only
 *   node test/e2e/run.js --major 2       # n8n 2.41.1 on Node 24 only
 *   node test/e2e/run.js --only text,02  # scenarios whose file name contains "text" or "02"
 *   node test/e2e/run.js --tgz x.tgz     # use this tarball instead of building and packing
 *   node test/e2e/run.js --pack-root d   # build and pack checkout d instead of this repository
 *   node test/e2e/run.js --keep          # keep the n8n user folders (also E2E_KEEP=1)
 *   node test/e2e/run.js --parallel      # run the majors side by side (also E2E_PARALLEL=1)
 *
 * Environment: N8N_E2E_CACHE (where n8n is installed), E2E_TGZ (as --tgz), E2E_SIMULATOR
 * (module path of the simulator, default test/simulator), E2E_QUEUE_WORKERS_WITHOUT_PACKAGE
 * (e.g. `2`: queue-mode worker 2 gets no package, to see the queue scenarios fail).
 *
 * For each major: install n8n (cached), start the simulator, a fresh n8n user folder with the
 * package unpacked as a community install leaves it, then every scenarios/*.js in name order.
 * Scenarios marked `queue: true` (50–59) run afterwards in one queue-mode cluster per major
 * (test/e2e/queue: Redis + PostgreSQL shared by both majors, main + 2 workers + webhook
 * processor), with `ctx.cluster` instead of `ctx.inst`.
 * Failed scenarios are listed again at the end with the head of their error. The last line is exactly `N passed, M failed`; the exit code is non-zero on any failure.
 */
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { N8nInstance, VERSIONS } = require('./n8n-instance');
const { PACKAGE_NAME } = require('./n8n-instance');
const { QueueCluster } = require('./queue/cluster');
const { startServices } = require('./queue/services');

const HERE = __dirname;
const REPO = path.resolve(HERE, '..', '..');

function parseArgs(argv) {
	const o = {
		majors: [1, 2],
		only: null,
		tgz: process.env.E2E_TGZ || null,
		packRoot: null,
		keep: !!process.env.E2E_KEEP,
		parallel: !!process.env.E2E_PARALLEL,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => {
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a.startsWith('--major')) {
			const v = val();
			o.majors = v === 'all' ? [1, 2] : v.split(',').map(Number);
			for (const m of o.majors) if (!VERSIONS[m]) throw new Error(`--major ${v}: want 1, 2 or all`);
		} else if (a.startsWith('--only')) o.only = val();
		else if (a.startsWith('--tgz')) o.tgz = path.resolve(val());
		else if (a.startsWith('--pack-root')) o.packRoot = path.resolve(val());
		else if (a === '--keep') o.keep = true;
		else if (a === '--parallel') o.parallel = true;
		else if (a === '-h' || a === '--help') {
			console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(3, 18).join('\n'));
			process.exit(0);
		} else throw new Error(`unknown argument ${a}`);
	}
	return o;
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function pack(opts) {
	if (opts.tgz) return { tgz: opts.tgz, ms: 0 };
	const t0 = Date.now();
	const args = [path.join(HERE, 'pack.sh')];
	if (opts.packRoot) args.push(opts.packRoot);
	const res = spawnSync('bash', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	if (res.status !== 0) throw new Error(`pack.sh failed (exit ${res.status})`);
	const tgz = res.stdout.trim().split('\n').pop();
	return { tgz, ms: Date.now() - t0 };
}

async function startSim() {
	const modPath = process.env.E2E_SIMULATOR
		? path.resolve(process.env.E2E_SIMULATOR)
		: path.join(REPO, 'test', 'simulator');
	const { startSimulator } = require(modPath);
	return startSimulator({ port: 0 });
}

function loadScenarios(only) {
	const dir = path.join(HERE, 'scenarios');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.filter((f) => !only || only.split(',').some((o) => f.includes(o)))
		.sort()
		.map((f) => ({ file: f, ...require(path.join(dir, f)) }));
}

/** A workflow from workflows/<name>.json. */
function loadWorkflow(name) {
	const file = path.join(HERE, 'workflows', name.endsWith('.json') ? name : `${name}.json`);
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Simulator requests that reached the API (control endpoints are never logged by the simulator; filtered here too). */
async function apiRequests(sim) {
	const list = await sim.requests();
	return list.filter((r) => !String(r.path).startsWith('/__sim'));
}

/** Redis + PostgreSQL, started at the first queue scenario and shared by both majors. */
let services;
let servicesStarting;
/** Redis and PostgreSQL, started once for every major (also when majors run side by side). */
function queueServices(timings) {
	servicesStarting ??= (async () => {
		const t0 = Date.now();
		services = await startServices();
		timings.queueServices = secs(Date.now() - t0);
		return services;
	})();
	return servicesStarting;
}

function scenarioContext(extra, sim, stepTimes) {
	return {
		...extra,
		sim,
		assert,
		loadWorkflow,
		apiRequests: () => apiRequests(sim),
		/** Records a named duration (seconds) for the report. */
		time: async (what, fn) => {
			const s = Date.now();
			try {
				return await fn();
			} finally {
				stepTimes[what] = secs(Date.now() - s);
			}
		},
		log: (s) => console.log(`    ${s}`),
	};
}

async function runScenario(label, sc, makeCtx, sim, results, t, after) {
	const name = sc.name || sc.file;
	const t0 = Date.now();
	const stepTimes = {};
	try {
		await sim.reset();
		await sc.run(makeCtx(stepTimes));
		console.log(`✔ [${label}] ${name} (${secs(Date.now() - t0)}${fmtSteps(stepTimes)})`);
		results.push({ label, name, ok: true });
	} catch (e) {
		console.log(
			`✘ [${label}] ${name} (${secs(Date.now() - t0)}${fmtSteps(stepTimes)})\n${indent(e.stack || String(e))}`,
		);
		results.push({ label, name, ok: false, error: firstLines(e.stack || String(e)) });
	} finally {
		await after().catch(() => {});
		t[name] = { total: secs(Date.now() - t0), ...stepTimes };
	}
}

/** The queue scenarios of one major in one cluster (main + 2 workers + webhook processor). */
async function runQueueMajor(major, tgz, scenarios, sim, results, timings) {
	const label = `n8n ${VERSIONS[major]} queue`;
	const t = (timings[label] = {});
	const t0 = Date.now();
	let cluster;
	try {
		const svc = await queueServices(timings);
		const without = String(process.env.E2E_QUEUE_WORKERS_WITHOUT_PACKAGE || '')
			.split(',')
			.filter(Boolean)
			.map((n) => Number(n) - 1);
		cluster = await QueueCluster.start({
			major,
			services: svc,
			tgz,
			workersWithoutPackage: without,
		});
		t.cluster = {
			prepare: secs(cluster.timings.prepare * 1000),
			start: secs(cluster.timings.start * 1000),
		};
		console.log(
			`[${label}] main ${cluster.main.baseUrl}, webhook processor ${cluster.webhook.baseUrl}, ` +
				`workers ${cluster.workers.map((w) => `pid ${w.pid}${without.includes(cluster.workers.indexOf(w)) ? ' (no package)' : ''}`).join(', ')}`,
		);
	} catch (e) {
		console.log(`✘ [${label}] setup: ${e.stack || e}`);
		results.push({ label, name: 'setup', ok: false, error: firstLines(e.stack || String(e)) });
		if (cluster) await cluster.stop().catch(() => {});
		return;
	}
	for (const sc of scenarios) {
		await cluster.ensureWorkersRunning().catch((e) => console.log(`    restarting workers: ${e}`));
		await runScenario(
			label,
			sc,
			(stepTimes) => scenarioContext({ major, label, cluster, services, tgz }, sim, stepTimes),
			sim,
			results,
			t,
			async () => {},
		);
	}
	await cluster.stop();
	t.total = secs(Date.now() - t0);
}

async function runMajor(major, tgz, allScenarios, opts, results, timings) {
	const label = `n8n ${VERSIONS[major]}`;
	const t = (timings[label] = {});
	const scenarios = allScenarios.filter((sc) => !sc.queue);
	const queueScenarios = allScenarios.filter((sc) => sc.queue);
	let inst;
	let sim;
	try {
		const t0 = Date.now();
		inst = await N8nInstance.create({ major, keep: opts.keep });
		t.installN8n = secs(Date.now() - t0);
		inst.installPackage(tgz);
		t.installPackage = secs(inst.timings.installPackage * 1000);
		sim = await startSim();
		console.log(
			`[${label}] node ${inst.nodeBin}, user folder ${inst.userFolder}, simulator ${sim.url}`,
		);
	} catch (e) {
		console.log(`✘ [${label}] setup: ${e.stack || e}`);
		results.push({ label, name: 'setup', ok: false, error: firstLines(e.stack || String(e)) });
		if (inst) await inst.dispose().catch(() => {});
		if (sim) await sim.close();
		return;
	}
	for (const sc of scenarios) {
		await runScenario(
			label,
			sc,
			(stepTimes) => scenarioContext({ major, label, inst, tgz }, sim, stepTimes),
			sim,
			results,
			t,
			() => inst.stop(),
		);
	}
	await inst.dispose();
	if (queueScenarios.length) await runQueueMajor(major, tgz, queueScenarios, sim, results, timings);
	await sim.close();
}

const fmtSteps = (st) =>
	Object.keys(st).length
		? `; ${Object.entries(st)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ')}`
		: '';
/** The head of an error, repeated in the summary at the end (a CI log may keep only its tail). */
const firstLines = (s) => s.split('\n').slice(0, 6).join('\n');
const indent = (s) =>
	s
		.split('\n')
		.map((l) => `    ${l}`)
		.join('\n');

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const results = [];
	const timings = {};
	let exit = 0;
	try {
		const scenarios = loadScenarios(opts.only);
		if (!scenarios.length) throw new Error('no scenarios selected');
		const p = pack(opts);
		timings.pack = secs(p.ms);
		console.log(`package: ${p.tgz}${p.ms ? ` (built and packed in ${secs(p.ms)})` : ''}`);
		const runs = opts.majors.map(
			(major) => () => runMajor(major, p.tgz, scenarios, opts, results, timings),
		);
		// Side by side, the majors share the two cores: most of a scenario is waiting on n8n.
		if (opts.parallel) await Promise.all(runs.map((run) => run()));
		else for (const run of runs) await run();
	} catch (e) {
		console.log(`✘ runner: ${e.stack || e}`);
		results.push({
			label: 'runner',
			name: 'runner',
			ok: false,
			error: firstLines(e.stack || String(e)),
		});
	}
	if (services) await services.stop().catch(() => {});
	console.log(`timings: ${JSON.stringify(timings, null, 2)}`);
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	if (failed || !passed) exit = 1;
	for (const r of results.filter((r) => !r.ok)) {
		console.log(`✘ [${r.label}] ${r.name}${r.error ? `\n${indent(r.error)}` : ''}`);
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(exit);
}

if (require.main === module) main();

module.exports = { loadWorkflow, PACKAGE_NAME };
