import ts from 'typescript';

/**
 * The node's folders from the bottom up (docs/design.md, "Layout"): a file may import from its
 * own folder and the layers below, never from a layer above, nor from another folder of its own
 * layer (so products never import each other). The credential uses only `api`, `memory` and
 * `auth`. Imports are resolved by the TypeScript compiler with the build's tsconfig.
 */
const LAYERS: string[][] = [
	['api', 'media', 'memory'], // Chanjing's conventions, file signatures, what the process keeps
	['auth'], // the access token
	['transport'], // one request: pacing, timeouts, outcomes
	['task', 'input', 'routing'], // the engine's vocabulary: adapter, input checks, an item's life
	['upload', 'submit', 'completion'], // the engine's stages
	['fields'], // panel fields every product shares
	['aiCreation', 'lookups'], // what AI video and AI image share; avatars, voices, fonts, tags
	['aiVideo', 'aiImage', 'avatarVideo', 'speech', 'lipSync', 'avatar', 'voice', 'account'], // the products
	['trigger'], // the Chanjing Trigger: callbacks and polls of the products' tasks
	['node'],
];
const rankOf = (layer: string) => LAYERS.findIndex((group) => group.includes(layer));

const configPath = ts.findConfigFile(
	ts.sys.getCurrentDirectory(),
	ts.sys.fileExists,
	'tsconfig.build.json',
);
if (!configPath) throw new Error('tsconfig.build.json not found');
const root = configPath.replace(/\/tsconfig\.build\.json$/, '');
const NODE_DIR = `${root}/nodes/Chanjing/`;
const CREDENTIALS_DIR = `${root}/credentials/`;

const config = ts.getParsedCommandLineOfConfigFile(
	configPath,
	{},
	{
		...ts.sys,
		onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
			throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
		},
	},
)!;

/** Every source file of the build and the project files it imports. */
const imports = new Map<string, string[]>(
	config.fileNames.map((file) => {
		const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, false);
		const targets = importedFiles
			.map(
				({ fileName }) =>
					ts.resolveModuleName(fileName, file, config.options, ts.sys).resolvedModule,
			)
			.filter((resolved) => resolved && !resolved.isExternalLibraryImport)
			.map((resolved) => resolved!.resolvedFileName);
		return [file, targets];
	}),
);

/** The layer of a file under nodes/Chanjing: its first folder, or `node` for the top files. */
function layerOf(file: string): string {
	const [first, ...rest] = file.slice(NODE_DIR.length).split('/');
	return rest.length === 0 ? 'node' : first;
}

function upwardImports(file: string): string[] {
	const layer = layerOf(file);
	const rank = rankOf(layer);
	return (imports.get(file) ?? [])
		.filter((target) => target.startsWith(NODE_DIR))
		.filter((target) => {
			const other = layerOf(target);
			return rankOf(other) > rank || (rankOf(other) === rank && other !== layer);
		})
		.map((target) => target.slice(NODE_DIR.length));
}

const nodeFiles = [...imports.keys()].filter((file) => file.startsWith(NODE_DIR));

describe('layers', () => {
	it('every folder of the node is a known layer', () => {
		expect(nodeFiles.length).toBeGreaterThan(10);
		for (const file of nodeFiles) expect(rankOf(layerOf(file))).toBeGreaterThanOrEqual(0);
	});

	it.each(nodeFiles.map((file) => [file.slice(NODE_DIR.length), file]))(
		'%s imports nothing from a layer above it',
		(_name, file) => {
			expect(upwardImports(file)).toEqual([]);
		},
	);

	it('the credential uses only the token code and what it stands on', () => {
		const used = [...imports]
			.filter(([file]) => file.startsWith(CREDENTIALS_DIR))
			.flatMap(([, targets]) => targets.map(layerOf));
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((layer) => !['api', 'memory', 'auth'].includes(layer))).toEqual([]);
	});

	it('the check sees imports (it can fail)', () => {
		const route = imports.get(`${NODE_DIR}routing/route.ts`);
		expect(route).toEqual(
			expect.arrayContaining([`${NODE_DIR}auth/hooks.ts`, `${NODE_DIR}routing/errorGate.ts`]),
		);
		imports.set(`${NODE_DIR}api/probe.ts`, [`${NODE_DIR}routing/errorGate.ts`]);
		expect(upwardImports(`${NODE_DIR}api/probe.ts`)).toEqual(['routing/errorGate.ts']);
		imports.set(`${NODE_DIR}aiImage/probe.ts`, [`${NODE_DIR}aiVideo/hailuo.ts`]);
		expect(upwardImports(`${NODE_DIR}aiImage/probe.ts`)).toEqual(['aiVideo/hailuo.ts']);
		imports.delete(`${NODE_DIR}api/probe.ts`);
		imports.delete(`${NODE_DIR}aiImage/probe.ts`);
	});
});
