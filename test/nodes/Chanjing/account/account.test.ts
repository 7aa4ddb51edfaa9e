import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toAccountInfo, toBalance } from '../../../../nodes/Chanjing/account/account';
import { itemContext } from '../../../helpers/item-context';

/** The answers of Account → Get Balance and Get Info read (postReceive, after the error gate). */
type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;
const balance = toBalance as PostReceive;
const info = toAccountInfo as PostReceive;
const answer = (data: unknown): IN8nHttpFullResponse => ({
	body: { code: 0, msg: 'success', data },
	headers: {},
	statusCode: 200,
});
const failure = async (hook: PostReceive, data: unknown, itemIndex = 0) =>
	await hook.call(itemContext({ itemIndex }), [], answer(data)).catch((error: unknown) => error);

describe('toBalance', () => {
	it('蝉豆 left and expiring within 30 days, numbers sent as text read as numbers', async () => {
		expect(
			await balance.call(
				itemContext(),
				[],
				answer({ resi_total_bean: '1234', bean_day30: ' 50 ' }),
			),
		).toEqual([{ json: { remainingCredits: 1234, creditsExpiringIn30Days: 50 } }]);
	});

	it('a balance of 0 is a balance; nothing expiring unknown is null', async () => {
		expect(await balance.call(itemContext(), [], answer({ resi_total_bean: 0 }))).toEqual([
			{ json: { remainingCredits: 0, creditsExpiringIn30Days: null } },
		]);
	});

	it.each([
		['no balance', { bean_day30: 5 }, '{"bean_day30":5}'],
		['a balance that is no number', { resi_total_bean: 'many' }, '{"resi_total_bean":"many"}'],
		['an empty balance', { resi_total_bean: '' }, '{"resi_total_bean":""}'],
		['no data', null, 'null'],
		['a list', [1234], '[1234]'],
		['a number', 1234, '1234'],
	])('%s fails the item (never a balance of 0), with the answer', async (_what, data, shown) => {
		const error = await failure(balance, data, 2);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: "Chanjing's balance answer is incomplete",
			description: `Answer data: ${shown}`,
			context: { itemIndex: 2 },
		});
	});
});

describe('toAccountInfo', () => {
	it('the account and its quotas, the ID as text', async () => {
		expect(
			await info.call(
				itemContext(),
				[],
				answer({
					id: 1001,
					name: '蝉镜账户',
					custom_person_nums: '3',
					custom_person_limit: 20,
					video_create_seconds: 360.5,
					video_create_limit: null,
				}),
			),
		).toEqual([
			{
				json: {
					accountId: '1001',
					name: '蝉镜账户',
					customAvatars: 3,
					customAvatarLimit: 20,
					videoCreateSeconds: 360.5,
					videoCreateLimit: null,
				},
			},
		]);
	});

	it('a name alone is enough; an ID of null or a name that is not text read as null', async () => {
		expect((await info.call(itemContext(), [], answer({ name: 'A' })))[0].json).toMatchObject({
			accountId: null,
			name: 'A',
			customAvatars: null,
		});
		expect(
			(await info.call(itemContext(), [], answer({ id: null, name: 7 })))[0].json,
		).toMatchObject({ accountId: null, name: null });
	});

	it.each([
		['neither ID nor name', { custom_person_nums: 3 }, '{"custom_person_nums":3}'],
		['a text', 'ok', '"ok"'],
		['no data', undefined, 'none'],
	])('%s fails the item, with the answer', async (_what, data, shown) => {
		const error = await failure(info, data, 1);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: "Chanjing's account info answer is incomplete",
			description: `Answer data: ${shown}`,
			context: { itemIndex: 1 },
		});
	});

	it('a long answer is shown cut to 300 characters', async () => {
		const data = { note: 'x'.repeat(500) };
		const error = (await failure(info, data)) as { description: string };
		expect(error.description).toBe(`Answer data: ${JSON.stringify(data).slice(0, 300)}`);
	});
});
