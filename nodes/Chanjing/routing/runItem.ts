import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isNeverConnected } from '../transport/outcome';
import { stoppingError } from './runTasks';
import { unreachableBaseUrlError } from './unreachable';

type Step = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/** Sends the request as routed (postReceive included) and returns its items. */
export type Send = (requestOptions: IHttpRequestOptions) => Promise<INodeExecutionData[]>;

export interface ItemSteps {
	/**
	 * Runs first: the items to put out with no request at all (not even for a token), e.g. a
	 * Delete given no ID; undefined to go on.
	 */
	withoutRequest?: (this: IExecuteSingleFunctions) => Promise<INodeExecutionData[] | undefined>;
	/** Run in order before the request, like preSend; a failure stops the item before any request. */
	before?: Step[];
	/** Sends the request (default: once, as routed). */
	send?: (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
		send: Send,
	) => Promise<INodeExecutionData[]>;
	/** Run in order on the items the request gave, like last postReceive hooks. */
	after?: Array<
		(this: IExecuteSingleFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>
	>;
}

/**
 * n8n's RoutingNode turns every error of a declarative node's hooks that is not a NodeApiError
 * into a NodeApiError with "Error code none", which the editor shows under "From Chanjing · Error
 * code none", and passes a NodeApiError through unchanged. So a check of the node's own (bad
 * input, a task that is not ready, an unknown outcome) is thrown as a NodeApiError without an
 * HTTP code and without raw messages: the editor then shows only its message and description,
 * nothing that says Chanjing spoke. `context.local` marks it.
 */
export function asLocalError(
	ctx: IExecuteSingleFunctions,
	error: NodeOperationError,
): NodeApiError {
	const local = new NodeApiError(ctx.getNode(), {} as JsonObject, {
		message: error.message,
		description: error.description ?? undefined,
		itemIndex: ctx.getItemIndex(),
	});
	local.httpCode = null;
	local.messages = [];
	local.context = { ...error.context, itemIndex: ctx.getItemIndex(), local: true };
	return local;
}

function asNodeError(
	ctx: IExecuteSingleFunctions,
	error: unknown,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex: ctx.getItemIndex() });
}

/**
 * The declarative routing's custom-request hook (`routing.operations.pagination` with
 * `send.paginate`): n8n hands it the request after every preSend and a `makeRoutingRequest`
 * that sends it and runs the postReceive hooks. Used as the whole life of one item, because
 * it is the one place in a declarative node that sees a request that failed without an
 * answer (closed connection, timeout) and that can put `pairedItem` on error items: n8n's own
 * error items of declarative nodes carry none. With On Error "Continue", a failed item
 * becomes `{ error }` paired with its input item instead of failing the node.
 */
export function runItem(steps: ItemSteps) {
	return Object.assign(runOneItem, { steps });

	async function runOneItem(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const pairedItem = { item: this.getItemIndex() };
		const send: Send = async (options) =>
			await this.makeRoutingRequest({ ...requestData, options } as never);
		try {
			const skipped = await steps.withoutRequest?.call(this);
			if (skipped) return skipped.map((item) => ({ ...item, pairedItem }));
			let options = requestData.options as IHttpRequestOptions;
			for (const step of steps.before ?? []) options = await step.call(this, options);
			let items = steps.send ? await steps.send.call(this, options, send) : await send(options);
			for (const step of steps.after ?? []) items = await step.call(this, items);
			return items.map((item) => ({ ...item, pairedItem }));
		} catch (error) {
			const failure = isNeverConnected(error)
				? await unreachableBaseUrlError(this, error as Error)
				: asNodeError(this, error);
			const nodeError =
				failure instanceof NodeOperationError ? asLocalError(this, failure) : failure;
			if (!this.continueOnFail()) throw stoppingError(this, nodeError);
			return [{ json: { error: nodeError.message }, error: nodeError, pairedItem }];
		}
	}
}
