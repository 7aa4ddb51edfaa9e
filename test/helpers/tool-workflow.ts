import { ExecutionLifecycleHooks, RoutingNode, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
} from 'n8n-workflow';
import {
	createDeferredPromise,
	createRunExecutionData,
	deepCopy,
	NodeConnectionTypes,
	Workflow,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { CHANJING_TYPE, nodeTypes as baseNodeTypes, TRIGGER_TYPE } from './node-types';
import { CREDENTIAL_ID, TEST_BASE_URL, TEST_TOKEN, testAdditionalData } from './run-workflow';

export const TOOL_TYPE = `${CHANJING_TYPE}Tool`;
export const TOOL_USER_TYPE = 'test.toolUser';
const TOOL_USER = 'Tool User';

/**
 * The "Chanjing Tool" as n8n builds it from a node with `usableAsTool` when a workflow uses it
 * (packages/cli: `convertNodeToAiTool` renames it, makes its only output `ai_tool` and adds the
 * Tool Description fields; `NodeTypes` gives a declarative node an `execute()` that runs n8n-core's
 * RoutingNode). The end-to-end suite checks the same in a real n8n of both majors.
 */
function toolVariant(base: INodeType): INodeType {
	const description = deepCopy(base.description) as INodeTypeDescription;
	description.name += 'Tool';
	description.displayName += ' Tool';
	description.inputs = [];
	description.outputs = [NodeConnectionTypes.AiTool];
	delete description.usableAsTool;
	const descriptionType: INodeProperties = {
		displayName: 'Tool Description',
		name: 'descriptionType',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Set Automatically', value: 'auto' },
			{ name: 'Set Manually', value: 'manual' },
		],
		default: 'auto',
	};
	const toolDescription: INodeProperties = {
		displayName: 'Description',
		name: 'toolDescription',
		type: 'string',
		default: description.description,
		required: true,
		displayOptions: { show: { descriptionType: ['manual'] } },
	};
	description.properties = [descriptionType, toolDescription, ...description.properties];
	return {
		description,
		async execute(this: IExecuteFunctions) {
			return (await new RoutingNode(this as never, base).runNode()) ?? [];
		},
	};
}

export interface ToolCall {
	tool: string;
	args: IDataObject;
}

export interface ToolParameter {
	type: string;
	description?: string;
	default?: unknown;
	required: boolean;
}

export interface ToolSeen {
	name: string;
	description: string;
	parameters: Record<string, ToolParameter>;
}

interface ZodLike {
	description?: string;
	isOptional(): boolean;
	_def: { typeName: string; innerType?: ZodLike; defaultValue?: () => unknown };
}

interface StructuredToolLike {
	name: string;
	description: string;
	schema: { shape: Record<string, ZodLike> };
	invoke(args: IDataObject): Promise<string>;
}

function parameterOf(schema: ZodLike): ToolParameter {
	const inner = schema._def.innerType ?? schema;
	return {
		type: inner._def.typeName.replace(/^Zod/, '').toLowerCase(),
		description: schema.description,
		default: schema._def.defaultValue?.(),
		required: !schema.isOptional(),
	};
}

function describeTool(tool: StructuredToolLike): ToolSeen {
	return {
		name: tool.name,
		description: tool.description,
		parameters: Object.fromEntries(
			Object.entries(tool.schema.shape).map(([key, schema]) => [key, parameterOf(schema)]),
		),
	};
}

/**
 * Stands in for an AI Agent or the MCP Server Trigger: asks n8n-core for the tools connected to
 * its `ai_tool` input (n8n builds each from the tool node: name from the node name, description,
 * a schema from the `$fromAI()` calls in its parameters) and calls them with the test's arguments.
 */
class ToolUser implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tool User',
		name: 'toolUser',
		group: ['transform'],
		version: 1,
		description: 'Lists and calls the connected tools as an agent or an MCP client would',
		defaults: { name: TOOL_USER },
		usableAsTool: true,
		inputs: [
			NodeConnectionTypes.Main,
			{ type: NodeConnectionTypes.AiTool, displayName: 'Tools', required: true },
		],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const tools = (await this.getInputConnectionData(
			NodeConnectionTypes.AiTool,
			0,
		)) as StructuredToolLike[];
		const calls = (this.getInputData()[0].json.calls ?? []) as unknown as ToolCall[];
		const results: IDataObject[] = [];
		for (const call of calls) {
			const tool = tools.find((t) => t.name === call.tool);
			if (!tool) throw new Error(`no tool ${call.tool}`);
			try {
				results.push({ text: await tool.invoke(call.args) });
			} catch (error) {
				results.push({ error: (error as Error).message });
			}
		}
		return [[{ json: { tools: tools.map(describeTool), results } as unknown as IDataObject }]];
	}
}

