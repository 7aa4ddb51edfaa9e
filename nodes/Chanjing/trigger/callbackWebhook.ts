import type { IWebhookDescription } from 'n8n-workflow';

/**
 * The Chanjing Trigger's one webhook, for Webhook mode: `POST <n8n>/webhook/<node's id>/callback`,
 * plus `/<Path Secret>` when one is set (characters other than letters, digits, - and _ are
 * dropped, as secret.ts does), so that n8n itself answers 404 to a URL without the secret. In Polling mode its
 * method is empty: n8n then registers no webhook (and the panel shows no URL). Chanjing has no
 * API to register or remove a callback URL (it is sent with each task), so the node has no
 * webhookMethods.
 */
export const CALLBACK_WEBHOOKS: IWebhookDescription[] = [
	{
		name: 'default',
		httpMethod: '={{ $parameter["triggerMode"] === "polling" ? "" : "POST" }}',
		responseMode: 'onReceived',
		path: '={{ "callback" + (String($parameter["pathSecret"] || "").replace(/[^A-Za-z0-9_-]/g, "") ? "/" + String($parameter["pathSecret"]).replace(/[^A-Za-z0-9_-]/g, "") : "") }}',
		ndvHideUrl: '={{ $parameter["triggerMode"] === "polling" }}',
		ndvHideMethod: true,
	},
];
