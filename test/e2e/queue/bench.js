#!/usr/bin/env node
'use strict';
/**
 * Queue-mode benchmark (not part of CI; ~6–10 min): N webhook executions, each one item with
 * Generate + Wait for Completion + Download, on 1 worker and then on 2 workers of the same
 * cluster, against the simulator. Prints wall time, status checks per task and the ratio.
 *
 *   npm run bench:queue                      # n8n 1.x, 200 executions
 *   node test/e2e/queue/bench.js --major 2 --items 200 --render-ms 10000
 */
const path = require('node:path');

const { staticTokenCredential } = require('../fixtures');
const { loadWorkflow } = require('../run');
const { QueueCluster, WORKER_CONCURRENCY } = require('./cluster');
const { startServices } = require('./services');
const { POLL_PATH, SUBMIT_PATH, executionsOf, settledExecutions, sleep } = require('./steps');
const { spawnSync } = require('node:child_process');

function args() {
	const o = { major: 1, items: 200, renderMs: 10000 };
	const a = process.argv.slice(2);
	for (let i = 0; i < a.length; i++) {
		if (a[i] === '--major') o.major = Number(a[++i]);
		else if (a[i] === '--items') o.items = Number(a[++i]);
		else if (a[i] === '--render-ms') o.renderMs = Number(a[++i]);
		else throw new Error(`unknown argument ${a[i]}`);
	}
	return o;
}

async function round(cluster, sim, wf, items, label) {
	const before = new Set((await executionsOf(cluster.main, wf.id)).map((e) => e.id));
	const reqsBefore = (await sim.requests()).length;
	const t0 = Date.now();
	// Calls in batches of 10, each retried on HTTP 503 (on a loaded machine the webhook
	// processor answers "Database is not ready!" for a moment), as a well-behaved source would.
	const hook = wf.nodes.find((n) => n.type === 'n8n-nodes-base.webhook').parameters.path;
	const call = async (prompt) => {
		for (let attempt = 1; ; attempt++) {
			const res = await cluster.callWebhook(hook, { body: { prompt } });
			if (res.status === 200) return;
			if (res.status !== 503 || attempt >= 10)
				throw new Error(`webhook ${res.status}: ${res.text.slice(0, 200)}`);
			await sleep(1000);
		}
	};
	for (let i = 0; i < items; i += 10) {
		const n = Math.min(10, items - i);
		await Promise.all(Array.from({ length: n }, (_, k) => call(`${label} item ${i + k + 1}`)));
	}
	const all = await settledExecutions(cluster.main, wf.id, before.size + items, {
		timeoutMs: 1800000,
		withData: false,
	});
	const wallS = (Date.now() - t0) / 1000;
	const mine = all.filter((e) => !before.has(e.id));
	const failed = mine.filter((e) => e.status !== 'success').length;
	const reqs = (await sim.requests()).slice(reqsBefore);
	const polls = reqs.filter((r) => r.path === POLL_PATH).length;
	const submits = reqs.filter((r) => r.path === SUBMIT_PATH).length;
	return { label, items, wallS, failed, submits, pollsPerTask: polls / items };
}

async function main() {
	const o = args();
	const tgz = spawnSync('bash', [path.join(__dirname, '..', 'pack.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	})
		.stdout.trim()
		.split('\n')
		.pop();
	const { startSimulator } = require(path.join(__dirname, '..', '..', 'simulator'));
	const sim = await startSimulator({ port: 0, renderMs: o.renderMs, qps: null });
	const services = await startServices();
	const cluster = await QueueCluster.start({ major: o.major, services, tgz, workers: 2 });
	try {
		const wf = loadWorkflow('queue-generate-wait-download');
		await cluster.serveWorkflow(wf, [staticTokenCredential(sim)]);
		console.log(
			`n8n ${cluster.main.version} queue mode, ${o.items} executions (1 item each, Wait for Completion + Download), ` +
				`render ${o.renderMs} ms, worker concurrency ${WORKER_CONCURRENCY}`,
		);
		await cluster.workers[1].stop();
		const one = await round(cluster, sim, wf, o.items, '1 worker');
		await cluster.ensureWorkersRunning();
		const two = await round(cluster, sim, wf, o.items, '2 workers');
		for (const r of [one, two]) {
			console.log(
				`${r.label.padEnd(10)} wall ${r.wallS.toFixed(1)} s, ${(r.items / r.wallS).toFixed(2)} executions/s, ` +
					`status checks per task ${r.pollsPerTask.toFixed(2)}, submits ${r.submits}, failed ${r.failed}`,
			);
		}
		console.log(`ratio wall time 1 worker / 2 workers: ${(one.wallS / two.wallS).toFixed(2)}`);
	} finally {
		await cluster.stop();
		await services.stop();
		await sim.close();
	}
}

if (require.main === module) {
	main().catch((e) => {
		console.error(e);
		process.exit(1);
	});
}
