import { PollContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ChanjingTrigger } from '../../nodes/ChanjingTrigger/ChanjingTrigger.node';
import { TestCredentialsHelper } from './credentials-helper';
import './n8n-core-timers';
import { CREDENTIAL_ID, TEST_BASE_URL, TEST_TOKEN, testAdditionalData } from './run-workflow';

export const CHANJING_TRIGGER_TYPE = 'n8n-nodes-chanjing.chanjingTrigger';
export const WEBHOOK_ID = 'b0c4f7e2-5a51-4c7c-9a55-1b9f6d0e2a11';

const trigger = new ChanjingTrigger();
const triggerTypes: INodeTypes = {
	getByName: () => trigger as INodeType,
	getByNameAndVersion: () => trigger as INodeType,
	getKnownTypes: () => ({}),
};

export function triggerNode(parameters: IDataObject | INodeParameters): INode {
	return {
		id: 'chanjing-trigger',
		name: 'Chanjing Trigger',
		type: CHANJING_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: WEBHOOK_ID,
		parameters: parameters as INodeParameters,
		credentials: { chanjingApi: { id: CREDENTIAL_ID, name: 'Chanjing account' } },
	};
}

/**
 * A saved workflow holding one Chanjing Trigger, as n8n keeps it between polls and webhook
 * calls: its static data lives on (pass the same object on, as n8n does from its database, or a
 * copy of it to stand for a restart).
 */
export function triggerWorkflow(
	parameters: IDataObject | INodeParameters,
	staticData: IDataObject = {},
): Workflow {
	return new Workflow({
		id: 'wf-trigger',
		name: 'Chanjing Trigger test',
		nodes: [triggerNode(parameters)],
		connections: {},
		active: true,
		nodeTypes: triggerTypes,
		staticData,
		settings: {},
	});
}

function credentials(): TestCredentialsHelper {
	const helper = new TestCredentialsHelper();
	helper.stored.set(CREDENTIAL_ID, { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
	return helper;
}

/** n8n-core's own poll context for the workflow's trigger ('trigger' mode: a scheduled poll). */
export function pollContext(
	workflow: Workflow,
	mode: WorkflowExecuteMode = 'trigger',
): PollContext {
	const node = workflow.getNode('Chanjing Trigger')!;
	return new PollContext(workflow, node, testAdditionalData(credentials()), mode, 'activate');
}

/** What a fake express response records of the answer the node sent itself. */
export interface SentAnswer {
	status?: number;
	body?: unknown;
}

export interface CallbackRequest {
	body?: unknown;
	/** The request's path; the production URL's path with the node's Path Secret by default. */
	path?: string;
	headers?: Record<string, string>;
	/** The bytes n8n read; JSON of the body by default. */
	rawBody?: Buffer;
}

/** The production path n8n gives the node's webhook (plus `/<secret>` when one is set). */
export function webhookPath(secret = ''): string {
	return `/webhook/${WEBHOOK_ID}/callback${secret ? `/${secret}` : ''}`;
}

/**
 * n8n-core's own webhook context for one callback: the request and response are minimal
 * stand-ins for express's (what the node reads of them), the rest is n8n-core's.
 */
export function webhookContext(
	workflow: Workflow,
	request: CallbackRequest,
	mode: WorkflowExecuteMode = 'webhook',
): { context: WebhookContext; sent: SentAnswer } {
	const node = workflow.getNode('Chanjing Trigger')!;
	const raw = request.rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
	const sent: SentAnswer = {};
	const httpRequest = {
		method: 'POST',
		path: request.path ?? webhookPath(String(node.parameters.pathSecret ?? '')),
		url: request.path ?? webhookPath(String(node.parameters.pathSecret ?? '')),
		headers: {
			'content-type': 'application/json',
			'content-length': String(raw.length),
			...request.headers,
		},
		body: request.body,
		rawBody: raw,
		query: {},
		params: {},
	};
	const httpResponse = {
		status(code: number) {
			sent.status = code;
			return httpResponse;
		},
		json(body: unknown) {
			sent.body = body;
			return httpResponse;
		},
	};
	const additionalData = testAdditionalData(credentials(), {
		httpRequest,
		httpResponse,
	} as never);
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: `${WEBHOOK_ID}/callback`,
		webhookDescription: trigger.description.webhooks![0],
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
	} as IWebhookData;
	const context = new WebhookContext(workflow, node, additionalData, mode, webhookData, [], null);
	return { context, sent };
}

export { trigger as chanjingTrigger };
