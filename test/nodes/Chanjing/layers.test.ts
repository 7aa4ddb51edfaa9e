import ts from 'typescript';

/**
 * The node's folders from the bottom up (README, "Layout"): a file may import from its own
 * layer and the ones below, never from a layer above. The credential uses only `shared` and
 * `auth`. Imports are resolved by the TypeScript compiler with the build's tsconfig.
 */
const LAYERS = ['shared', 'auth', 'transport', 'hooks', 'methods', 'descriptions', 'node'];

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
	const rank = LAYERS.indexOf(layerOf(file));
	return (imports.get(file) ?? [])
		.filter((target) => target.startsWith(NODE_DIR) && LAYERS.indexOf(layerOf(target)) > rank)
		.map((target) => target.slice(NODE_DIR.length));
}

const nodeFiles = [...imports.keys()].filter((file) => file.startsWith(NODE_DIR));

describe('layers', () => {
	it('every folder of the node is a known layer', () => {
		expect(nodeFiles.length).toBeGreaterThan(10);
		for (const file of nodeFiles) expect(LAYERS).toContain(layerOf(file));
	});

	it.each(nodeFiles.map((file) => [file.slice(NODE_DIR.length), file]))(
		'%s imports nothing from a layer above it',
		(_name, file) => {
			expect(upwardImports(file)).toEqual([]);
		},
	);

	it('the credential uses only the token code and the shared facts of the node', () => {
		const used = [...imports]
			.filter(([file]) => file.startsWith(CREDENTIALS_DIR))
			.flatMap(([, targets]) => targets.map(layerOf));
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((layer) => !['shared', 'auth'].includes(layer))).toEqual([]);
	});

	it('the check sees imports (it can fail)', () => {
		const hooks = imports.get(`${NODE_DIR}hooks/route.ts`);
		expect(hooks).toEqual(
			expect.arrayContaining([`${NODE_DIR}auth/hooks.ts`, `${NODE_DIR}hooks/errors.ts`]),
		);
		imports.set(`${NODE_DIR}shared/probe.ts`, [`${NODE_DIR}hooks/errors.ts`]);
		expect(upwardImports(`${NODE_DIR}shared/probe.ts`)).toEqual(['hooks/errors.ts']);
		imports.delete(`${NODE_DIR}shared/probe.ts`);
	});
});
