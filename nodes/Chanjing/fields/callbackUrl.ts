import type { INodeProperties } from 'n8n-workflow';

/** Callback URL, an option of every Generate. */
export const callbackUrlOption: INodeProperties = {
	displayName: 'Callback URL',
	name: 'callbackUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $execution.resumeUrl }}',
	description:
		'Chanjing POSTs the finished task here. To start another workflow when the task finishes, paste the Production URL of a Chanjing Trigger (Webhook mode). With a Wait node set to "On Webhook Call", use {{ $execution.resumeUrl }} to wait without polling.',
	routing: { send: { type: 'body', property: 'callback' } },
};
