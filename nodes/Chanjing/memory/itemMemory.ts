import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

/**
 * What the steps of one item hand each other while the item runs through an operation, in one
 * place. n8n's routing passes only items between its hooks; these values are not for the
 * output (or not yet), so they ride here. n8n gives every item its own context object, and the
 * custom request hook of routing/runItem.ts gets one derived from it
 * (`Object.create(itemContext, { makeRoutingRequest })`): both lead to the same memory, which
 * goes away with the item's context.
 */
export interface ItemMemory {
	/**
	 * The request as the last preSend left it and the token it carries: when Chanjing rejects
	 * the token (10400), that exact request is sent again with a new one (auth/hooks.ts).
	 */
	sentRequest?: { options: IHttpRequestOptions; token: string };
	/**
	 * The public URLs of the item's binary files uploaded before its submit, by output field
	 * (e.g. `firstFrameUrl`): the output shows them (aiVideo/binaryFrames.ts).
	 */
	uploadedUrls?: IDataObject;
	/** The Date header of the create's answer, for what it teaches of Chanjing's clock. */
	createAnswerDate?: unknown;
	/**
	 * What the item's create makes ("video", "image task": the adapter's noun), so that the
	 * error gate explains a refused create in the product's words (submit/submitOnce.ts).
	 */
	noun?: string;
	/** The task record exactly as Chanjing sent it, for an output with Simplify off. */
	rawTask?: IDataObject;
}

const memories = new WeakMap<object, ItemMemory>();

function itemContextOf(context: object): object {
	return Object.prototype.hasOwnProperty.call(context, 'makeRoutingRequest')
		? (Object.getPrototypeOf(context) as object)
		: context;
}

/** The memory of the item whose context (or derived request context) this is. */
export function itemMemory(context: object): ItemMemory {
	const key = itemContextOf(context);
	let memory = memories.get(key);
	if (!memory) {
		memory = {};
		memories.set(key, memory);
	}
	return memory;
}
