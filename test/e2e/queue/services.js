'use strict';
/**
 * Redis and PostgreSQL for the queue-mode scenarios: Debian's packages (install-services.sh),
 * started here on 127.0.0.1 with free ports and throw-away data folders, never as system
 * services. One pair serves both n8n majors: each major gets its own database and its own
 * Redis DB number and Bull prefix.
 *
 *   const services = await startServices();
 *   const db = await services.createDatabase('n8n_queue_1');
 *   ...
 *   await services.stop();
 */
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { freePort } = require('../n8n-instance');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PG_USER = 'n8n';
const PG_PASSWORD = 'n8n-e2e';

function installServices() {
	const res = spawnSync('bash', [path.join(__dirname, 'install-services.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	if (res.status !== 0) throw new Error(`install-services.sh failed (exit ${res.status})`);
}

function pgBinDir() {
	const root = '/usr/lib/postgresql';
	const versions = fs
		.readdirSync(root)
		.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	if (!versions.length) throw new Error(`no PostgreSQL server under ${root}`);
	return path.join(root, versions[0], 'bin');
}

/**
 * PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user
 * (`setpriv` execs in place, so the PID is the server's own and signals reach it).
 */
const asPgUser = (cmd, args) =>
	process.getuid && process.getuid() === 0
		? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', cmd, ...args]]
		: [cmd, args];

/** Processes started here; killed by PID if the runner exits without stopping them. */
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

function spawnTracked(cmd, args, logFile, opts = {}) {
	const fd = fs.openSync(logFile, 'a');
	const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], ...opts });
	fs.closeSync(fd);
	live.add(child);
	child.once('exit', () => live.delete(child));
	return child;
}

async function until(what, check, timeoutMs, logFile) {
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		if (check()) return;
		await sleep(200);
	}
	const tail =
		logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
	throw new Error(`${what} not ready after ${timeoutMs} ms\n${tail}`);
}

async function startRedis(dir) {
	const port = await freePort();
	const logFile = path.join(dir, 'redis.log');
	const proc = spawnTracked(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--databases',
			'16',
		],
		logFile,
	);
	const ping = () =>
		spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], {
			encoding: 'utf8',
		}).stdout.trim() === 'PONG';
	await until('redis-server', ping, 20000, logFile);
	return { proc, port, host: '127.0.0.1', logFile };
}

async function startPostgres(dir) {
	const bin = pgBinDir();
	const dataDir = path.join(dir, 'pgdata');
	fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
	if (process.getuid && process.getuid() === 0) {
		execFileSync('chown', ['-R', 'postgres:postgres', dir]);
	}
	const pwFile = path.join(dir, 'pwfile');
	fs.writeFileSync(pwFile, `${PG_PASSWORD}\n`);
	if (process.getuid && process.getuid() === 0) execFileSync('chown', ['postgres', pwFile]);
	const [initCmd, initArgs] = asPgUser(path.join(bin, 'initdb'), [
		'-D',
		dataDir,
		'-U',
		PG_USER,
		`--pwfile=${pwFile}`,
		'--auth=scram-sha-256',
		'--encoding=UTF8',
		'--no-sync',
	]);
	execFileSync(initCmd, initArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
	const port = await freePort();
	const logFile = path.join(dir, 'postgres.log');
	fs.writeFileSync(logFile, '');
	if (process.getuid && process.getuid() === 0) execFileSync('chown', ['postgres', logFile]);
	// Throw-away data: durability settings off, for speed.
	const [cmd, args] = asPgUser(path.join(bin, 'postgres'), [
		'-D',
		dataDir,
		'-p',
		String(port),
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		`unix_socket_directories=${dir}`,
		'-c',
		'fsync=off',
		'-c',
		'synchronous_commit=off',
		'-c',
		'full_page_writes=off',
		'-c',
		'max_connections=200',
	]);
	const proc = spawnTracked(cmd, args, logFile);
	const ready = () =>
		spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0;
	await until('postgres', ready, 60000, logFile);
	const psql = (sql, db = 'postgres') =>
		execFileSync(
			path.join(bin, 'psql'),
			['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER, '-d', db, '-tA', '-c', sql],
			{ encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG_PASSWORD } },
		);
	return { proc, port, host: '127.0.0.1', user: PG_USER, password: PG_PASSWORD, logFile, psql };
}

async function stopProc(proc, signal = 'SIGTERM') {
	if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
	const done = new Promise((r) => proc.once('exit', r));
	proc.kill(signal);
	const t = setTimeout(() => proc.kill('SIGKILL'), 15000);
	await done;
	clearTimeout(t);
}

/**
 * Installs (if missing) and starts Redis and PostgreSQL; `createDatabase(name)` makes an empty
 * database and returns the `DB_*` and `QUEUE_BULL_*` settings for it.
 */
async function startServices({ keep = !!process.env.E2E_KEEP } = {}) {
	const t0 = Date.now();
	installServices();
	const installS = (Date.now() - t0) / 1000;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-queue-services-'));
	fs.chmodSync(dir, 0o755);
	const t1 = Date.now();
	const [redis, pg] = await Promise.all([startRedis(dir), startPostgres(dir)]);
	const startS = (Date.now() - t1) / 1000;
	let nextRedisDb = 1;
	return {
		redis,
		pg,
		dir,
		timings: { install: installS, start: startS },
		/** An empty database plus a Redis DB number and Bull prefix of its own. */
		async createDatabase(name) {
			pg.psql(`DROP DATABASE IF EXISTS ${name}`);
			pg.psql(`CREATE DATABASE ${name}`);
			const redisDb = nextRedisDb++;
			return {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: pg.host,
				DB_POSTGRESDB_PORT: String(pg.port),
				DB_POSTGRESDB_DATABASE: name,
				DB_POSTGRESDB_USER: pg.user,
				DB_POSTGRESDB_PASSWORD: pg.password,
				QUEUE_BULL_REDIS_HOST: redis.host,
				QUEUE_BULL_REDIS_PORT: String(redis.port),
				QUEUE_BULL_REDIS_DB: String(redisDb),
				QUEUE_BULL_PREFIX: `bull-${name}`,
			};
		},
		/** One SQL statement's rows as text (`psql -tA`). */
		sql: (statement, db) => pg.psql(statement, db),
		async stop() {
			await Promise.all([stopProc(redis.proc), stopProc(pg.proc, 'SIGINT')]);
			if (!keep) fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

module.exports = { startServices };
