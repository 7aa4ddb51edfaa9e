#!/usr/bin/env node
'use strict';
/**
 * The release guard: refuses an `npm publish` that must not happen (docs/releasing.md).
 *
 *   node scripts/release-guard.js            # the checks, now (prepublishOnly; the release script)
 *   node scripts/release-guard.js --prepack  # the same, but only when npm is publishing
 *   node scripts/release-guard.js --static   # only what the owner fills in (no publish checks)
 *
 * Why two hooks: n8n's template refuses a local publish in `prepublishOnly` (`n8n-node
 * prerelease`), but this project's .npmrc sets `ignore-scripts=true` (dependencies must not build
 * on Node 20), and npm then skips `prepublishOnly`. `publishConfig` turns scripts back on for the
 * packing step of `npm publish`, so `prepack` runs on every publish; `--prepack` lets `npm pack`
 * through (npm_command is "pack" there).
 *
 * What it refuses:
 * 1. Placeholders the owner must fill in once: `repository`, `homepage`, `bugs`, `author` in
 *    package.json, the LICENSE holder, the documentation links of each node's codex, and every
 *    GitHub link to the project in the shipped README.md. A placeholder is the word OWNER, or a
 *    value the project used before it had an owner (the repository n8n-nodes-chanjing/n8n-nodes-chanjing
 *    that does not exist). All links must name the one repository of `repository.url`.
 * 2. A version without its dated section in CHANGELOG.md (`## [x.y.z] - YYYY-MM-DD`).
 * 3. A publish outside the publish workflow: n8n requires npm provenance, which only GitHub
 *    Actions can sign here, so a publish needs RELEASE_MODE=true (set by `n8n-node release`,
 *    which `npm run release` runs in the workflow), GITHUB_ACTIONS=true and provenance on.
 *    `npm publish --dry-run` is held to the same rule: a dry run that passes here is a publish
 *    that would pass.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const DOCS = 'docs/releasing.md';

/** Values that name no one: the word OWNER, or what the project used before it had an owner. */
const PLACEHOLDER =
	/\bOWNER\b|n8n-nodes-chanjing\/n8n-nodes-chanjing|n8n-nodes-chanjing developers|n8n-nodes-chanjing\.dev\b/;
