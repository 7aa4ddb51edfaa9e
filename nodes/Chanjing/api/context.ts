import type {
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/**
 * Where the node's own requests run: an item of an operation (its hooks), the panel (a list
 * search of the Creation ID field), which has no item, or the Chanjing Trigger (a callback it
 * verifies, a poll), which has none either.
 */
export type RequestContext =
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IWebhookFunctions
	| IPollFunctions;

/** The item a request is about, for error messages; undefined in the panel and the trigger. */
export function itemIndexOf(ctx: RequestContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}
