#!/usr/bin/env node
'use strict';
/**
 * `npm run release` (docs/releasing.md).
 *
 * On the owner's machine, on an up-to-date main with nothing uncommitted:
 *
 *   npm run release -- 0.2.0          # or patch | minor | major
 *   npm run release -- 0.2.0 --push   # the same, then push main and the tag: that publishes
 *
 * checks what the release guard checks before a tag exists (owner fields filled in, see
 * release:setup), dates the CHANGELOG (## [Unreleased] → ## [0.2.0] - today; a heading
 * "## [0.2.0] - unreleased" already there is folded into it), sets the version in package.json and
 * package-lock.json, commits "Release 0.2.0" and tags 0.2.0. Nothing is published from here:
 * the tag starts .github/workflows/publish.yml, which publishes with provenance.
 *
 * In GitHub Actions (GITHUB_ACTIONS=true, no version given) it is n8n's `n8n-node release`: lint,
 * build, then `npm publish` with RELEASE_MODE=true and provenance — what n8n's template runs.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ownerProblems } = require('./release-guard');

const REPO = path.resolve(__dirname, '..');

function run(cmd, args, opts = {}) {
	const res = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', ...opts });
	if (res.status !== 0 && !opts.allowFail) {
		throw new Error(`${cmd} ${args.join(' ')} failed:\n${res.stdout || ''}${res.stderr || ''}`);
	}
	return (res.stdout || '').trim();
}

function fail(message) {
	console.error(`\nrelease: ${message}\n`);
	process.exit(1);
}

/** The next version: x.y.z as given, or patch / minor / major of the current one. */
function nextVersion(current, wanted) {
	if (/^\d+\.\d+\.\d+$/.test(wanted)) return wanted;
	const [major, minor, patch] = current.split('.').map(Number);
	if (wanted === 'patch') return `${major}.${minor}.${patch + 1}`;
	if (wanted === 'minor') return `${major}.${minor + 1}.0`;
	if (wanted === 'major') return `${major + 1}.0.0`;
	return null;
}

/**
 * CHANGELOG.md with the Unreleased changes under `## [version] - date`. A heading
 * `## [version] - unreleased` below is dropped, so its entries join the release.
 */
function datedChangelog(text, version, date) {
	const unreleased = /^## \[Unreleased\][^\n]*\n/m.exec(text);
	if (!unreleased) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
	const escaped = version.replace(/\./g, '\\.');
	if (new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}`, 'm').test(text)) {
		throw new Error(`CHANGELOG.md already has a dated section for ${version}`);
	}
	const body = text
		.slice(unreleased.index + unreleased[0].length)
		.replace(new RegExp(`^## \\[${escaped}\\] - unreleased[^\\n]*\\n(\\n)?`, 'mi'), '')
		.replace(/^\s+/, '');
	const next = /^## \[/m.exec(body);
	if (!(next ? body.slice(0, next.index) : body).trim()) {
		throw new Error('CHANGELOG.md: nothing under "## [Unreleased]" to release');
	}
	const head = text.slice(0, unreleased.index);
	return `${head}## [Unreleased]\n\n## [${version}] - ${date}\n\n${body}`;
}

function main() {
	const args = process.argv.slice(2);
	const wanted = args.find((a) => !a.startsWith('--'));
	if (process.env.GITHUB_ACTIONS === 'true' && !wanted) {
		// The publish workflow: n8n's own release command (lint, build, npm publish with provenance).
		const bin = path.join(REPO, 'node_modules', '.bin', 'n8n-node');
		const res = spawnSync(bin, ['release'], { cwd: REPO, stdio: 'inherit' });
		process.exit(res.status === null ? 1 : res.status);
	}
	if (!wanted) fail('which version? npm run release -- <x.y.z | patch | minor | major> [--push]');

	const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const version = nextVersion(pkg.version, wanted);
	if (!version) fail(`"${wanted}" is not x.y.z, patch, minor or major`);

	const branch = run('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
	if (branch !== 'main') fail(`releases are made on main, this is ${branch}`);
	const dirty = run('git', ['status', '--porcelain']);
	if (dirty) fail(`commit or stash first:\n${dirty}`);
	if (run('git', ['tag', '--list', version])) fail(`the tag ${version} exists already`);
	const owner = ownerProblems();
	if (owner.length) {
		fail(
			`the owner fields are not filled in (docs/releasing.md):\n${owner.map((p) => `  ✘ ${p}`).join('\n')}\n` +
				'  npm run release:setup -- --repo <owner>/<repo> --author "Name <email>"',
		);
	}

	const date = new Date().toISOString().slice(0, 10);
	const changelogFile = path.join(REPO, 'CHANGELOG.md');
	try {
		fs.writeFileSync(
			changelogFile,
			datedChangelog(fs.readFileSync(changelogFile, 'utf8'), version, date),
		);
	} catch (e) {
		fail(e.message);
	}
	run('npm', [
		'version',
		version,
		'--no-git-tag-version',
		'--allow-same-version',
		'--ignore-scripts',
	]);
	const guard = spawnSync(
		process.execPath,
		[path.join(__dirname, 'release-guard.js'), '--static'],
		{
			cwd: REPO,
			stdio: 'inherit',
		},
	);
	if (guard.status !== 0) {
		run('git', ['checkout', '--', 'CHANGELOG.md', 'package.json', 'package-lock.json']);
		fail('the release guard refused; nothing was changed');
	}
	run('git', ['add', 'CHANGELOG.md', 'package.json', 'package-lock.json']);
	run('git', ['commit', '-q', '-m', `Release ${version}`]);
	run('git', ['tag', '-a', version, '-m', `Release ${version}`]);
	console.error(
		`release: committed "Release ${version}" and tagged ${version} (CHANGELOG dated ${date}).`,
	);

	if (args.includes('--push')) {
		run('git', ['push', '--atomic', 'origin', 'main', version], { stdio: 'inherit' });
		console.error(
			`release: pushed; the publish workflow now publishes ${version} with provenance.`,
		);
	} else {
		console.error(`Publish it: git push --atomic origin main ${version}`);
		console.error(`(or undo: git tag -d ${version} && git reset --hard HEAD~1)`);
	}
	return 0;
}

if (require.main === module) main();

module.exports = { nextVersion, datedChangelog };
