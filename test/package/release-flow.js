'use strict';
/**
 * For release.test.ts: the release scripts run as the owner and npm run them, in a copy of the
 * files they read and write (package.json, LICENSE, the READMEs, CHANGELOG.md, the codexes,
 * scripts/; node_modules linked). Plain JavaScript: the tests need child_process and fs, which
 * the node code's lint rules forbid in TypeScript.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');

/** A throw-away copy of what the release scripts touch; returns its folder. */
function releaseCopy() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjing-release-'));
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const codexes = pkg.n8n.nodes.map((js) => js.replace(/^dist\//, '').replace(/\.js$/, '.json'));
	for (const file of [
		'package.json',
		'package-lock.json',
		'LICENSE',
		'README.md',
		'docs/zh-CN/README.md',
		'CHANGELOG.md',
		'.npmrc',
		...codexes,
	]) {
		if (!fs.existsSync(path.join(REPO, file))) continue;
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.copyFileSync(path.join(REPO, file), path.join(dir, file));
	}
	fs.cpSync(path.join(REPO, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
	fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

/** Runs a command in `cwd` with `env` added; nothing can reach a registry (loopback port 9). */
function run(cwd, cmd, args, env = {}) {
	const clean = Object.fromEntries(
		Object.entries(process.env).filter(
			([k]) => !/^(npm_|RELEASE_MODE$|GITHUB_ACTIONS$|NPM_CONFIG_PROVENANCE$)/i.test(k),
		),
	);
	const res = spawnSync(cmd, args, {
		cwd,
		encoding: 'utf8',
		timeout: 120000,
		env: {
			...clean,
			npm_config_registry: 'http://127.0.0.1:9/',
			npm_config_update_notifier: 'false',
			npm_config_offline: 'true',
			...env,
		},
	});
	return { status: res.status, out: `${res.stdout}${res.stderr}` };
}

const read = (dir, file) => fs.readFileSync(path.join(dir, file), 'utf8');
const write = (dir, file, text) => fs.writeFileSync(path.join(dir, file), text);
const remove = (dir) => fs.rmSync(dir, { recursive: true, force: true });

module.exports = { REPO, releaseCopy, run, read, write, remove };
