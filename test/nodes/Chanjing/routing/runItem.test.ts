import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeParameters,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { asLocalError, type ItemSteps, runItem } from '../../../../nodes/Chanjing/routing/runItem';
import { itemContext } from '../../../helpers/item-context';
import { runChanjing } from '../../../helpers/run-workflow';
import { generateVideos, useFastSimulator } from '../../../helpers/fast-simulator';

/**
 * The life of one item (routing/runItem.ts): the steps before the request, the request, the
 * steps after it; pairedItem on every item out; errors as n8n shows them.
 */

const REQUEST = { options: { method: 'POST', url: '/x', body: { a: 1 } } };

interface Pagination {
	context: IExecutePaginationFunctions;
	sent: IHttpRequestOptions[];
}

/**
 * The custom-request hook's `this` as n8n's RoutingNode makes it (an item's context with
 * makeRoutingRequest), with the answer `makeRoutingRequest` gives.
 */
function pagination(
	itemIndex: number,
	answer: () => Promise<INodeExecutionData[]>,
	{ continueOnFail = false } = {},
): Pagination {
	const sent: IHttpRequestOptions[] = [];
	const context = Object.assign(
		itemContext({ itemIndex, credentials: { accessToken: 't', baseUrl: 'http://127.0.0.1:9' } }),
		{
			continueOnFail: () => continueOnFail,
			makeRoutingRequest: async (requestData: DeclarativeRestApiSettings.ResultOptions) => {
				sent.push(requestData.options as IHttpRequestOptions);
				return await answer();
			},
		},
	) as unknown as IExecutePaginationFunctions;
	return { context, sent };
}

async function run(steps: ItemSteps, { context }: Pagination) {
	return await runItem(steps).call(
		context,
		REQUEST as unknown as DeclarativeRestApiSettings.ResultOptions,
	);
}

const answered =
	(...json: object[]) =>
	async () =>
		json.map((j) => ({ json: j as JsonObject }));

describe('runItem', () => {
	it('runs the steps before in order, sends what they made, then the steps after', async () => {
		const order: string[] = [];
		const item = pagination(0, async () => {
			order.push('send');
			return [{ json: { id: 'c-1' } }];
		});

		const items = await run(
			{
				before: [
					async (options) => (order.push('first'), { ...options, url: '/first' }),
					async (options) => (order.push('second'), { ...options, qs: { b: 2 } }),
				],
				after: [async (items) => (order.push('after'), [...items, { json: { more: true } }])],
			},
			item,
		);

		expect(order).toEqual(['first', 'second', 'send', 'after']);
		expect(item.sent).toEqual([{ method: 'POST', url: '/first', body: { a: 1 }, qs: { b: 2 } }]);
		expect(items).toEqual([
			{ json: { id: 'c-1' }, pairedItem: { item: 0 } },
			{ json: { more: true }, pairedItem: { item: 0 } },
		]);
	});

	it('every item out is paired with its input item, however many there are', async () => {
		const items = await run({}, pagination(3, answered({ n: 1 }, { n: 2 }, { n: 3 })));

		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 3 }, { item: 3 }, { item: 3 }]);
	});

	it('a send of its own (Generate) gets the options and a way to send them as routed', async () => {
		const item = pagination(1, answered({ id: 'c-9' }));

		const items = await run(
			{
				send: async (options, send) => {
					const first = await send({ ...options, timeout: 5 });
					return [...first, { json: { sentTwice: false } }];
				},
			},
			item,
		);

		expect(item.sent).toEqual([{ ...REQUEST.options, timeout: 5 }]);
		expect(items).toEqual([
			{ json: { id: 'c-9' }, pairedItem: { item: 1 } },
			{ json: { sentTwice: false }, pairedItem: { item: 1 } },
		]);
	});

	it('withoutRequest that gives items: they go out paired, and no step runs and nothing is sent', async () => {
		const item = pagination(2, answered({ id: 'c-1' }));
		const before = jest.fn(async (options: IHttpRequestOptions) => options);

		const items = await run(
			{ withoutRequest: async () => [{ json: { deleted: false } }], before: [before] },
			item,
		);

		expect(items).toEqual([{ json: { deleted: false }, pairedItem: { item: 2 } }]);
		expect(before).not.toHaveBeenCalled();
		expect(item.sent).toEqual([]);
	});

	it('withoutRequest that gives undefined: the item runs as usual', async () => {
		const item = pagination(0, answered({ id: 'c-2' }));

		const items = await run({ withoutRequest: async () => undefined }, item);

		expect(item.sent).toEqual([REQUEST.options]);
		expect(items).toEqual([{ json: { id: 'c-2' }, pairedItem: { item: 0 } }]);
	});

	it('a step that fails stops the item before any request', async () => {
		const item = pagination(0, answered({}));
		const check = async () => {
			throw new NodeOperationError(item.context.getNode(), 'Prompt is empty', {
				description: 'Nothing was sent',
			});
		};

		await expect(run({ before: [check] }, item)).rejects.toThrow('Prompt is empty');
		expect(item.sent).toEqual([]);
	});

	describe('errors', () => {
		function failingItem(error: unknown, options = {}) {
			return pagination(
				2,
				async () => {
					throw error;
				},
				options,
			);
		}

		async function failure(error: unknown): Promise<NodeApiError> {
			return await run({}, failingItem(error)).then(
				() => {
					throw new Error('the item did not fail');
				},
				(e: unknown) => e as NodeApiError,
			);
		}

		it("a check of the node's own is local: no HTTP code, no raw messages, its words kept", async () => {
			const node = itemContext().getNode();
			const error = await failure(
				new NodeOperationError(node, 'Video c-1 was not ready after 1 min', {
					description: 'The task goes on at Chanjing.',
				}),
			);

			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.message).toBe('Video c-1 was not ready after 1 min');
			expect(error.description).toBe('The task goes on at Chanjing.');
			expect(error.httpCode).toBeNull();
			expect(error.messages).toEqual([]);
			expect(error.context).toMatchObject({ local: true, itemIndex: 2 });
		});

		it("Chanjing's error passes unchanged", async () => {
			const node = itemContext().getNode();
			const chanjing = new NodeApiError(node, { code: 40000 } as JsonObject, {
				message: 'Chanjing rejected a parameter',
				httpCode: '40000',
			});

			expect(await failure(chanjing)).toBe(chanjing);
		});

		it('anything else becomes a NodeApiError of the item', async () => {
			const error = await failure(new TypeError('x is undefined'));

			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.context.itemIndex).toBe(2);
		});

		it('a connection that was refused names the Base URL: nothing was sent', async () => {
			const node = itemContext().getNode();
			const refused = new NodeApiError(
				node,
				Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
					code: 'ECONNREFUSED',
				}) as unknown as JsonObject,
			);

			const error = await failure(refused);

			expect(error.message).toBe(
				'The Chanjing API at http://127.0.0.1:9 could not be reached (The service refused the connection - perhaps it is offline)',
			);
			expect(error.context.local).toBe(true);
		});

		it('with Continue On Fail the failed item is an error item paired with its input', async () => {
			const node = itemContext().getNode();
			const items = await run(
				{},
				failingItem(new NodeOperationError(node, 'Prompt is empty'), { continueOnFail: true }),
			);

			expect(items).toHaveLength(1);
			expect(items[0].json).toEqual({ error: 'Prompt is empty' });
			expect(items[0].pairedItem).toEqual({ item: 2 });
			expect(items[0].error).toBeInstanceOf(NodeApiError);
			expect((items[0].error as NodeApiError).context.local).toBe(true);
		});
	});

	it('asLocalError keeps the context of the check', () => {
		const context = itemContext({ itemIndex: 4 });
		const local = asLocalError(
			context,
			new NodeOperationError(context.getNode(), 'Bad', { itemIndex: 4 }),
		);
		expect(local.context).toMatchObject({ itemIndex: 4, local: true });
	});
});