/** A link to a GitHub repository of this package: the slug is what must agree everywhere. */
const GITHUB_SLUG = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?=[/#?)\s"'`]|$)/g;

const read = (file) => fs.readFileSync(path.join(REPO, file), 'utf8');

/** owner/name of a GitHub URL, or null. */
function slugOf(url) {
	const m = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[/#?]|$)/.exec(String(url || ''));
	return m ? m[1] : null;
}

/** The codex files of the package's nodes (package.json → n8n.nodes, dist → source). */
function codexFiles(pkg) {
	return (pkg.n8n?.nodes || [])
		.map((js) => js.replace(/^dist\//, '').replace(/\.js$/, '.json'))
		.filter((file) => fs.existsSync(path.join(REPO, file)));
}

/** What the owner has not filled in yet, as `file: field — what is wrong` lines. */
function ownerProblems() {
	const pkg = JSON.parse(read('package.json'));
	const problems = [];
	const need = (where, value, what) => {
		if (typeof value !== 'string' || !value.trim()) problems.push(`${where}: empty — ${what}`);
		else if (PLACEHOLDER.test(value)) problems.push(`${where}: "${value}" — ${what}`);
	};
	const repoUrl = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	need(
		'package.json repository.url',
		repoUrl,
		'your GitHub repository (git+https://github.com/<owner>/<repo>.git)',
	);
	need(
		'package.json homepage',
		pkg.homepage,
		"the repository's README (https://github.com/<owner>/<repo>#readme)",
	);
	need(
		'package.json bugs.url',
		pkg.bugs?.url,
		'its issues (https://github.com/<owner>/<repo>/issues)',
	);
	const author = typeof pkg.author === 'string' ? { name: pkg.author } : pkg.author || {};
	need('package.json author.name', author.name, 'the publisher (npm shows it)');
	need('package.json author.email', author.email, "the publisher's address");
	const holder = /^Copyright \(c\) .*$/m.exec(read('LICENSE'));
	need('LICENSE', holder ? holder[0] : '', 'the copyright holder');

	const slug = slugOf(repoUrl);
	if (repoUrl && !slug)
		problems.push(`package.json repository.url: "${repoUrl}" — not a GitHub repository`);
	const sameRepo = (where, url) => {
		const s = slugOf(url);
		if (slug && s && s.toLowerCase() !== slug.toLowerCase() && !PLACEHOLDER.test(url)) {
			problems.push(`${where}: "${url}" — names ${s}, not ${slug} (repository.url)`);
		}
	};
	sameRepo('package.json homepage', pkg.homepage);
	sameRepo('package.json bugs.url', pkg.bugs?.url);

	for (const file of codexFiles(pkg)) {
		const codex = JSON.parse(read(file));
		if (!String(codex.node).startsWith(`${pkg.name}.`)) {
			problems.push(
				`${file} node: "${codex.node}" — must start with the package name ${pkg.name}.`,
			);
		}
		for (const kind of ['primaryDocumentation', 'credentialDocumentation']) {
			const urls = (codex.resources?.[kind] || []).map((r) => r.url);
			if (!urls.some((u) => slugOf(u))) {
				problems.push(`${file} resources.${kind}: no link to the package's own documentation`);
			}
			urls.forEach((u, i) => {
				if (slugOf(u)) need(`${file} resources.${kind}[${i}]`, u, "the package's documentation");
				sameRepo(`${file} resources.${kind}[${i}]`, u);
			});
		}
	}

	const readme = read('README.md');
	for (const m of readme.matchAll(GITHUB_SLUG)) {
		const s = m[1];
		if (PLACEHOLDER.test(m[0])) need('README.md', m[0], 'the GitHub links of the shipped README');
		else if (slug && /n8n-nodes-chanjing/i.test(s) && s.toLowerCase() !== slug.toLowerCase()) {
			problems.push(`README.md: "${m[0]}" — names ${s}, not ${slug} (repository.url)`);
		}
	}
	return [...new Set(problems)];
}

/** Is the version's section in CHANGELOG.md, with its date? */
function changelogProblems() {
	const { version } = JSON.parse(read('package.json'));
	const escaped = version.replace(/\./g, '\\.');
	if (
		new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, 'm').test(read('CHANGELOG.md'))
	) {
		return [];
	}
	return [
		`CHANGELOG.md: no "## [${version}] - YYYY-MM-DD" section for the version being published`,
	];
}

/** Is this a publish from the publish workflow, with provenance? */
function provenanceProblems(env = process.env) {
	const pkg = JSON.parse(read('package.json'));
	const provenance =
		String(env.npm_config_provenance).toLowerCase() === 'true' ||
		String(env.NPM_CONFIG_PROVENANCE).toLowerCase() === 'true' ||
		pkg.publishConfig?.provenance === true;
	const problems = [];
	if (env.RELEASE_MODE !== 'true' || env.GITHUB_ACTIONS !== 'true' || !provenance) {
		const seen = [
			`RELEASE_MODE=${env.RELEASE_MODE || 'unset'}`,
			`GITHUB_ACTIONS=${env.GITHUB_ACTIONS || 'unset'}`,
			...(provenance ? [] : ['provenance off']),
		];
		problems.push(
			'not the publish workflow: n8n-nodes-chanjing is published only by .github/workflows/publish.yml ' +
				'on a version tag, with npm provenance, which n8n requires of community nodes and which only ' +
				'GitHub Actions can sign. A publish from this machine would have none: refused, dry runs ' +
				`included (${seen.join(', ')}).`,
		);
	}
	return problems;
}

/** n8n's own rule (its template's prepublishOnly): no publish unless `n8n-node release` runs it. */
function n8nPrerelease() {
	const bin = path.join(REPO, 'node_modules', '.bin', 'n8n-node');
	if (!fs.existsSync(bin))
		return ['n8n-node (devDependency @n8n/node-cli) is not installed: run npm ci'];
	const res = spawnSync(bin, ['prerelease'], { cwd: REPO, encoding: 'utf8' });
	if (res.status === 0) return [];
	const said = `${res.stdout}${res.stderr}`.trim();
	return [`n8n-node prerelease refused${said ? `: ${said}` : ''}`];
}

function main() {
	const args = process.argv.slice(2);
	if (args.includes('--prepack') && process.env.npm_command !== 'publish') return 0;
	const staticOnly = args.includes('--static');
	const owner = ownerProblems();
	const problems = [
		...(staticOnly ? [] : [...provenanceProblems(), ...n8nPrerelease()]),
		...owner,
		...changelogProblems(),
	];
	if (!problems.length) {
		console.error(
			`release guard: ${staticOnly ? 'ready to release' : 'publishing'} ${JSON.parse(read('package.json')).version}`,
		);
		return 0;
	}
	console.error(`\nrelease guard: publishing is refused (${DOCS}):`);
	for (const p of problems) console.error(`  ✘ ${p}`);
	if (owner.length) {
		console.error(
			'\n  Fill the owner fields in once: npm run release:setup -- --repo <owner>/<repo> --author "Name <email>"',
		);
	}
	console.error('  Releases: npm run release -- <version> on main, then push the tag it makes.\n');
	return 1;
}

if (require.main === module) process.exit(main());

module.exports = { ownerProblems, changelogProblems, provenanceProblems, slugOf, PLACEHOLDER };
