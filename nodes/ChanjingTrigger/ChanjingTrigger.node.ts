import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../Chanjing/api/credential';
import { CALLBACK_WEBHOOKS } from '../Chanjing/trigger/callbackWebhook';
import { triggerFields } from '../Chanjing/trigger/fields';
import { pollFinishedTasks } from '../Chanjing/trigger/poll';
import { receiveCallback } from '../Chanjing/trigger/webhook';

/**
 * Starts a workflow when a Chanjing task finishes: by Chanjing's callback (Webhook mode), or by
 * reading the task lists at the Poll Times (Polling mode), for an n8n Chanjing cannot reach.
 * Both modes emit the task as Chanjing's API returns it, never as a callback claims it.
 */
export class ChanjingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chanjing Trigger',
		name: 'chanjingTrigger',
		icon: { light: 'file:chanjing.svg', dark: 'file:chanjing.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["triggerMode"] === "polling" ? "Polling" : "Webhook" }}',
		description:
			'Starts the workflow when a Chanjing (蝉镜) video, image, speech, lip-sync, voice clone or custom avatar task finishes',
		defaults: { name: 'Chanjing Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		polling: true,
		webhooks: CALLBACK_WEBHOOKS,
		properties: triggerFields,
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveCallback.call(this);
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollFinishedTasks.call(this);
	}
}
