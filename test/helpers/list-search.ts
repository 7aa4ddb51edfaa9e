import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { CHANJING_TYPE, nodeTypes } from './node-types';
import { CREDENTIAL_ID, TEST_BASE_URL, TEST_TOKEN, testAdditionalData } from './run-workflow';

export interface ListSearchOptions {
	/** The node's parameters as the panel holds them while the list opens. */
	parameters?: INodeParameters;
	/** Stored credential data; a token credential for the test host by default. */
	credentials?: ICredentialDataDecryptedObject;
	filter?: string;
	paginationToken?: string;
	/** n8n's time zone (GENERIC_TIMEZONE); UTC here. */
	timezone?: string;
}

export interface ListSearchResult {
	result?: INodeListSearchResult;
	error?: Error & { description?: string | null };
	credentialsHelper: TestCredentialsHelper;
}

/**
 * Calls one of the node's list searches the way n8n's REST API does when a resource locator's
 * "From List" opens (packages/cli, DynamicNodeParametersService.getResourceLocatorResults): a
 * workflow holding only a "Temp-Node" of the node's type with the panel's parameters and the
 * chosen credential, and n8n-core's LoadOptionsContext as `this`.
 */
export async function searchList(
	methodName: string,
	options: ListSearchOptions = {},
): Promise<ListSearchResult> {
	const credentialsHelper = new TestCredentialsHelper();
	credentialsHelper.stored.set(
		CREDENTIAL_ID,
		options.credentials ?? { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
	);
	const parameters = options.parameters ?? { resource: 'video', operation: 'get' };
	const node: INode = {
		id: 'uuid-1234',
		name: 'Temp-Node',
		type: CHANJING_TYPE,
		typeVersion: 2,
		position: [0, 0],
		parameters,
		credentials: { chanjingApi: { id: CREDENTIAL_ID, name: 'Chanjing account' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: { timezone: options.timezone ?? 'UTC' },
	});
	const nodeType = nodeTypes.getByNameAndVersion(CHANJING_TYPE, 2) as INodeType;
	const method = nodeType.methods?.listSearch?.[methodName];
	if (!method) throw new Error(`The node has no list search ${methodName}`);
	const additionalData = testAdditionalData(credentialsHelper, {
		currentNodeParameters: parameters,
	});
	const context = new LoadOptionsContext(
		workflow,
		workflow.getNode('Temp-Node')!,
		additionalData,
		'parameters.creationId',
	);
	try {
		const result = await method.call(context, options.filter, options.paginationToken);
		return { result, credentialsHelper };
	} catch (error) {
		return { error: error as ListSearchResult['error'], credentialsHelper };
	}
}
