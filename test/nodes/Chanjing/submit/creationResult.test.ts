import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';
import { aiImageAdapter } from '../../../../nodes/Chanjing/aiImage/adapter';
import { toCreationResult } from '../../../../nodes/Chanjing/submit/creationResult';
import { itemContext } from '../../../helpers/item-context';

function answer(body: object): IN8nHttpFullResponse {
	return { body, headers: {}, statusCode: 200 };
}

/** The postReceive hook as n8n's RoutingNode calls it (a function, not a binary-data action). */
type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

const toVideoResult = toCreationResult(aiVideoAdapter) as PostReceive;

describe('toCreationResult (postReceive of a paid submit)', () => {
	it("puts out the new task's ID under the adapter's field, with the trace ID", async () => {
		const items = await toVideoResult.call(
			itemContext(),
			[{ json: {} }],
			answer({ code: 0, msg: 'success', trace_id: 'tr-1', data: ' creation-1 ' }),
		);

		expect(items).toEqual([{ json: { creationId: 'creation-1', traceId: 'tr-1' } }]);
	});

	it('an answer without trace_id gives an empty trace ID', async () => {
		const items = await toVideoResult.call(itemContext(), [], answer({ code: 0, data: 'c-2' }));

		expect(items[0].json).toEqual({ creationId: 'c-2', traceId: '' });
	});

	it.each([
		['no data', { code: 0, msg: 'success', trace_id: 'tr-2' }, 'no data'],
		['data null', { code: 0, msg: 'success', trace_id: 'tr-2', data: null }, 'null'],
		['data ""', { code: 0, msg: 'success', trace_id: 'tr-2', data: '' }, '""'],
		[
			'data an object',
			{ code: 0, msg: 'success', trace_id: 'tr-2', data: { unique_id: 'c-1' } },
			'{"unique_id":"c-1"}',
		],
	])(
		'%s: an error marked as an unknown outcome (a paid task may exist)',
		async (_what, body, shown) => {
			const error = await toVideoResult
				.call(itemContext({ itemIndex: 1 }), [], answer(body))
				.catch((e: unknown) => e as NodeApiError);

			expect(error).toBeInstanceOf(NodeApiError);
			expect(error).toMatchObject({
				message: `Chanjing accepted the video (code 0) but answered without a creation ID (${shown})`,
				description:
					'A paid task may exist. Chanjing\'s answer: code 0, msg "success", trace_id tr-2.',
				httpCode: '0',
			});
			expect((error as NodeApiError).context).toMatchObject({ unknownOutcome: true, itemIndex: 1 });
		},
	);

	it('speaks of the product the adapter names', async () => {
		await expect(
			(toCreationResult(aiImageAdapter) as PostReceive).call(
				itemContext(),
				[],
				answer({ code: 0 }),
			),
		).rejects.toThrow(
			/^Chanjing accepted the image task \(code 0\) but answered without a creation ID/,
		);
	});
});
