import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeParameters, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { CHANJING_TYPE, nodeTypes } from './node-types';
import { CREDENTIAL_ID, TEST_BASE_URL, TEST_TOKEN, testAdditionalData } from './run-workflow';

/**
 * Calls one of the node's option loaders the way n8n's REST API does when a dropdown with
 * `loadOptionsMethod` opens (packages/cli, DynamicNodeParametersService.getOptionsViaMethodName):
 * a "Temp-Node" of the node's type with the panel's parameters, and n8n-core's LoadOptionsContext.
 */
export async function loadOptions(
	methodName: string,
	parameters: INodeParameters,
	path = 'parameters.x',
): Promise<INodePropertyOptions[]> {
	const credentialsHelper = new TestCredentialsHelper();
	credentialsHelper.stored.set(CREDENTIAL_ID, { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
	const node: INode = {
		id: 'uuid-1234',
		name: 'Temp-Node',
		type: CHANJING_TYPE,
		typeVersion: 2,
		position: [0, 0],
		parameters,
		credentials: { chanjingApi: { id: CREDENTIAL_ID, name: 'Chanjing account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const nodeType = nodeTypes.getByNameAndVersion(CHANJING_TYPE, 2) as INodeType;
	const method = nodeType.methods?.loadOptions?.[methodName];
	if (!method) throw new Error(`The node has no option loader ${methodName}`);
	const context = new LoadOptionsContext(
		workflow,
		workflow.getNode('Temp-Node')!,
		testAdditionalData(credentialsHelper, { currentNodeParameters: parameters }),
		path,
	);
	return await method.call(context);
}
