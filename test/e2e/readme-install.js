'use strict';
/**
 * The install commands of the README, run exactly as written in a fresh n8n user folder.
 *
 * The README marks each block of commands:
 *
 *   <!-- install:by-hand -->
 *   ```sh
 *   ...commands...
 *   ```
 *   <!-- /install -->
 *
 * so the README and this test cannot drift. Only what cannot exist here is replaced: the package
 * name in `npm install n8n-nodes-chanjing …` by the tarball under test (the package is not on the
 * registry before publication), and the repository URL in `git clone <url>` by this checkout.
 * HOME is the n8n user folder, so `~/.n8n/nodes` is that n8n's nodes folder.
 */
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { STATIC_TOKEN, staticTokenCredential } = require('./fixtures');
const { N8nInstance, PACKAGE_NAME, nodeOutput, runError } = require('./n8n-instance');

const REPO = path.resolve(__dirname, '..', '..');
const README = path.join(REPO, 'README.md');

/** The shell block between `<!-- install:<name> -->` and `<!-- /install -->` of a Markdown text. */
function installBlock(markdown, name) {
	const open = `<!-- install:${name} -->`;
	const start = markdown.indexOf(open);
	if (start < 0) throw new Error(`README has no ${open} block`);
	const end = markdown.indexOf('<!-- /install -->', start);
	if (end < 0) throw new Error(`README: ${open} is not closed by <!-- /install -->`);
	const fenced = markdown.slice(start + open.length, end).match(/```(?:sh|bash)?\n([\s\S]*?)```/);
	if (!fenced) throw new Error(`README: ${open} holds no fenced shell block`);
	return fenced[1].trim();
}

/**
 * The block with the two replacements described above: `npm install n8n-nodes-chanjing` → the
 * tarball; `git clone <url>` → this checkout, into the folder the URL would have given.
 */
function adaptForTest(commands, { tgz, repo = REPO }) {
	return commands
		.split('\n')
		.map((line) =>
			line
				.replace(
					new RegExp(`^(\\s*npm install\\b.*?\\s)${PACKAGE_NAME}(?=\\s|$)`),
					(_, head) => `${head}${tgz}`,
				)
				.replace(/^(\s*git clone\s+)(\S+)/, (_, head, url) => {
					const dir = path.basename(url).replace(/\.git$/, '');
					return `${head}${repo} ${dir}`;
				}),
		)
		.join('\n');
}

function readReadme() {
	return fs.readFileSync(README, 'utf8');
}

function readmeBlock(name) {
	return installBlock(readReadme(), name);
}

/** npm's own cache folder, so that commands run with another HOME still find it warm. */
function npmCache() {
	return execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
}

/**
 * Runs a block with bash -euo pipefail, HOME = the instance's user folder, the instance's Node
 * first on PATH, in `cwd`. Resolves to {code, output, seconds}.
 */
function runBlock(inst, script, { cwd, timeoutMs = 600000 } = {}) {
	const env = {
		...inst.env(),
		HOME: inst.userFolder,
		npm_config_cache: npmCache(),
		npm_config_prefer_offline: 'true',
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
	};
	const t0 = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
			cwd: cwd || inst.workDir,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const out = [];
		child.stdout.on('data', (c) => out.push(c));
		child.stderr.on('data', (c) => out.push(c));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.once('error', reject);
		child.once('close', (code) => {
			clearTimeout(timer);
			resolve({
				code,
				output: Buffer.concat(out).toString('utf8'),
				seconds: (Date.now() - t0) / 1000,
			});
		});
	});
}

/**
 * A block that installs a tarball from the user's home (`npm install ~/Downloads/x.tgz`) finds
 * the tarball under test there, so the block runs exactly as written.
 */
function placeTarballsTheBlockNames(script, home, tgz) {
	for (const [, rel] of script.matchAll(/npm install\s+~\/(\S+\.tgz)/g)) {
		if (rel.includes('*')) continue; // a glob names what an earlier line of the block made
		const target = path.join(home, rel);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.copyFileSync(tgz, target);
	}
}

/** Every folder named `name` under `dir`/node_modules, at any depth. */
function findPackages(dir, name) {
	const found = [];
	const walk = (d) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			if (!e.isDirectory()) continue;
			const p = path.join(d, e.name);
			if (e.name === name && path.basename(d) === 'node_modules') found.push(p);
			walk(p);
		}
	};
	if (fs.existsSync(dir)) walk(dir);
	return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The README block `name` run in a fresh n8n user folder (HOME), then checked the way a user
 * would see it: the nodes folder holds the package and no n8n-workflow of its own, and n8n runs
 * the text-to-video workflow with it (the creation ID comes back; the simulator saw one submit).
 */
async function installFromReadmeAndRun(
	{ major, sim, assert, loadWorkflow, apiRequests, time, log },
	name,
	{ tgz },
) {
	const inst = await N8nInstance.create({ major });
	try {
		const script = adaptForTest(readmeBlock(name), { tgz });
		placeTarballsTheBlockNames(script, inst.userFolder, tgz);
		const res = await time(`README ${name}`, () => runBlock(inst, script));
		assert.equal(
			res.code,
			0,
			`README ${name} block failed (exit ${res.code}):\n${script}\n---\n${res.output.slice(-4000)}`,
		);

		const nodeModules = path.join(inst.dotN8n, 'nodes', 'node_modules');
		const top = fs.readdirSync(nodeModules).filter((n) => !n.startsWith('.'));
		assert.deepEqual(top, [PACKAGE_NAME], `~/.n8n/nodes/node_modules holds ${JSON.stringify(top)}`);
		assert.deepEqual(
			findPackages(nodeModules, 'n8n-workflow'),
			[],
			'a second n8n-workflow was installed beside the node',
		);

		const wf = loadWorkflow('text-to-video');
		await inst.importCredentials([staticTokenCredential(sim)]);
		await inst.importWorkflow(wf);
		const run = await time('execute', () => inst.execute(wf.id));
		assert.equal(
			run.exitCode,
			0,
			`n8n execute failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
		);
		assert.equal(runError(run.output), undefined, JSON.stringify(runError(run.output)));
		const out = nodeOutput(run.output, 'Generate video');
		assert.match(String(out && out[0] && out[0].creationId), UUID, JSON.stringify(out));
		const submits = (await apiRequests()).filter(
			(r) => r.path === '/open/v1/ai_creation/task/submit',
		);
		assert.equal(submits.length, 1, 'one submit');
		assert.equal(submits[0].headers.access_token, STATIC_TOKEN);
		log(
			`README ${name}: ${res.seconds.toFixed(1)} s, ~/.n8n/nodes/node_modules = ${JSON.stringify(top)}; creation ID ${out[0].creationId}`,
		);
	} finally {
		await inst.dispose();
	}
}

module.exports = {
	installFromReadmeAndRun,
	installBlock,
	adaptForTest,
	readmeBlock,
	readReadme,
	runBlock,
	findPackages,
	README,
};
