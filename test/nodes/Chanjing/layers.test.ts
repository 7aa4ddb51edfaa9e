import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The node's folders from the bottom up (README, "Layout"): a file may import from its own
 * layer and the ones below, never from a layer above.
 */
const LAYERS = ['shared', 'auth', 'transport', 'hooks', 'descriptions', 'node'];

const NODE_DIR = resolve(__dirname, '../../../nodes/Chanjing');
const CREDENTIALS_DIR = resolve(__dirname, '../../../credentials');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

/** The layer of a file under nodes/Chanjing: its first folder, or `node` for the top files. */
function layerOf(file: string): string {
	const [first, ...rest] = relative(NODE_DIR, file).split('/');
	return rest.length === 0 ? 'node' : first;
}

function relativeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/from '(\.[^']*)'/g)].map((match) =>
		resolve(dirname(file), `${match[1]}.ts`),
	);
}

const nodeFiles = sourceFiles(NODE_DIR);

describe('layers', () => {
	it('every folder of the node is a known layer', () => {
		expect(nodeFiles.length).toBeGreaterThan(10);
		for (const file of nodeFiles) expect(LAYERS).toContain(layerOf(file));
	});

	it.each(nodeFiles.map((file) => [relative(NODE_DIR, file), file]))(
		'%s imports nothing from a layer above it',
		(_name, file) => {
			const rank = LAYERS.indexOf(layerOf(file));
			const upward = relativeImports(file)
				.filter((target) => target.startsWith(NODE_DIR))
				.filter((target) => LAYERS.indexOf(layerOf(target)) > rank)
				.map((target) => relative(NODE_DIR, target));
			expect(upward).toEqual([]);
		},
	);

	it('the credential uses only the token code and the shared facts of the node', () => {
		const used = sourceFiles(CREDENTIALS_DIR)
			.flatMap(relativeImports)
			.map((target) => layerOf(target));
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((layer) => !['shared', 'auth'].includes(layer))).toEqual([]);
	});

	it('catches an upward import (the check itself can fail)', () => {
		const shared = join(NODE_DIR, 'shared', 'x.ts');
		const hooks = join(NODE_DIR, 'hooks', 'x.ts');
		expect(LAYERS.indexOf(layerOf(hooks))).toBeGreaterThan(LAYERS.indexOf(layerOf(shared)));
		expect(layerOf(join(NODE_DIR, 'Chanjing.node.ts'))).toBe('node');
	});
});
