'use strict';
/**
 * n8n in queue mode on 127.0.0.1: a main (`n8n start`), workers (`n8n worker`) and a webhook
 * processor (`n8n webhook`), sharing one PostgreSQL database, one Redis queue and one
 * encryption key. Each process has its own user folder with the package installed by the
 * README's by-hand install block, run as written (test/e2e/readme-install.js; the tarball
 * under test instead of the registry name).
 * Production webhooks and Wait-node resume URLs go to the webhook processor
 * (`WEBHOOK_URL`), the main serves none (`N8N_DISABLE_PRODUCTION_MAIN_PROCESS`).
 *
 *   const cluster = await QueueCluster.start({ major: 2, services, tgz });
 *   cluster.main            // N8nInstance: import, REST (logged in)
 *   cluster.workers[i]      // N8nInstance running `n8n worker`
 *   cluster.webhook         // N8nInstance running `n8n webhook`
 *   cluster.executionsByWorker()   // { [executionId]: worker index }, from the worker logs
 *   await cluster.stop();
 */
const fs = require('node:fs');
const path = require('node:path');

const { N8nInstance, PACKAGE_NAME, VERSIONS, freePort } = require('../n8n-instance');
const { adaptForTest, readmeBlock, runBlock } = require('../readme-install');

/** The README's by-hand install, in the process's own `~/.n8n/nodes`. */
async function installAsReadmeSays(inst, tgz) {
	const t0 = Date.now();
	const res = await runBlock(inst, adaptForTest(readmeBlock('by-hand'), { tgz }));
	const installed = path.join(inst.dotN8n, 'nodes', 'node_modules', PACKAGE_NAME, 'package.json');
	if (res.code !== 0 || !fs.existsSync(installed)) {
		throw new Error(
			`the README's by-hand install failed (${inst.name}):\n${res.output.slice(-2000)}`,
		);
	}
	inst.timings.installPackage = (Date.now() - t0) / 1000;
}

/** Executions a worker process runs at once (n8n's default is 10). */
const WORKER_CONCURRENCY = 20;

class QueueCluster {
	/**
	 * @param {object} o
	 * @param {1|2} o.major
	 * @param {object} o.services from startServices()
	 * @param {string} o.tgz the packed package
	 * @param {number} [o.workers] how many workers (2)
	 * @param {number[]} [o.workersWithoutPackage] indexes of workers that get no package (to
	 *   prove that the scenarios notice)
	 */
	static async start(o) {
		const cluster = new QueueCluster(o);
		await cluster.init();
		return cluster;
	}

	constructor({ major, services, tgz, workers = 2, workersWithoutPackage = [], log }) {
		this.major = major;
		this.services = services;
		this.tgz = tgz;
		this.workerCount = workers;
		this.workersWithoutPackage = workersWithoutPackage;
		this.log = log || ((s) => process.stderr.write(`${s}\n`));
		this.workers = [];
		this.timings = {};
	}

	async init() {
		const t0 = Date.now();
		const dbName = `n8n_queue_${this.major}_${process.pid}`;
		const shared = await this.services.createDatabase(dbName);
		this.webhookPort = await freePort();
		this.env = {
			...shared,
			EXECUTIONS_MODE: 'queue',
			WEBHOOK_URL: `http://127.0.0.1:${this.webhookPort}/`,
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			// Keep stops short: a worker waits this long for its running executions.
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
			QUEUE_WORKER_TIMEOUT: '5',
			// The main marks executions whose worker died as crashed at its queue-recovery check:
			// every 180 min by default, every minute here (README: Queue mode).
			N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '1',
		};
		const make = async (name, withPackage = true) => {
			const inst = await N8nInstance.create({
				major: this.major,
				env: this.env,
				name,
				log: this.log,
			});
			if (withPackage) await installAsReadmeSays(inst, this.tgz);
			return inst;
		};
		this.main = await make('main');
		for (let i = 0; i < this.workerCount; i++) {
			this.workers.push(await make(`worker${i + 1}`, !this.workersWithoutPackage.includes(i)));
		}
		this.webhook = await make('webhook');
		this.timings.prepare = (Date.now() - t0) / 1000;

		// The main first: it creates the schema; the others would race it for the migrations.
		const t1 = Date.now();
		// On an empty PostgreSQL database 2.x runs its migrations first (minutes on a busy machine).
		await this.main.start({ env: { WEBHOOK_URL: this.env.WEBHOOK_URL }, timeoutMs: 480000 });
		await this.main.setupOwnerAndLogin();
		await Promise.all([
			...this.workers.map((w, i) => this.startWorker(i)),
			this.webhook.start({
				timeoutMs: 240000,
				command: 'webhook',
				port: this.webhookPort,
				env: { WEBHOOK_URL: this.env.WEBHOOK_URL },
			}),
		]);
		this.timings.start = (Date.now() - t1) / 1000;
	}

