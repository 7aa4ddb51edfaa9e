import { ExecuteSingleContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	INode,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { CHANJING_TYPE, nodeTypes } from './node-types';
import { CREDENTIAL_ID } from './run-workflow';

export interface SingleContext {
	/** n8n-core's own per-item context of a Chanjing node, as hooks receive it. */
	context: ExecuteSingleContext;
	credentialsHelper: TestCredentialsHelper;
	workflow: Workflow;
	node: INode;
}

/**
 * A Chanjing node's per-item context (what preSend/postReceive hooks and the requests they
 * make get as `this`), with the credential stored in a TestCredentialsHelper.
 */
export function chanjingSingleContext(
	credentials: ICredentialDataDecryptedObject,
	itemIndex = 0,
	credentialsHelper = new TestCredentialsHelper(),
): SingleContext {
	credentialsHelper.stored.set(CREDENTIAL_ID, credentials);
	const node: INode = {
		id: 'chanjing',
		name: 'Chanjing',
		type: CHANJING_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource: 'video', operation: 'generate' },
		credentials: { chanjingApi: { id: CREDENTIAL_ID, name: 'Chanjing account' } },
	};
	const workflow = new Workflow({
		id: 'wf-context',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
		settings: {},
	});
	const additionalData = {
		credentialsHelper,
		executionId: 'exec-context',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const items = [{ json: {} }];
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
