import { ExecuteSingleContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { nodeTypes } from './node-types';
import { chanjingNode, CREDENTIAL_ID, testAdditionalData } from './run-workflow';

export interface SingleContext {
	/** n8n-core's own per-item context of a Chanjing node, as hooks receive it. */
	context: ExecuteSingleContext;
	credentialsHelper: TestCredentialsHelper;
	workflow: Workflow;
	node: INode;
}

/**
 * A Chanjing node's per-item context (what preSend/postReceive hooks and the requests they
 * make get as `this`), with the credential stored in a TestCredentialsHelper, the node's
 * parameters (Video → Generate by default) and its input items (one empty item by default;
 * `itemIndex` picks the item).
 */
export function chanjingSingleContext(
	credentials: ICredentialDataDecryptedObject,
	itemIndex = 0,
	credentialsHelper = new TestCredentialsHelper(),
	{
		items = [{ json: {} }],
		parameters = { resource: 'video', operation: 'generate' },
	}: { items?: INodeExecutionData[]; parameters?: INodeParameters } = {},
): SingleContext {
	credentialsHelper.stored.set(CREDENTIAL_ID, credentials);
	const node = chanjingNode(parameters);
	const workflow = new Workflow({
		id: 'wf-context',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
		settings: {},
	});
	const additionalData = testAdditionalData(credentialsHelper);
	const context = new ExecuteSingleContext(
		workflow,
		node,
		additionalData,
		'manual',
		createRunExecutionData(),
		0,
		items,
		{ main: [items] },
		itemIndex,
		{ node, data: { main: [items] }, source: null },
		new AbortController().signal,
	);
	return { context, credentialsHelper, workflow, node };
}