	async startWorker(i) {
		const w = this.workers[i];
		w.logOffset = fs.existsSync(w.serverLogFile || '') ? fs.statSync(w.serverLogFile).size : 0;
		await w.start({
			timeoutMs: 240000,
			command: 'worker',
			args: [`--concurrency=${WORKER_CONCURRENCY}`],
			env: { WEBHOOK_URL: this.env.WEBHOOK_URL },
		});
	}

	/** Starts again any worker that is not running (after a scenario killed one). */
	async ensureWorkersRunning() {
		await Promise.all(this.workers.map((w, i) => (w.server ? null : this.startWorker(i))));
	}

	get label() {
		return `n8n ${VERSIONS[this.major]} queue mode`;
	}

	get processes() {
		return [this.main, ...this.workers, this.webhook];
	}

	/** Every log line of every process (main, workers, webhook processor). */
	allLogs() {
		return this.processes.map((p) => p.serverLog()).join('\n');
	}

	/** `{ [executionId]: index of the worker that started it }`, from `Worker started execution <id>`. */
	executionsByWorker() {
		const byExecution = {};
		for (const [id, starts] of Object.entries(this.workerStarts())) byExecution[id] = starts[0];
		return byExecution;
	}

	/**
	 * `{ [executionId]: [worker index, …] }`: every start of each execution, in log order per
	 * worker (a Wait node resumed later is a second start, maybe on the other worker).
	 */
	workerStarts() {
		const starts = {};
		this.workers.forEach((w, i) => {
			for (const m of w.serverLog().matchAll(/Worker started execution (\d+)/g)) {
				(starts[m[1]] = starts[m[1]] || []).push(i);
			}
		});
		return starts;
	}

	/**
	 * `{ [executionId]: [worker index, …] }` of the starts that are not in `earlier` (an older
	 * workerStarts()): what the workers started since then. workerStarts() itself is in worker
	 * order, not in time order.
	 */
	startsSince(earlier) {
		const since = {};
		for (const [id, all] of Object.entries(this.workerStarts())) {
			const before = [...(earlier[id] || [])];
			const added = all.filter((w) => {
				const i = before.indexOf(w);
				if (i >= 0) before.splice(i, 1);
				return i < 0;
			});
			if (added.length) since[id] = added;
		}
		return since;
	}

	/** Imports credentials and a workflow through the main's CLI, then activates the workflow. */
	async serveWorkflow(workflow, credentials = []) {
		if (credentials.length) await this.main.importCredentials(credentials);
		await this.main.importWorkflow(workflow);
		await this.main.activateWorkflow(workflow.id);
	}

	/** `POST /webhook/<path>` on the webhook processor. */
	async callWebhook(webhookPath, opts) {
		return this.webhook.callWebhook(webhookPath, opts);
	}

	async stop() {
		await Promise.all([...this.workers, this.webhook].map((p) => p.dispose()));
		await this.main.dispose();
	}
}

module.exports = { QueueCluster, WORKER_CONCURRENCY };
