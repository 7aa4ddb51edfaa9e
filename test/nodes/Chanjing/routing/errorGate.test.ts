import type { IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { throwOnChanjingError } from '../../../../nodes/Chanjing/routing/errorGate';
import { itemContext } from '../../../helpers/item-context';

const ITEMS: INodeExecutionData[] = [{ json: { a: 1 } }];

function answer(body: object | string, statusCode = 200): IN8nHttpFullResponse {
	return { body: body as IN8nHttpFullResponse['body'], headers: {}, statusCode };
}

async function gate(response: IN8nHttpFullResponse, itemIndex = 0) {
	return await throwOnChanjingError.call(itemContext({ itemIndex }), ITEMS, response);
}

describe('throwOnChanjingError (postReceive, first for every operation)', () => {
	it('passes the items of a success on unchanged', async () => {
		await expect(gate(answer({ code: 0, msg: 'success', data: 'c-1' }))).resolves.toBe(ITEMS);
		await expect(gate(answer({ code: '0', data: null }))).resolves.toBe(ITEMS);
	});

	it('stops the item on code != 0 with HTTP 200, with Chanjing’s code, msg and trace ID', async () => {
		const error = (await gate(
			answer({ code: 40000, msg: '任务不存在', trace_id: 'tr-1', data: null }),
			3,
		).catch((e: unknown) => e)) as NodeApiError;

		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			'Chanjing has no task with this creation ID (code 40000: 任务不存在)',
		);
		expect(error.description).toContain('code 40000, msg "任务不存在", trace_id tr-1');
		expect(error.httpCode).toBe('40000');
		expect(error.context).toMatchObject({ chanjingCode: 40000, itemIndex: 3 });
	});

	it('stops the item on an HTTP error, which requestDefaults lets through', async () => {
		await expect(gate(answer('<html>Bad Gateway</html>', 502))).rejects.toMatchObject({
			message: 'Chanjing answered HTTP 502',
			httpCode: '502',
		});
	});

	it('stops the item on an HTTP error even when its body is a success envelope', async () => {
		await expect(gate(answer({ code: 0, msg: 'success' }, 500))).rejects.toMatchObject({
			message: 'Chanjing answered HTTP 500',
		});
	});

	it('stops the item on HTTP 200 that is not Chanjing’s envelope', async () => {
		const error = (await gate(answer('welcome to nginx')).catch((e: unknown) => e)) as NodeApiError;

		expect(error.message).toBe('Chanjing answered with something that is not its JSON envelope');
		expect(error.context.notEnvelope).toBe(true);
	});
});
