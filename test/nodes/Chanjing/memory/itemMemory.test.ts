import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';

/**
 * n8n's RoutingNode gives the custom-request hook (routing/runItem.ts) a context derived from the
 * item's: `Object.create(executeSingleFunctions, { makeRoutingRequest: { value } })`
 * (n8n-core, execution-engine/routing-node.js). Both must reach one memory.
 */
function derivedFrom(itemContext: object): object {
	return Object.create(itemContext, { makeRoutingRequest: { value: async () => [] } });
}

describe('itemMemory', () => {
	it('is one object per item context', () => {
		const context = {};

		expect(itemMemory(context)).toBe(itemMemory(context));
		expect(itemMemory(context)).toEqual({});
	});

	it('keeps the items of an operation apart', () => {
		const first = {};
		const second = {};
		itemMemory(first).rawTask = { unique_id: 'first' };

		expect(itemMemory(second)).not.toBe(itemMemory(first));
		expect(itemMemory(second).rawTask).toBeUndefined();
	});

	it('a derived request context reaches the memory of its item, both ways', () => {
		const itemContext = {};
		const requestContext = derivedFrom(itemContext);

		itemMemory(requestContext).sentRequest = { options: { url: '/x' }, token: 't-1' };
		expect(itemMemory(itemContext).sentRequest).toEqual({ options: { url: '/x' }, token: 't-1' });

		itemMemory(itemContext).uploadedUrls = { firstFrameUrl: 'https://cdn.example.com/a.png' };
		expect(itemMemory(requestContext)).toBe(itemMemory(itemContext));
	});

	it('the request contexts of two items stay apart', () => {
		const first = derivedFrom({});
		const second = derivedFrom({});
		itemMemory(first).rawTask = { unique_id: 'first' };

		expect(itemMemory(second).rawTask).toBeUndefined();
	});

	it('only an own makeRoutingRequest marks a derived context (an inherited one does not)', () => {
		const itemContext = {};
		const requestContext = derivedFrom(itemContext);
		const furtherDerived = Object.create(requestContext) as object;

		expect(itemMemory(furtherDerived)).not.toBe(itemMemory(itemContext));
		expect(itemMemory(furtherDerived)).not.toBe(itemMemory(requestContext));
	});
});