/** Through n8n-core's WorkflowExecute against the local simulator (real HTTP on 127.0.0.1). */
describe('in a workflow', () => {
	const sim = useFastSimulator();

	const generate = (prompts: string[], extra: INodeParameters = {}) =>
		generateVideos(sim, prompts, extra);

	describe('pairedItem and the error output', () => {
		it('every item, success or error, is paired with its input item', async () => {
			const { items } = await runChanjing({
				items: [{ prompt: 'Good' }, { prompt: '' }, { prompt: 'Also good' }],
				credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
				continueOnFail: true,
				parameters: {
					resource: 'video',
					operation: 'generate',
					mode: 'textToVideo',
					prompt: '={{ $json.prompt }}',
				},
			});

			expect(items!.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(items![1].json.error).toMatch(/^Prompt is empty/);
		});

		it('with "Continue (using error output)" both outputs keep their pairing', async () => {
			const { run } = await runChanjing({
				items: [{ prompt: '' }, { prompt: 'Good' }],
				credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
				node: { onError: 'continueErrorOutput' },
				parameters: {
					resource: 'video',
					operation: 'generate',
					mode: 'textToVideo',
					prompt: '={{ $json.prompt }}',
				},
			});

			const [success, errors] = run.data.resultData.runData.Chanjing[0].data!.main;
			expect(success!.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			expect(errors!.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect(errors![0].json).toEqual({ error: expect.stringMatching(/^Prompt is empty/) });
		});
	});

	describe('the Base URL', () => {
		it('a Base URL where nothing listens is named, and the error says nothing was sent', async () => {
			const closed = sim.url;
			await sim.restart();

			const { error } = await runChanjing({
				credentials: { accessToken: 'sim-static-token', baseUrl: closed },
				parameters: { resource: 'video', operation: 'generate', mode: 'textToVideo', prompt: 'Hi' },
			});

			expect(error?.message).toMatch(
				new RegExp(`^The Chanjing API at ${closed} could not be reached`),
			);
			expect(error?.description).toMatch(/Nothing was sent to Chanjing/);
		});
	});

	describe('who spoke', () => {
		it('a local check has no HTTP code and no raw messages (n8n shows no "From Chanjing")', async () => {
			const { error } = await generate(['']);

			expect(error?.message).toMatch(/^Prompt is empty/);
			expect((error as unknown as { httpCode: unknown }).httpCode).toBeNull();
			expect((error as unknown as { messages: unknown[] }).messages).toEqual([]);
			expect(error?.context?.local).toBe(true);
		});

		it("a Chanjing error shows Chanjing's code as the error code", async () => {
			sim.configure({ creditsLeft: 0 });

			const { error } = await generate(['Out of credits']);

			expect(error?.message).toMatch(/out of credits \(code 40000: .*蝉豆不足/);
			expect((error as unknown as { httpCode: unknown }).httpCode).toBe('40000');
		});
	});
});
