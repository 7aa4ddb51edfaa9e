#!/usr/bin/env node
'use strict';
/**
 * Once, by the owner: fill in who publishes the package and where it lives (docs/releasing.md).
 *
 *   npm run release:setup -- --repo <owner>/<repo> --author "Name <email>" [--holder "Name"]
 *
 * Writes package.json `repository`, `homepage`, `bugs`, `author`; the LICENSE holder (--holder,
 * or the author's name); and moves every GitHub link to the project's repository — the codex
 * documentation links, README.md, docs/zh-CN/README.md, docs/*.md, CHANGELOG.md — to <owner>/<repo>.
 * It commits nothing: check `git diff`, then commit. The release guard
 * (scripts/release-guard.js --static) must then pass.
 */
const fs = require('node:fs');
const path = require('node:path');
const { ownerProblems, slugOf } = require('./release-guard');

const REPO = path.resolve(__dirname, '..');

function usage(message) {
	console.error(
		`${message}\nusage: npm run release:setup -- --repo <owner>/<repo> --author "Name <email>" [--holder "Name"]`,
	);
	process.exit(2);
}

function arg(name) {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A link to the project's repository: a placeholder owner or an earlier one of the project. */
function projectSlugs(pkg) {
	const slugs = new Set(['OWNER/n8n-nodes-chanjing', 'n8n-nodes-chanjing/n8n-nodes-chanjing']);
	const current = slugOf(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);
	if (current) slugs.add(current);
	return [...slugs];
}

function main() {
	const repo = arg('--repo');
	const author = arg('--author');
	if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || /\bOWNER\b/.test(repo)) {
		usage('--repo <owner>/<repo>: the GitHub repository the package is published from');
	}
	const person = /^\s*([^<]+?)\s*<([^>\s]+@[^>\s]+)>\s*$/.exec(author || '');
	if (!person) usage('--author "Name <email>": the publisher npm shows');
	const holder = arg('--holder') || person[1];

	const pkgFile = path.join(REPO, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
	const oldSlugs = projectSlugs(pkg);
	const url = `https://github.com/${repo}`;
	pkg.repository = { type: 'git', url: `git+${url}.git` };
	pkg.homepage = `${url}#readme`;
	pkg.bugs = { url: `${url}/issues` };
	pkg.author = { name: person[1], email: person[2] };
	const changed = [];
	fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
	changed.push('package.json');

	const licenseFile = path.join(REPO, 'LICENSE');
	const license = fs.readFileSync(licenseFile, 'utf8');
	const year = /^Copyright \(c\) (\d{4})/m.exec(license)?.[1] || String(new Date().getFullYear());
	fs.writeFileSync(
		licenseFile,
		license.replace(/^Copyright \(c\) .*$/m, `Copyright (c) ${year} ${holder}`),
	);
	changed.push('LICENSE');

	// Every file that links to the repository: the codexes (from package.json's node list), the
	// READMEs and the docs.
	const codexes = (pkg.n8n?.nodes || []).map((js) =>
		js.replace(/^dist\//, '').replace(/\.js$/, '.json'),
	);
	const docs = fs.existsSync(path.join(REPO, 'docs'))
		? fs
				.readdirSync(path.join(REPO, 'docs'))
				.filter((f) => f.endsWith('.md'))
				.map((f) => `docs/${f}`)
		: [];
	for (const file of [...codexes, 'README.md', 'docs/zh-CN/README.md', 'CHANGELOG.md', ...docs]) {
		const full = path.join(REPO, file);
		if (!fs.existsSync(full)) continue;
		const text = fs.readFileSync(full, 'utf8');
		let next = text;
		for (const old of oldSlugs) next = next.split(`github.com/${old}`).join(`github.com/${repo}`);
		if (next !== text) {
			fs.writeFileSync(full, next);
			changed.push(file);
		}
	}

	console.error(
		`release:setup: ${changed.join(', ')} now name ${repo} and ${person[1]} <${person[2]}>`,
	);
	const left = ownerProblems();
	if (left.length) {
		console.error('still to fill in by hand:');
		for (const p of left) console.error(`  ✘ ${p}`);
		return 1;
	}
	console.error('check `git diff`, then commit.');
	return 0;
}

process.exit(main());
