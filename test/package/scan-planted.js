#!/usr/bin/env node
'use strict';
/**
 * A test of the scan itself (`npm run scan`, test/package/scan.js), not a run of it: the same
 * command, on tarballs with a known answer.
 *
 *   node test/package/scan-planted.js              # build + pack this checkout
 *   node test/package/scan-planted.js --tgz x.tgz  # start from this tarball
 *
 * 1. The clean tarball: `scan.js --tgz clean.tgz` exits 0 with `5 passed, 0 failed`.
 * 2. For each defect n8n's verification refuses (a `console.log`, a `process.env`): a copy of
 *    the tarball with the line appended to the node's compiled file (package.json → n8n.nodes[0]),
 *    packed again as npm packs (`package/` prefix). `scan.js --tgz planted.tgz` must exit non-zero,
 *    its check "no findings in the packed package" must fail naming the file and the rule, and its
 *    other checks must still pass (the defect, not a broken run, failed it).
 *
 * `--plant '<line>'` plants that line instead (to see this test fail when the scan misses
 * something: `--plant 'exports.harmless = 1;'`).
 * The last line is exactly `N passed, M failed`; the exit code is non-zero on any failure.
 */
const { spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { plantTarget } = require('./shipped');

const REPO = path.resolve(__dirname, '..', '..');
const SCAN = path.join(__dirname, 'scan.js');
const PACKED_CHECK = '✘ scanner: no findings in the packed package';

const DEFECTS = [
	{ what: 'console.log', line: 'console.log("planted by scan-planted.js");', rule: 'no-console' },
	{
		what: 'process.env',
		line: 'exports.planted = process.env.HOME;',
		rule: 'no-restricted-globals',
	},
];

function pack() {
	const res = spawnSync('bash', [path.join(REPO, 'test', 'e2e', 'pack.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	if (res.status !== 0) throw new Error(`pack.sh failed (exit ${res.status})`);
	return res.stdout.trim().split('\n').pop();
}

/** `node scan.js --tgz <tgz>`: its exit code and output. */
function scan(tgz) {
	const res = spawnSync(process.execPath, [SCAN, '--tgz', tgz], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 10 * 60 * 1000,
	});
	const out = `${res.stdout}${res.stderr}`;
	const last = res.stdout.trim().split('\n').pop();
	return { status: res.status, out, last };
}

/** The tarball with `line` appended to the node's compiled file, packed again. */
function plant(tgz, into, line) {
	const root = path.join(into, 'unpacked');
	fs.mkdirSync(root, { recursive: true });
	execFileSync('tar', ['-xzf', tgz, '-C', root]);
	const pkg = path.join(root, 'package');
	const target = plantTarget(pkg);
	fs.appendFileSync(path.join(pkg, target), `\n${line}\n`);
	const out = path.join(into, `planted-${path.basename(tgz)}`);
	execFileSync('tar', ['-czf', out, '-C', root, 'package']);
	return { tgz: out, target };
}

function main() {
	const argv = process.argv.slice(2);
	const opt = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : null);
	const defects = opt('--plant')
		? [{ what: 'the given line', line: opt('--plant'), rule: '' }]
		: DEFECTS;
	const results = [];
	const check = (name, fn) => {
		try {
			const note = fn();
			console.log(`✔ ${name}${note ? ` — ${note}` : ''}`);
			results.push(true);
		} catch (e) {
			console.log(`✘ ${name}\n${String(e.message || e).replace(/^/gm, '    ')}`);
			results.push(false);
		}
	};
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjing-scan-planted-'));
	try {
		const clean = opt('--tgz') ? path.resolve(opt('--tgz')) : pack();
		check('scan passes the clean tarball', () => {
			const r = scan(clean);
			if (r.status !== 0 || r.last !== '5 passed, 0 failed') {
				throw new Error(`exit ${r.status}, "${r.last}":\n${r.out}`);
			}
			return r.last;
		});
		for (const { what, line, rule } of defects) {
			const planted = plant(clean, fs.mkdtempSync(path.join(work, 'p-')), line);
			check(`scan fails the tarball with a planted ${what} in ${planted.target}`, () => {
				const r = scan(planted.tgz);
				if (r.status === 0) {
					throw new Error(`the scan passed a tarball with \`${line}\`:\n${r.out}`);
				}
				const at = r.out.indexOf(PACKED_CHECK);
				if (at < 0) throw new Error(`the scan failed, but not on the packed package:\n${r.out}`);
				const report = r.out.slice(at, r.out.indexOf('\n✔', at) >>> 0);
				for (const want of [path.basename(planted.target), rule].filter(Boolean)) {
					if (!report.includes(want)) {
						throw new Error(`the scan's report does not name ${want}:\n${report}`);
					}
				}
				if (r.last !== '4 passed, 1 failed') {
					throw new Error(
						`expected only the packed-package check to fail, got "${r.last}":\n${r.out}`,
					);
				}
				const finding = report.split('\n').find((l) => /\berror\b/.test(l));
				return `${r.last}; ${finding ? finding.trim() : ''}`;
			});
		}
	} catch (e) {
		console.log(`✘ scan-planted: ${e.stack || e}`);
		results.push(false);
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	const passed = results.filter(Boolean).length;
	const failed = results.length - passed;
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed || !passed ? 1 : 0);
}

main();
