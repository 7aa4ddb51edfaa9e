import type { INodeExecutionData, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { processMemory } from '../memory/processMemory';

/**
 * A callback sent to the Test URL: n8n runs the webhook, then a manual execution that starts at
 * this node — and for a node that also polls, that execution calls poll() instead of passing the
 * webhook's items on (n8n-core's WorkflowExecute.runNode, 1.123 and 2.41 alike). The webhook
 * therefore leaves its items here and the manual poll() takes them. Both run in the main
 * process, where n8n runs manual executions (unless they are sent to queue-mode workers:
 * OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS, then the manual poll says so).
 */

function keyOf(ctx: IWebhookFunctions | IPollFunctions): string {
	return `${ctx.getWorkflow().id ?? ''}\n${ctx.getNode().name}`;
}

export function leaveTestItems(ctx: IWebhookFunctions, items: INodeExecutionData[]): void {
	processMemory.testCallbacks.set(keyOf(ctx), items);
}

export function takeTestItems(ctx: IPollFunctions): INodeExecutionData[][] {
	const key = keyOf(ctx);
	const items = processMemory.testCallbacks.get(key);
	processMemory.testCallbacks.delete(key);
	if (items) return [items];
	throw new NodeOperationError(ctx.getNode(), "No callback reached this node's Test URL", {
		description:
			'In Webhook mode the node waits for Chanjing to call its Test URL: put the Test URL in the Callback URL of a Chanjing node, run it, and wait for the task to finish. (In queue mode with manual executions sent to workers, test the node through its Production URL instead.)',
	});
}
