import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

// n8n's two community-node rule sets: the legacy plugin's package/credential/node rules and
// the current @n8n/eslint-plugin-community-nodes recommended config.
const legacy = (name) => ({
	plugins: { 'n8n-nodes-base': n8nNodesBase },
	rules: n8nNodesBase.configs[name].rules,
});

export default [
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'test/**',
			'eslint.config.mjs',
			'gulpfile.js',
			'jest.config.js',
			'index.js',
		],
	},
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
	},
	{
		files: ['package.json'],
		// The legacy rules read package.json as the TypeScript parser sees it, as in n8n's starter.
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		...legacy('community'),
	},
	{ files: ['credentials/**/*.ts'], ...legacy('credentials') },
	{ files: ['nodes/**/*.ts'], ...legacy('nodes') },
	{
		// As n8n's node starter: these rules are for nodes inside n8n's own repository, and the
		// inputs/outputs rules predate NodeConnectionTypes, which n8n's current nodes use.
		files: ['credentials/**/*.ts', 'nodes/**/*.ts'],
		rules: {
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{ ...communityNodes.configs.recommended, files: ['**/*.ts', 'package.json'] },
];
