import nock from 'nock';

import { envelope } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Account → Get Balance and Get Info (node version 2) through n8n-core with nock. (Answers read:
 * account.test.ts.)
 */
const V2 = { typeVersion: 2 };
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

describe('Account → Get Balance', () => {
	it('GET /open/v1/user_duration: 蝉豆 left and expiring within 30 days', async () => {
		const scope = api()
			.get('/open/v1/user_duration')
			.reply(200, envelope(0, { resi_total_bean: 1234, bean_day30: 50 }));
		const { items, error } = await runChanjing({
			parameters: { resource: 'account', operation: 'getBalance' },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toEqual([
			{ json: { remainingCredits: 1234, creditsExpiringIn30Days: 50 }, pairedItem: { item: 0 } },
		]);
	});

	it("Chanjing's error code fails the item with its meaning", async () => {
		api()
			.get('/open/v1/user_duration')
			.reply(200, envelope(50000, null, '系统内部错误'));
		const { error } = await runChanjing({
			parameters: { resource: 'account', operation: 'getBalance' },
			node: V2,
		});
		expect(error?.message).toBe('Chanjing had an internal error (code 50000: 系统内部错误)');
	});
});

describe('Account → Get Info', () => {
	it('GET /open/v1/user_info: the account and its quotas', async () => {
		const scope = api()
			.get('/open/v1/user_info')
			.reply(
				200,
				envelope(0, {
					id: 'app-1',
					name: '蝉镜账户',
					custom_person_nums: 3,
					custom_person_limit: 20,
					video_create_seconds: 360,
					video_create_limit: 36000,
				}),
			);
		const { items, error } = await runChanjing({
			parameters: { resource: 'account', operation: 'getInfo' },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			accountId: 'app-1',
			name: '蝉镜账户',
			customAvatars: 3,
			customAvatarLimit: 20,
			videoCreateSeconds: 360,
			videoCreateLimit: 36000,
		});
	});
});
