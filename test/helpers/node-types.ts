import type {
	IExecuteFunctions,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { DirectoryLoader } from 'n8n-core';
import { NodeConnectionTypes } from 'n8n-workflow';

import { Chanjing } from '../../nodes/Chanjing/Chanjing.node';

export const TRIGGER_TYPE = 'test.trigger';
export const CHANJING_TYPE = 'n8n-nodes-chanjing.chanjing';

/** Stands in for whatever trigger a user starts with: it passes its items on unchanged. */
class TestTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Trigger',
		name: 'testTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Emits the items a test gives it',
		defaults: { name: 'Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	}
}

function withDeclarativeDefaults(nodeType: INodeType): INodeType {
	// n8n adds the "Request Options" (batching, timeout, proxy) to every declarative node when it loads it.
	DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
	return nodeType;
}

const types: Record<string, INodeType> = {
	[TRIGGER_TYPE]: new TestTrigger(),
	[CHANJING_TYPE]: withDeclarativeDefaults(new Chanjing()),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string): INodeType | IVersionedNodeType => types[type],
	getByNameAndVersion: (type: string): INodeType => types[type],
	getKnownTypes: () => ({}),
};
