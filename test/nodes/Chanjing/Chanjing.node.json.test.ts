/**
 * The codex decides whether n8n's nodes panel finds the node. These are n8n's rules (editor-ui
 * node creator, 1.123.x and 2.41.x): a search matches `displayName` and `codex.alias`, and a node
 * in the AI category is dropped from the main search unless its AI subcategories include
 * "Root Nodes". The browser scenario (test/e2e/scenarios/10-*) proves the same in real n8n.
 */
import codex from '../../../nodes/Chanjing/Chanjing.node.json';
import { Chanjing } from '../../../nodes/Chanjing/Chanjing.node';

/** What users type to find it (issue 9). */
const REQUIRED_ALIASES = [
	'chanjing',
	'蝉镜',
	'hailuo',
	'minimax',
	'video',
	'text to video',
	'image to video',
];
/** Categories n8n's own nodes use (n8n-nodes-base and the AI nodes). */
const N8N_CATEGORIES = [
	'AI',
	'Analytics',
	'Communication',
	'Data & Storage',
	'Development',
	'Finance & Accounting',
	'Marketing',
	'Miscellaneous',
	'Productivity',
	'Sales',
	'Utility',
];

/** n8n's filterOutAiNodes: does the main nodes-panel search keep this node? */
function keptByMainSearch(c: { categories?: string[]; subcategories?: Record<string, string[]> }) {
	if (!c.categories?.includes('AI')) return true;
	return c.subcategories?.AI?.includes('Root Nodes') === true;
}

describe('Chanjing codex', () => {
	it('names the node type n8n registers for the package', () => {
		const { name, defaultVersion } = new Chanjing().description;
		expect(codex.node).toBe(`n8n-nodes-chanjing.${name}`);
		expect(codex.nodeVersion).toBe(`${defaultVersion}.0`);
	});

	it('uses only categories n8n knows', () => {
		expect(codex.categories.filter((c) => !N8N_CATEGORIES.includes(c))).toEqual([]);
	});

	it('keeps the node in the main search of the nodes panel', () => {
		expect(keptByMainSearch(codex)).toBe(true);
		expect(keptByMainSearch({ ...codex, subcategories: { AI: ['Miscellaneous'] } })).toBe(false);
	});

	it('has every alias users type', () => {
		const aliases = codex.alias.map((a) => a.toLowerCase());
		expect(REQUIRED_ALIASES.filter((a) => !aliases.includes(a))).toEqual([]);
	});
});
