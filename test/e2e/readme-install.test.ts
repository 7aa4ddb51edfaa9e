/**
 * The README's install blocks as the e2e suite reads and adapts them (scenarios 11 and 12 then
 * run them in real n8n). Only two things may change between the README and what runs: the
 * package name in `npm install` (→ the tarball under test) and the `git clone` URL.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installBlock, adaptForTest, readmeBlock, readReadme } = require('./readme-install');

const markdown = [
	'intro',
	'<!-- install:x -->',
	'```sh',
	'a',
	'b',
	'```',
	'<!-- /install -->',
].join('\n');

describe('installBlock', () => {
	it('returns the fenced commands between the markers', () => {
		expect(installBlock(markdown, 'x')).toBe('a\nb');
	});

	it('names a missing or unclosed block', () => {
		expect(() => installBlock(markdown, 'y')).toThrow('README has no <!-- install:y --> block');
		expect(() => installBlock('<!-- install:x -->\n```sh\na\n```', 'x')).toThrow('is not closed');
	});
});

describe('adaptForTest', () => {
	it('puts the tarball in place of the package name of npm install, and nothing else', () => {
		const block = [
			'mkdir -p ~/.n8n/nodes && cd ~/.n8n/nodes',
			'npm install n8n-nodes-chanjing --omit=peer',
			'npm install ~/n8n-nodes-chanjing-*.tgz --omit=peer',
			'echo n8n-nodes-chanjing',
		].join('\n');
		expect(adaptForTest(block, { tgz: '/t/p.tgz' }).split('\n')).toEqual([
			'mkdir -p ~/.n8n/nodes && cd ~/.n8n/nodes',
			'npm install /t/p.tgz --omit=peer',
			'npm install ~/n8n-nodes-chanjing-*.tgz --omit=peer',
			'echo n8n-nodes-chanjing',
		]);
	});

	it('clones this checkout into the folder the URL would give', () => {
		const block = 'git clone https://github.com/o/n8n-nodes-chanjing.git\ncd n8n-nodes-chanjing';
		expect(adaptForTest(block, { tgz: null, repo: '/src/here' })).toBe(
			'git clone /src/here n8n-nodes-chanjing\ncd n8n-nodes-chanjing',
		);
	});
});

describe('the README', () => {
	it('installs by hand without a second n8n-workflow', () => {
		expect(readmeBlock('by-hand')).toMatch(/npm install n8n-nodes-chanjing --omit=peer/);
	});

	it('has the tarball, from-clone and Docker blocks', () => {
		expect(readmeBlock('tarball')).toMatch(/npm install ~\/\S+\.tgz --omit=peer/);
		expect(readmeBlock('from-clone')).toMatch(/npm ci && npm run build && npm pack/);
		expect(readmeBlock('docker')).toMatch(/npm install n8n-nodes-chanjing --omit=peer/);
	});

	// Before publication `npm install n8n-nodes-chanjing` answers 404: the ways that work come first.
	it('leads with the installs that work before publication', () => {
		const markdown: string = readReadme();
		const at = (name: string) => markdown.indexOf(`<!-- install:${name} -->`);
		expect(at('tarball')).toBeLessThan(at('by-hand'));
		expect(at('from-clone')).toBeLessThan(at('by-hand'));
	});
});