const types: Record<string, INodeType> = {
	[TOOL_USER_TYPE]: new ToolUser(),
	[TOOL_TYPE]: toolVariant(baseNodeTypes.getByNameAndVersion(CHANJING_TYPE) as INodeType),
};

const nodeTypes: INodeTypes = {
	getByName: (type: string): INodeType | IVersionedNodeType =>
		types[type] ?? baseNodeTypes.getByName(type),
	getByNameAndVersion: (type: string, version?: number): INodeType =>
		types[type] ?? baseNodeTypes.getByNameAndVersion(type, version),
	getKnownTypes: () => ({}),
};

/** A Chanjing Tool node with the test credential. */
export function chanjingToolNode(name: string, parameters: INodeParameters): INode {
	return {
		id: `tool-${name}`,
		name,
		type: TOOL_TYPE,
		typeVersion: 1,
		position: [200, 200],
		parameters,
		credentials: { chanjingApi: { id: CREDENTIAL_ID, name: 'Chanjing account' } },
	};
}

export interface ToolRunResult {
	tools: ToolSeen[];
	/** Per call: `text` (what the tool answered the model) or `error` (the message it got). */
	results: Array<{ text?: string; error?: string }>;
	/** What n8n recorded for each tool node: the `response` items of every call. */
	toolRuns: Record<string, unknown[]>;
	run: IRun;
}

/** Runs Trigger → Tool User with the Chanjing Tool nodes connected as its tools. */
export async function runTools(
	toolNodes: INode[],
	calls: ToolCall[],
	credentials: ICredentialDataDecryptedObject = { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
): Promise<ToolRunResult> {
	const credentialsHelper = new TestCredentialsHelper();
	credentialsHelper.stored.set(CREDENTIAL_ID, credentials);
	const trigger: INode = {
		id: 'trigger',
		name: 'Trigger',
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const user: INode = {
		id: 'tool-user',
		name: TOOL_USER,
		type: TOOL_USER_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: {},
	};
	const connections: IWorkflowBase['connections'] = {
		Trigger: { main: [[{ node: TOOL_USER, type: 'main', index: 0 }]] },
	};
	for (const node of toolNodes) {
		connections[node.name] = { ai_tool: [[{ node: TOOL_USER, type: 'ai_tool', index: 0 }]] };
	}
	const workflowData = {
		id: 'wf-tools',
		name: 'Chanjing tools test',
		active: false,
		nodes: [trigger, user, ...toolNodes],
		connections,
		settings: {},
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		nodes: workflowData.nodes,
		connections,
		nodeTypes,
		active: false,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-tools', workflowData);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished.resolve(fullRunData));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: trigger,
					data: { main: [[{ json: { calls } as unknown as IDataObject }]] },
					source: null,
				},
			],
		},
	});
	const execute = new WorkflowExecute(
		testAdditionalData(credentialsHelper, { hooks }),
		'manual',
		runExecutionData,
	);
	await execute.processRunExecutionData(workflow);
	const run = await finished.promise;
	const runData = run.data.resultData.runData;
	const out = runData[TOOL_USER]?.[0]?.data?.main?.[0]?.[0]?.json as unknown as
		| Pick<ToolRunResult, 'tools' | 'results'>
		| undefined;
	if (!out) {
		throw new Error(`Tool User did not run: ${run.data.resultData.error?.message ?? 'no output'}`);
	}
	const toolRuns: Record<string, unknown[]> = {};
	for (const node of toolNodes) {
		toolRuns[node.name] = (runData[node.name] ?? []).map(
			(task) => task.data?.[NodeConnectionTypes.AiTool]?.[0]?.[0]?.json?.response ?? task.error,
		);
	}
	return { ...out, toolRuns, run };
}

/**
 * One call of an agent to one Chanjing Tool (node version 2) with these parameters: the first
 * item the tool answered the model, as the model reads it.
 */
export async function askTool(
	name: string,
	parameters: INodeParameters,
	args: IDataObject,
): Promise<IDataObject> {
	const { results } = await runTools(
		[{ ...chanjingToolNode(name, parameters), typeVersion: 2 }],
		[{ tool: name, args }],
	);
	const [answer] = JSON.parse(results[0].text as string) as IDataObject[];
	return answer;
}
