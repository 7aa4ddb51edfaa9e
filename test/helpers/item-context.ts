import type { ICredentialDataDecryptedObject, IExecuteSingleFunctions, INode } from 'n8n-workflow';

export interface ItemContextOptions {
	/** The node's parameters as n8n resolved them for the item (dotted paths are read into). */
	parameters?: Record<string, unknown>;
	typeVersion?: number;
	itemIndex?: number;
	executionId?: string;
	/** The node's settings beyond its parameters (name, type, credentials). */
	node?: Partial<INode>;
	/** What getCredentials gives (or the error it throws); no credential by default. */
	credentials?: ICredentialDataDecryptedObject | Error;
}

/**
 * The part of an item's context (IExecuteSingleFunctions) that the node's pure steps read: the
 * node, the item index, the execution ID, the parameters and the stored credential. `getNodeParameter(name, fallback)`
 * gives the fallback for a parameter that is not set, as n8n does. For a unit test of a step that
 * sends no request; anything that sends goes through n8n-core (run-workflow.ts, single-context.ts).
 */
export function itemContext({
	parameters = {},
	typeVersion = 2,
	itemIndex = 0,
	executionId = 'exec-1',
	node = {},
	credentials = new Error('The test gave the item no credential'),
}: ItemContextOptions = {}): IExecuteSingleFunctions {
	const theNode: INode = {
		id: 'chanjing',
		name: 'Chanjing',
		// node-types.ts names it too, but loads n8n-core and the node: a unit test needs neither
		type: 'n8n-nodes-chanjing.chanjing',
		typeVersion,
		position: [0, 0],
		parameters: {},
		credentials: { chanjingApi: { id: 'cred-1', name: 'Chanjing account' } },
		...node,
	};
	const read = (path: string): unknown =>
		path
			.split('.')
			.reduce<unknown>(
				(value, key) =>
					value !== null && typeof value === 'object'
						? (value as Record<string, unknown>)[key]
						: undefined,
				parameters,
			);
	return {
		getNode: () => theNode,
		getItemIndex: () => itemIndex,
		getExecutionId: () => executionId,
		getCredentials: async () => {
			if (credentials instanceof Error) throw credentials;
			return credentials;
		},
		getNodeParameter: (path: string, fallback?: unknown) => {
			const value = read(path);
			return value === undefined ? fallback : value;
		},
	} as unknown as IExecuteSingleFunctions;
}
