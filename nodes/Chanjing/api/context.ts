import type { IExecuteSingleFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

/**
 * Where the node's own requests run: an item of an operation (its hooks), or the panel
 * (a list search of the Creation ID field), which has no item.
 */
export type RequestContext = IExecuteSingleFunctions | ILoadOptionsFunctions;

/** The item a request is about, for error messages; undefined in the panel. */
export function itemIndexOf(ctx: RequestContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}
