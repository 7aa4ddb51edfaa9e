import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { envelope } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { customAvatar } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/** Avatar → Get and Avatar → Delete (custom avatars, node version 2) through n8n-core with nock. */
const V2 = { typeVersion: 2 };
const DETAIL = '/open/v1/customised_person';
const DELETE = '/open/v1/delete_customised_person';
const ID = 'C-0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function avatarId(value: string, mode = 'list') {
	return { __rl: true, mode, value };
}

function get(parameters: INodeParameters = {}) {
	return runChanjing({
		parameters: { resource: 'avatar', operation: 'get', avatarId: avatarId(ID), ...parameters },
		node: V2,
	});
}

function expectDetails(...answers: object[]) {
	const scope = api();
	for (const answer of answers) scope.get(DETAIL).query({ id: ID }).reply(200, envelope(0, answer));
	return scope;
}

useFastWaits();

describe('Avatar → Get', () => {
	it('GET customised_person?id=, the avatar in words', async () => {
		const scope = expectDetails(customAvatar(ID, { status: 1, progress: 35, audio_man_id: '' }));
		const { items, error } = await get();
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({
			avatarId: ID,
			status: 'generating',
			state: 'training',
			statusCode: 1,
			progress: 35,
			usable: false,
			voiceId: null,
			errorMessage: null,
		});
		expect(items?.[0].pairedItem).toEqual({ item: 0 });
	});

	it('Simplify off: the detail as Chanjing sent it', async () => {
		expectDetails(customAvatar(ID));
		const { items } = await get({ simplify: false });
		expect(items?.[0].json).toEqual(customAvatar(ID));
	});

	it('Wait for Completion polls until status 2', async () => {
		const scope = expectDetails(
			customAvatar(ID, { status: 1 }),
			customAvatar(ID, { status: 1 }),
			customAvatar(ID, { support_4k: true }),
		);
		const { items, error } = await get({ waitForCompletion: true });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({
			status: 'succeeded',
			usable: true,
			supports4k: true,
			voiceId: `${ID}-voice`,
		});
	});

	it.each([
		[4, '声音克隆失败', '声音克隆失败'],
		[5, '', 'A system error at Chanjing (status 5)'],
	])(
		'waiting ends at status %i, which fails the item with err_reason',
		async (status, reason, message) => {
			expectDetails(
				customAvatar(ID, { status: 1 }),
				customAvatar(ID, { status, err_reason: reason }),
			);
			const { error } = await get({ waitForCompletion: true });
			expect(error?.message).toBe(`Chanjing could not generate custom avatar ${ID}: ${message}`);
		},
	);

	it('a bad Avatar ID is refused before any request', async () => {
		const anything = api().get(/.*/).reply(200, envelope(0, {}));
		const { error } = await get({ avatarId: avatarId('={{ "a/b" }}') });
		expect(error?.message).toBe(
			'Avatar ID must be an ID (letters, digits, "-" and "_"), got "a/b"',
		);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});
});

describe('Avatar → Delete (permanent)', () => {
	it('POST delete_customised_person {id}: the deleted avatar out, whether data is the ID (SPEC) or empty (CP)', async () => {
		const scope = api()
			.post(DELETE, (sent) => {
				expect(sent).toEqual({ id: ID });
				return true;
			})
			.reply(200, envelope(0, ID))
			.post(DELETE)
			.reply(200, envelope(0, null));
		for (let run = 0; run < 2; run++) {
			const { items, error } = await runChanjing({
				parameters: { resource: 'avatar', operation: 'delete', avatarId: avatarId(ID, 'id') },
				node: V2,
			});
			expect(error).toBeUndefined();
			expect(items?.map((item) => item.json)).toEqual([{ avatarId: ID, deleted: true }]);
		}
		expect(scope.isDone()).toBe(true);
	});

	it('an empty ID deletes nothing and sends nothing, not even for a token', async () => {
		const anything = nock(TEST_BASE_URL).post(/.*/).reply(200, envelope(0, ID));
		const { items, error } = await runChanjing({
			parameters: {
				resource: 'avatar',
				operation: 'delete',
				avatarId: avatarId('={{ $json.id }}'),
			},
			items: [{ id: null }],
			credentials: { appId: 'app-1', secretKey: 'secret-1', baseUrl: TEST_BASE_URL },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(anything.isDone()).toBe(false);
		expect(items?.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ avatarId: null, deleted: false, reason: 'No Avatar ID was given' }, { item: 0 }],
		]);
		nock.cleanAll();
	});
});
