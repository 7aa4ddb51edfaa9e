import type { IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';
import { checkedTaskRecord } from '../../../../nodes/Chanjing/task/taskRecord';
import { itemContext } from '../../../helpers/item-context';

function answer(data: unknown): IN8nHttpFullResponse {
	return { body: { code: 0, msg: 'success', data }, headers: {}, statusCode: 200 };
}

describe('checkedTaskRecord (a Get answer’s record)', () => {
	it('gives the record with a status and keeps it as sent for Simplify off', () => {
		const context = itemContext();
		const record = { id: 'v-1', status: 0, extra: { kept: true } };
		expect(checkedTaskRecord(context, answer(record), 'avatar video')).toBe(record);
		expect(itemMemory(context).rawTask).toBe(record);
	});

	it.each([
		['no status', { id: 'v-1' }, '{"id":"v-1"}'],
		['null', null, 'null'],
		['a bare ID', 'v-1', '"v-1"'],
		['nothing', undefined, 'none'],
	])('fails the item on an answer with %s, naming the record', (_case, data, shown) => {
		const context = itemContext({ itemIndex: 2 });
		let error: unknown;
		try {
			checkedTaskRecord(context, answer(data), 'lip-sync video');
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: "Chanjing's lip-sync video answer is incomplete",
			description: `It has no status. Answer data: ${shown}`,
			context: { itemIndex: 2 },
		});
		expect(itemMemory(context).rawTask).toBeUndefined();
	});

	it('cuts a long answer in the description to 300 characters', () => {
		const data = { note: 'x'.repeat(400) };
		expect(() => checkedTaskRecord(itemContext(), answer(data), 'speech task')).toThrow(
			expect.objectContaining({
				description: `It has no status. Answer data: ${JSON.stringify(data).slice(0, 300)}`,
			}),
		);
	});
});
