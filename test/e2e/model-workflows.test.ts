import type { INode } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../nodes/Chanjing/Chanjing.node';
import { loadWorkflow } from './run';

/** The saved workflows of the model scenarios 45–47. */
const WORKFLOWS = [
	'video-models-kling-seedance',
	'video-model-bad-quality-mode',
	'image-model-wait-download',
	'custom-models',
	'custom-model-bad-json',
];

const description = new Chanjing().description;

const chanjingNodes = (name: string): INode[] =>
	(loadWorkflow(name) as { nodes: INode[] }).nodes.filter(
		(node) => node.type === 'n8n-nodes-chanjing.chanjing',
	);

describe('the model scenarios’ workflows are stored as n8n saves them', () => {
	it.each(WORKFLOWS)(
		'%s: version 2 nodes, only parameters that differ from their defaults',
		(name) => {
			const nodes = chanjingNodes(name);
			expect(nodes.length).toBeGreaterThan(0);
			for (const node of nodes) {
				expect(node.typeVersion).toBe(2);
				// What n8n's editor keeps when it saves a node (defaults left out).
				const saved = NodeHelpers.getNodeParameters(
					description.properties,
					node.parameters,
					false,
					false,
					node,
					description,
				);
				expect({ node: node.name, parameters: node.parameters }).toEqual({
					node: node.name,
					parameters: saved,
				});
			}
		},
	);
});
