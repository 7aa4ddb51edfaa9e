/**
 * The release path (docs/releasing.md): the guard refuses what the owner has not filled in and
 * any publish outside the publish workflow — through npm itself, `npm publish --dry-run`
 * included — and lets the workflow's publish through once the owner has run release:setup.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const flow = require('./release-flow');
const guard = require('../../scripts/release-guard');
const release = require('../../scripts/release');
const docs = require('./readme-docs');

const WORKFLOW_ENV = {
	GITHUB_ACTIONS: 'true',
	RELEASE_MODE: 'true',
	NPM_CONFIG_PROVENANCE: 'true',
};

describe('the release guard on the repository as committed', () => {
	it('refuses every owner field that is still a placeholder', () => {
		const problems: string = guard.ownerProblems().join('\n');
		for (const field of [
			'package.json repository.url',
			'package.json homepage',
			'package.json bugs.url',
			'package.json author.name',
			'package.json author.email',
			'LICENSE',
			'Chanjing.node.json resources.primaryDocumentation',
			'Chanjing.node.json resources.credentialDocumentation',
		]) {
			expect(problems).toContain(field);
		}
	});

	it('refuses a publish that is not the publish workflow with provenance', () => {
		expect(guard.provenanceProblems({})).toHaveLength(1);
		expect(guard.provenanceProblems({ RELEASE_MODE: 'true' })).toHaveLength(1);
		expect(guard.provenanceProblems(WORKFLOW_ENV)).toEqual([]);
	});

	it('refuses `npm publish --dry-run` on this machine, saying why and where to read on', () => {
		const r = flow.run(flow.REPO, 'npm', ['publish', '--dry-run']);
		expect(r.status).not.toBe(0);
		expect(r.out).toContain('release guard: publishing is refused (docs/releasing.md)');
		expect(r.out).toContain('not the publish workflow');
		expect(r.out).toContain('n8n-node prerelease refused');
	});

	it('lets `npm pack` through (the guard runs in prepack only when npm publishes)', () => {
		const r = flow.run(flow.REPO, 'npm', ['pack', '--dry-run', '--ignore-scripts=false']);
		expect(r.out).toContain('release-guard.js --prepack');
		expect(r.status).toBe(0);
	});
});

describe('the owner, once: release:setup, then the workflow publishes', () => {
	let dir: string;
	beforeAll(() => {
		dir = flow.releaseCopy();
		const r = flow.run(dir, 'node', [
			'scripts/release-setup.js',
			'--repo',
			'acme/n8n-nodes-chanjing',
			'--author',
			'Ada Owner <ada@example.com>',
		]);
		expect(r).toMatchObject({ status: 0 });
	});
	afterAll(() => flow.remove(dir));

	it('fills every owner field and moves every project link to the repository', () => {
		const pkg = JSON.parse(flow.read(dir, 'package.json'));
		expect(pkg.repository.url).toBe('git+https://github.com/acme/n8n-nodes-chanjing.git');
		expect(pkg.homepage).toBe('https://github.com/acme/n8n-nodes-chanjing#readme');
		expect(pkg.bugs.url).toBe('https://github.com/acme/n8n-nodes-chanjing/issues');
		expect(pkg.author).toEqual({ name: 'Ada Owner', email: 'ada@example.com' });
		expect(flow.read(dir, 'LICENSE')).toMatch(/^Copyright \(c\) \d{4} Ada Owner$/m);
		expect(flow.read(dir, 'nodes/Chanjing/Chanjing.node.json')).toContain(
			'https://github.com/acme/n8n-nodes-chanjing#readme',
		);
		expect(flow.read(dir, 'README.md')).not.toMatch(/github\.com\/(OWNER|n8n-nodes-chanjing)\//);
		const r = flow.run(dir, 'node', ['scripts/release-guard.js', '--static']);
		expect(r.out).not.toContain('package.json');
		expect(r.out).not.toContain('LICENSE');
	});

	it('still refuses a version whose CHANGELOG section is not dated', () => {
		const r = flow.run(dir, 'npm', ['publish', '--dry-run'], WORKFLOW_ENV);
		expect(r.status).not.toBe(0);
		expect(r.out).toContain('CHANGELOG.md: no "## [0.1.0] - YYYY-MM-DD" section');
	});

	it("lets the workflow's publish through npm once the CHANGELOG is dated", () => {
		const changelog = flow.read(dir, 'CHANGELOG.md');
		flow.write(dir, 'CHANGELOG.md', release.datedChangelog(changelog, '0.1.0', '2026-12-05'));
		const r = flow.run(dir, 'npm', ['publish', '--dry-run'], WORKFLOW_ENV);
		expect(r.out).toContain('release guard: publishing 0.1.0');
		expect(r.status).toBe(0);
		// The same publish from this machine is refused all the same.
		expect(flow.run(dir, 'npm', ['publish', '--dry-run']).status).not.toBe(0);
	});
});

describe('npm run release, its pure parts', () => {
	it('computes the next version', () => {
		expect(release.nextVersion('0.1.0', 'patch')).toBe('0.1.1');
		expect(release.nextVersion('0.1.9', 'minor')).toBe('0.2.0');
		expect(release.nextVersion('0.9.1', 'major')).toBe('1.0.0');
		expect(release.nextVersion('0.1.0', '0.3.0')).toBe('0.3.0');
		expect(release.nextVersion('0.1.0', 'v0.3')).toBeNull();
	});

	it('dates the Unreleased changes and folds a pending heading of that version into them', () => {
		const text = '# Changelog\n\n## [Unreleased]\n\n- b\n\n## [0.2.0] - unreleased\n\n- a\n';
		expect(release.datedChangelog(text, '0.2.0', '2026-12-05')).toBe(
			'# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-05\n\n- b\n\n- a\n',
		);
	});

	it('refuses an empty Unreleased section and a version already dated', () => {
		const dated = '## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n\n- a\n';
		expect(() => release.datedChangelog(dated, '0.2.0', 'd')).toThrow(/nothing under/);
		expect(() => release.datedChangelog(`${dated}`, '0.1.0', 'd')).toThrow(/already/);
	});
});

it("the codex's package documentation links land on the README's headings", () => {
	const codex = require('../../nodes/Chanjing/Chanjing.node.json');
	const anchors: string[] = docs.anchors(docs.readReadme('README.md'));
	const links: string[] = [
		...codex.resources.primaryDocumentation,
		...codex.resources.credentialDocumentation,
	]
		.map((r: { url: string }) => r.url)
		.filter((url: string) => url.includes('github.com'));
	expect(links.length).toBeGreaterThanOrEqual(2);
	for (const url of links) {
		const anchor = url.split('#')[1];
		// #readme is GitHub's own anchor for the README on the repository page.
		if (anchor !== 'readme')
			expect({ url, found: anchors.includes(anchor) }).toEqual({ url, found: true });
	}
});
