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
import './n8n-core-timers';

export const TRIGGER_TYPE = 'test.trigger';
export const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';
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

/** Stands in for n8n's Manual Trigger in saved workflows: one empty item. */
class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: "When clicking 'Execute workflow'" },
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
	[MANUAL_TRIGGER_TYPE]: new ManualTrigger(),
	[CHANJING_TYPE]: withDeclarativeDefaults(new Chanjing()),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string): INodeType | IVersionedNodeType => types[type],
	getByNameAndVersion: (type: string): INodeType => types[type],
	getKnownTypes: () => ({}),
};
