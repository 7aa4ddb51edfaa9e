/**
 * The READMEs and docs/ stay navigable and in step: every in-page link lands on a heading, every
 * link to another file finds the file (and the heading it names), the Contents list names every
 * section and subsection in order, every page of docs/ is linked from both READMEs, the Chinese
 * README has the same sections as the English one, and both list every model the node offers
 * with its source page.
 */
import { IMAGE_MODELS } from '../../nodes/Chanjing/aiImage/imageModels';
import { VIDEO_MODELS } from '../../nodes/Chanjing/aiVideo/videoModels';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const docs = require('./readme-docs');

const files: Record<string, string> = docs.READMES;

describe('slug', () => {
	it('makes anchors as GitHub does', () => {
		expect(docs.slug('Fleets: `N8N_COMMUNITY_PACKAGES`')).toBe('fleets-n8n_community_packages');
		expect(docs.slug("The node's own assumptions")).toBe('the-nodes-own-assumptions');
		expect(docs.slug('正式发布前：从源码仓库或 tarball 安装')).toBe(
			'正式发布前从源码仓库或-tarball-安装',
		);
	});
});

describe.each(Object.entries(files))('%s', (_language, name) => {
	const markdown: string = docs.readReadme(name);
	const anchors: string[] = docs.anchors(markdown);

	it('lists every section and subsection in Contents, in order', () => {
		const sections = (docs.headings(markdown) as Array<{ level: number }>)
			.map((heading, index) => ({ ...heading, anchor: anchors[index] }))
			.filter((heading) => heading.level === 2 || heading.level === 3)
			.slice(1)
			.map((heading) => heading.anchor);
		expect(docs.contentsLinks(markdown)).toEqual(sections);
	});

	it('lists every model with its model_code and source page', () => {
		for (const model of [...VIDEO_MODELS, ...IMAGE_MODELS]) {
			const row = markdown.split('\n').find((line) => line.includes(`\`${model.code}\``));
			expect({ code: model.code, row }).toEqual({
				code: model.code,
				row: expect.stringContaining(model.source),
			});
		}
	});
});

it('has the same sections in both languages', () => {
	const levels = (name: string) =>
		(docs.headings(docs.readReadme(name)) as Array<{ level: number }>).map((h) => h.level);
	expect(levels(files.zh)).toEqual(levels(files.en));
});

describe.each([...Object.values(files), ...(docs.docsPages() as string[])])('%s', (name) => {
	const markdown: string = docs.readReadme(name);

	it('has every in-page link land on a heading', () => {
		const anchors: string[] = docs.anchors(markdown);
		const broken = (docs.inPageLinks(markdown) as string[]).filter(
			(link) => !anchors.includes(decodeURIComponent(link)),
		);
		expect(broken).toEqual([]);
	});

	it('has every link to another file find the file and the heading it names', () => {
		expect(docs.brokenFileLinks(name)).toEqual([]);
	});
});

it.each(Object.values(files))('%s links every page of docs/', (name) => {
	const linked = new Set(
		(docs.fileLinks(docs.readReadme(name)) as Array<{ path: string }>).map((link) =>
			docs.fromRoot(name, link.path),
		),
	);
	expect((docs.docsPages() as string[]).filter((page) => !linked.has(page))).toEqual([]);
});

it('keeps the README a manual of at most 480 lines, the Chinese one within a tenth of it', () => {
	const lines = (name: string) => docs.readReadme(name).split('\n').length;
	expect(lines(files.en)).toBeLessThanOrEqual(480);
	expect(Math.abs(lines(files.zh) / lines(files.en) - 1)).toBeLessThanOrEqual(0.1);
});
