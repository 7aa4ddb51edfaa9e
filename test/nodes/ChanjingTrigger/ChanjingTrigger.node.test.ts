import type { IDataObject } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { envelope } from '../../helpers/chanjing-api';
import {
	chanjingTrigger,
	pollContext,
	triggerWorkflow,
	webhookContext,
	webhookPath,
	WEBHOOK_ID,
} from '../../helpers/trigger-context';
import {
	AI_LIST,
	aiVideoTask,
	callbackBody,
	expectAiCreationDetail,
	expectListPage,
} from '../../helpers/trigger-tasks';

const { description } = chanjingTrigger;

/** The webhook n8n registers for the node, resolved as n8n's WebhookService resolves it. */
function registeredWebhook(parameters: IDataObject) {
	const workflow = triggerWorkflow(parameters);
	const node = workflow.getNode('Chanjing Trigger')!;
	const [webhook] = description.webhooks!;
	const value = (expression: unknown) =>
		workflow.expression.getSimpleParameterValue(node, expression as string, 'internal', {});
	return {
		path: NodeHelpers.getNodeWebhookPath(workflow.id, node, String(value(webhook.path))),
		httpMethod: value(webhook.httpMethod),
		hideUrl: value(webhook.ndvHideUrl),
	};
}

describe('ChanjingTrigger: the description', () => {
	it('is a trigger that both polls and takes a webhook, with the Chanjing credential', () => {
		expect(description).toMatchObject({
			name: 'chanjingTrigger',
			displayName: 'Chanjing Trigger',
			group: ['trigger'],
			polling: true,
			inputs: [],
			credentials: [{ name: 'chanjingApi', required: true }],
		});
	});

	it('registers POST <webhook id>/callback in Webhook mode, with /<Path Secret> when set', () => {
		expect(registeredWebhook({ triggerMode: 'webhook' })).toEqual({
			path: `${WEBHOOK_ID}/callback`,
			httpMethod: 'POST',
			hideUrl: false,
		});
		expect(registeredWebhook({ triggerMode: 'webhook', pathSecret: 'k3J9x2Lq' }).path).toBe(
			`${WEBHOOK_ID}/callback/k3J9x2Lq`,
		);
		expect(registeredWebhook({ triggerMode: 'webhook', pathSecret: 'k3/J9 x?' }).path).toBe(
			`${WEBHOOK_ID}/callback/k3J9x`,
		);
	});

	it('registers no webhook in Polling mode (no method) and hides its URL', () => {
		expect(registeredWebhook({ triggerMode: 'polling' })).toMatchObject({
			httpMethod: '',
			hideUrl: true,
		});
	});

	it('is found in the nodes panel under "chanjing": its codex names the node and the word', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const codex = require('../../../nodes/ChanjingTrigger/ChanjingTrigger.node.json');
		expect(codex.node).toBe('n8n-nodes-chanjing.chanjingTrigger');
		expect(codex.alias).toContain('chanjing');
		expect(description.displayName.toLowerCase()).toContain('chanjing');
	});

	it('names its mode property triggerMode, so that the nodes panel lists no actions for it', () => {
		expect(description.properties.find((p) => p.name.toLowerCase() === 'mode')).toBeUndefined();
	});
});

describe('ChanjingTrigger: webhook() and poll() run the trigger', () => {
	it('webhook(): a callback on the path n8n registered starts the workflow with the task', async () => {
		const workflow = triggerWorkflow({
			triggerMode: 'webhook',
			pathSecret: 'k3J9x2Lq',
			products: ['aiVideo'],
			simplify: false,
		});
		expectAiCreationDetail('vid-1', envelope(0, aiVideoTask('vid-1')));
		const { context } = webhookContext(workflow, {
			path: webhookPath('k3J9x2Lq'),
			body: callbackBody(aiVideoTask('vid-1')),
		});
		const result = await chanjingTrigger.webhook.call(context);
		expect(result.workflowData).toEqual([[{ json: aiVideoTask('vid-1') }]]);
	});

	it('poll(): the first poll emits nothing old', async () => {
		const workflow = triggerWorkflow({ triggerMode: 'polling', products: ['aiVideo'] });
		expectListPage(AI_LIST, { type: 4, page: 1, page_size: 50 }, [aiVideoTask('vid-1')]);
		expect(await chanjingTrigger.poll.call(pollContext(workflow))).toBeNull();
	});
});
