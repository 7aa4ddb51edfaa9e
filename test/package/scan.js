#!/usr/bin/env node
'use strict';
/**
 * The packed package as n8n's verification sees it, offline:
 *
 *   node test/package/scan.js            # build + pack this checkout, then check
 *   node test/package/scan.js --tgz x    # check this tarball
 *
 * 1. n8n's scanner (@n8n/scan-community-package, its `analyzePackage`, installed by
 *    install-scanner.sh) finds nothing in the unpacked tarball (compiled .js and package.json,
 *    as it scans a published version) nor in the source (its SOURCE_FILE_PATTERNS).
 * 2. It does catch what it must: a copy of the package with a planted `console.log`, and one
 *    with a planted `process.env`, each fail the scan.
 * 3. The tarball ships only what a user needs: dist/ (no source maps, no declarations),
 *    package.json, LICENSE and the English README (the Chinese one, docs/zh-CN/README.md, stays in the repository);
 *    its size and file count are printed.
 *
 * The last line is exactly `N passed, M failed`; the exit code is non-zero on any failure.
 * `node test/package/scan-planted.js` tests this scan itself: it must fail on a tarball with a
 * planted `console.log` or `process.env`, and pass the clean one.
 */
const { spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const REPO = path.resolve(__dirname, '..', '..');
/** The file the defects are planted in: the package's first node, as its package.json names it. */
const PLANTED_IN = require('./shipped').plantTarget(REPO);

function installScanner() {
	const res = spawnSync('bash', [path.join(__dirname, 'install-scanner.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	if (res.status !== 0) throw new Error(`install-scanner.sh failed (exit ${res.status})`);
	const line = res.stdout.split('\n').find((l) => l.startsWith('SCANNER_DIR='));
	return line.slice('SCANNER_DIR='.length);
}

async function loadScanner(dir) {
	const file = path.join(
		dir,
		'node_modules',
		'@n8n',
		'scan-community-package',
		'scanner',
		'scanner.mjs',
	);
	return import(pathToFileURL(file).href);
}

function pack(tgzArg) {
	if (tgzArg) return path.resolve(tgzArg);
	const res = spawnSync('bash', [path.join(REPO, 'test', 'e2e', 'pack.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	if (res.status !== 0) throw new Error(`pack.sh failed (exit ${res.status})`);
	return res.stdout.trim().split('\n').pop();
}

const { isShipped, FORCED_BY_NPM } = require('./shipped');

function unpack(tgz, into) {
	fs.mkdirSync(into, { recursive: true });
	execFileSync('tar', ['-xzf', tgz, '-C', into, '--strip-components=1']);
	return into;
}

function listFiles(dir, base = dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
	});
}

/** A copy of the unpacked package with `line` appended to one shipped file. */
function plantedCopy(pkgDir, into, line) {
	fs.cpSync(pkgDir, into, { recursive: true });
	fs.appendFileSync(path.join(into, PLANTED_IN), `\n${line}\n`);
	return into;
}

async function main() {
	const argv = process.argv.slice(2);
	const tgzAt = argv.indexOf('--tgz');
	const results = [];
	const check = async (name, fn) => {
		try {
			const note = await fn();
			console.log(`✔ ${name}${note ? ` — ${note}` : ''}`);
			results.push(true);
		} catch (e) {
			console.log(`✘ ${name}\n${String(e.stack || e).replace(/^/gm, '    ')}`);
			results.push(false);
		}
	};
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjing-scan-'));
	try {
		const t0 = Date.now();
		const scanner = await loadScanner(installScanner());
		const tgz = pack(tgzAt >= 0 ? argv[tgzAt + 1] : null);
		const pkg = unpack(tgz, path.join(work, 'package'));
		console.log(
			`scanner ready and package packed in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${tgz}`,
		);
		const distScan = (dir) => scanner.analyzePackage(dir, ['**/*.js', 'package.json']);
		const failed = (r) => `${r.message}\n${r.details || ''}`;

		await check('scanner: no findings in the packed package', async () => {
			const r = await distScan(pkg);
			if (!r.passed) throw new Error(failed(r));
		});
		await check(
			'scanner: no findings in the source (nodes, credentials, package.json)',
			async () => {
				const r = await scanner.analyzePackage(REPO, scanner.SOURCE_FILE_PATTERNS);
				if (!r.passed) throw new Error(failed(r));
			},
		);
		for (const [what, line] of [
			['console.log', 'console.log("planted");'],
			['process.env', 'exports.planted = process.env.HOME;'],
		]) {
			await check(`scanner: catches a planted ${what} in ${PLANTED_IN}`, async () => {
				const copy = plantedCopy(pkg, path.join(work, `planted-${what}`), line);
				const r = await distScan(copy);
				if (r.passed) throw new Error(`the scan passed a package with ${line}`);
				if (!String(r.details).includes(path.basename(PLANTED_IN))) {
					throw new Error(`the scan failed, but not on ${PLANTED_IN}:\n${failed(r)}`);
				}
				return String(r.details)
					.split('\n')
					.filter((l) => /error/.test(l))
					.map((l) => l.trim())
					.join('; ');
			});
		}
		await check(
			'tarball: dist/, package.json, LICENSE, README.md; no maps, no declarations',
			async () => {
				const files = listFiles(pkg);
				const extra = files
					.filter((f) => !isShipped(f))
					.map((f) =>
						FORCED_BY_NPM.test(f) ? `${f} (npm packs every README* at the root: move it out)` : f,
					);
				if (extra.length) throw new Error(`shipped: ${extra.join(', ')}`);
				const size = (f) => fs.statSync(path.join(pkg, f)).size;
				const bytes = files.reduce((n, f) => n + size(f), 0);
				return `${fs.statSync(tgz).size} bytes packed, ${bytes} bytes unpacked, ${files.length} files`;
			},
		);
	} catch (e) {
		console.log(`✘ scan: ${e.stack || e}`);
		results.push(false);
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	const passed = results.filter(Boolean).length;
	const failedCount = results.length - passed;
	console.log(`${passed} passed, ${failedCount} failed`);
	process.exit(failedCount || !passed ? 1 : 0);
}

main();
