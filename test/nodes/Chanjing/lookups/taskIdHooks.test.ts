import type {
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { taskIdHooks } from '../../../../nodes/Chanjing/lookups/taskIdHooks';
import { itemMemory } from '../../../../nodes/Chanjing/memory/itemMemory';
import { itemContext } from '../../../helpers/item-context';

/** A product's Get and Delete by ID; the products' own tests run them through n8n-core. */
const hooks = taskIdHooks({
	parameter: 'thingId',
	label: 'Thing ID',
	noun: 'thing',
	toTask: (raw: IDataObject) => ({ status: raw.status === 2 ? 'succeeded' : 'generating' }),
});
const REQUEST: IHttpRequestOptions = { url: '/open/v1/thing', method: 'GET' };
const NO_ITEMS: INodeExecutionData[] = [];

function answer(data: unknown): IN8nHttpFullResponse {
	return { body: { code: 0, msg: 'success', data }, headers: {}, statusCode: 200 };
}

const withId = (thingId: unknown) => itemContext({ parameters: { thingId } });

describe('taskIdHooks', () => {
	it('idQuery and idBody send the ID trimmed, as ?id= and {id}', async () => {
		const context = withId('  t-1 ');
		await expect(hooks.idQuery.call(context, REQUEST)).resolves.toEqual({
			...REQUEST,
			qs: { id: 't-1' },
		});
		await expect(hooks.idBody.call(context, REQUEST)).resolves.toEqual({
			...REQUEST,
			body: { id: 't-1' },
		});
	});

	it.each([
		['', 'Thing ID is empty; pick one From List or give its ID'],
		['a/b', 'Thing ID must be an ID (letters, digits, "-" and "_"), got "a/b"'],
	])('refuses a bad ID %j by its label', async (id, message) => {
		await expect(hooks.idQuery.call(withId(id), REQUEST)).rejects.toThrow(message);
		await expect(hooks.idBody.call(withId(id), REQUEST)).rejects.toThrow(message);
	});

	it('toResult puts the ID first, then the simplified record; the raw one is kept', async () => {
		const context = withId('t-1');
		const raw = { id: 't-1', status: 2 };
		const items = await hooks.toResult.call(context, NO_ITEMS, answer(raw));
		expect(items).toEqual([{ json: { thingId: 't-1', status: 'succeeded' } }]);
		expect(Object.keys(items[0].json)).toEqual(['thingId', 'status']);
		expect(itemMemory(context).rawTask).toBe(raw);
	});

	it('toResult fails the item on a record without a status, naming the noun', async () => {
		await expect(
			hooks.toResult.call(withId('t-1'), NO_ITEMS, answer({ id: 't-1' })),
		).rejects.toThrow("Chanjing's thing answer is incomplete");
	});

	it.each([null, '', '   ', undefined])(
		'nothingToDelete: an empty ID (%j) deletes nothing, and says so',
		async (id) => {
			await expect(hooks.nothingToDelete.call(withId(id))).resolves.toEqual([
				{ json: { thingId: null, deleted: false, reason: 'No Thing ID was given' } },
			]);
		},
	);

	it('nothingToDelete lets any other ID through, a bad one to be refused by idBody', async () => {
		await expect(hooks.nothingToDelete.call(withId('t-1'))).resolves.toBeUndefined();
		await expect(hooks.nothingToDelete.call(withId('a/b'))).resolves.toBeUndefined();
	});

	it.each([
		['the ID Chanjing names', ' t-2 ', 't-2'],
		['the ID asked for on a bare success', null, 't-1'],
		['the ID asked for on an empty text', '  ', 't-1'],
	])('toDeleted puts out %s', async (_case, data, id) => {
		await expect(hooks.toDeleted.call(withId(' t-1 '), NO_ITEMS, answer(data))).resolves.toEqual([
			{ json: { thingId: id, deleted: true } },
		]);
	});
});
