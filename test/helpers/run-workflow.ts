import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createDeferredPromise, createRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';
import { CHANJING_TYPE, MANUAL_TRIGGER_TYPE, nodeTypes, TRIGGER_TYPE } from './node-types';

export const TEST_BASE_URL = 'https://open-api.chanjing.cc';
export const TEST_TOKEN = 'test-token-Zq81';
export const CREDENTIAL_ID = 'cred-1';

let executions = 0;

/** A new execution ID per run, as n8n gives each execution its own. */
function nextExecutionId(): string {
	executions += 1;
	return `exec-${executions}`;
}

export interface RunOptions {
	/** The Chanjing node's parameters, as a workflow JSON stores them. */
	parameters: INodeParameters;
	/** The trigger's output items; one empty item by default. */
	items?: IDataObject[];
	/** The trigger's output items with binary data; wins over `items`. */
	inputItems?: INodeExecutionData[];
	/** Stored credential data; a token credential for the test host by default. */
	credentials?: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	/** Reuse a helper to run a second execution against what the first one saved. */
	credentialsHelper?: TestCredentialsHelper;
	/** The Chanjing node's settings beyond its parameters (e.g. retryOnFail, onError). */
	node?: Partial<INode>;
	/** Run as this execution (n8n's Retry On Fail stays within one execution). */
	executionId?: string;
}

export interface RunResult {
	/** The Chanjing node's output items (main output 0), undefined when the node failed. */
	items?: INodeExecutionData[];
	/** The error the execution ended with, if any. */
	error?: Error & { description?: string | null; context?: IDataObject };
	run: IRun;
	credentialsHelper: TestCredentialsHelper;
}

/** A Chanjing node using the stored test credential. */
export function chanjingNode(parameters: INodeParameters, extra: Partial<INode> = {}): INode {
	return {
		id: 'chanjing',
		name: 'Chanjing',
		type: CHANJING_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters,
		credentials: { chanjingApi: { id: CREDENTIAL_ID, name: 'Chanjing account' } },
		...extra,
	};
}

/** What n8n hands an execution besides the workflow: the credentials helper and the instance URLs. */
export function testAdditionalData(
	credentialsHelper: TestCredentialsHelper,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		executionId: 'exec-1',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		variables: {},
		logAiEvent: () => {},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Runs Trigger → Chanjing in n8n-core's WorkflowExecute, the way n8n runs a workflow. */
export async function runChanjing(options: RunOptions): Promise<RunResult> {
	const credentialsHelper = options.credentialsHelper ?? new TestCredentialsHelper();
	if (!options.credentialsHelper || options.credentials) {
		credentialsHelper.stored.set(
			CREDENTIAL_ID,
			options.credentials ?? { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
		);
	}

	const trigger: INode = {
		id: 'trigger',
		name: 'Trigger',
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const chanjing = chanjingNode(options.parameters, {
		continueOnFail: options.continueOnFail,
		...options.node,
	});
	const executionId = options.executionId ?? nextExecutionId();
	const workflowData: IWorkflowBase = {
		id: 'wf-test',
		name: 'Chanjing test',
		active: false,
		isArchived: false,
		nodes: [trigger, chanjing],
		connections: {
			Trigger: { main: [[{ node: 'Chanjing', type: 'main', index: 0 }]] },
		},
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;

	const workflow = new Workflow({
		id: workflowData.id,
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		nodeTypes,
		active: false,
		settings: {},
	});

	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished.resolve(fullRunData));

	const additionalData = testAdditionalData(credentialsHelper, { hooks, executionId });

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: trigger,
					data: { main: [options.inputItems ?? (options.items ?? [{}]).map((json) => ({ json }))] },
					source: null,
				},
			],
		},
	});

	const workflowExecute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await workflowExecute.processRunExecutionData(workflow);
	const run = await finished.promise;

	const taskData = run.data.resultData.runData.Chanjing?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? undefined,
		error: (run.data.resultData.error ?? taskData?.error) as RunResult['error'],
		run,
		credentialsHelper,
	};
}

/** A workflow as n8n saves it; `pinData` holds what each node is expected to output. */
export interface WorkflowFile {
	nodes: INode[];
	connections: IWorkflowBase['connections'];
	pinData?: Record<string, Array<{ json: IDataObject }>>;
}

export interface WorkflowFileResult {
	/** Each node's output items (json only), by node name. */
	outputs: Record<string, IDataObject[]>;
	/** The error the execution ended with, if any. */
	error?: Error;
}

/**
 * Runs a saved workflow in n8n-core's WorkflowExecute, from its Manual Trigger (one empty item),
 * with its pinData left out: pinData is the expected output, the way n8n's own node tests use it.
 */
export async function runWorkflowFile(
	file: WorkflowFile,
	credentials: ICredentialDataDecryptedObject = { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
): Promise<WorkflowFileResult> {
	const credentialsHelper = new TestCredentialsHelper();
	for (const node of file.nodes) {
		const reference = node.credentials?.chanjingApi;
		if (reference?.id) credentialsHelper.stored.set(reference.id, credentials);
	}
	const workflowData = {
		id: 'wf-file',
		name: 'Chanjing workflow test',
		active: false,
		isArchived: false,
		nodes: file.nodes,
		connections: file.connections,
		settings: { executionOrder: 'v1' },
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		nodes: file.nodes,
		connections: file.connections,
		nodeTypes,
		active: false,
		settings: workflowData.settings,
	});
	const trigger = file.nodes.find((node) => node.type === MANUAL_TRIGGER_TYPE);
	if (!trigger) throw new Error('The workflow has no Manual Trigger');

	const hooks = new ExecutionLifecycleHooks('manual', 'exec-file', workflowData);
	const finished = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished.resolve(fullRunData));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: trigger, data: { main: [[{ json: {} }]] }, source: null }],
		},
	});
	const workflowExecute = new WorkflowExecute(
		testAdditionalData(credentialsHelper, { hooks }),
		'manual',
		runExecutionData,
	);
	await workflowExecute.processRunExecutionData(workflow);
	const run = await finished.promise;

	const outputs: Record<string, IDataObject[]> = {};
	for (const [name, tasks] of Object.entries(run.data.resultData.runData)) {
		outputs[name] = (tasks[0]?.data?.main?.[0] ?? []).map((item) => item.json);
	}
	return { outputs, error: run.data.resultData.error };
}
