import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { envelope } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { CDN, clonedVoice } from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/** Voice → Get and Voice → Delete (node version 2) through n8n-core with nock. */
const V2 = { typeVersion: 2 };
const DETAIL = '/open/v1/customised_audio';
const DELETE = '/open/v1/delete_customised_audio';
const ID = 'C-Audio-0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function voiceId(value: string, mode = 'list') {
	return { __rl: true, mode, value };
}

function get(parameters: INodeParameters = {}) {
	return runChanjing({
		parameters: { resource: 'voice', operation: 'get', voiceId: voiceId(ID), ...parameters },
		node: V2,
	});
}

function expectDetails(...answers: object[]) {
	const scope = api();
	for (const answer of answers) scope.get(DETAIL).query({ id: ID }).reply(200, envelope(0, answer));
	return scope;
}

useFastWaits();

describe('Voice → Get', () => {
	it('GET customised_audio?id=, the voice in words', async () => {
		const scope = expectDetails(clonedVoice(ID, 1, { progress: 40 }));
		const { items, error } = await get();
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			voiceId: ID,
			name: `Cloned ${ID}`,
			status: 'generating',
			state: 'cloning',
			statusCode: 1,
			progress: 40,
			model: 'cicada3.0-turbo',
			language: 'cn',
			sampleUrl: null,
			errorMessage: null,
		});
		expect(items?.[0].pairedItem).toEqual({ item: 0 });
	});

	it('Simplify off: the detail as Chanjing sent it', async () => {
		expectDetails(clonedVoice(ID, 2));
		const { items } = await get({ simplify: false });
		expect(items?.[0].json).toEqual(clonedVoice(ID, 2));
	});

	it('Wait for Completion polls until status 2', async () => {
		const scope = expectDetails(clonedVoice(ID, 0), clonedVoice(ID, 1), clonedVoice(ID, 2));
		const { items, error } = await get({ waitForCompletion: true });
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({
			status: 'succeeded',
			state: 'ready',
			sampleUrl: `${CDN}/${ID}.wav`,
		});
	});

	it.each([
		[3, 'The cloned voice has expired (status 3); clone it again to use it'],
		[99, 'The cloned voice was deleted (status 99)'],
	])('waiting ends at status %i, which fails the item', async (status, reason) => {
		expectDetails(clonedVoice(ID, 1), clonedVoice(ID, status));
		const { error } = await get({ waitForCompletion: true });
		expect(error?.message).toBe(`Chanjing could not generate voice clone ${ID}: ${reason}`);
	});

	it('without waiting, an expired voice is output, not an error', async () => {
		expectDetails(clonedVoice(ID, 3));
		const { items, error } = await get();
		expect(error).toBeUndefined();
		expect(items?.[0].json).toMatchObject({ status: 'failed', state: 'expired', statusCode: 3 });
	});

	it('an answer without a status fails the item', async () => {
		expectDetails({ id: ID });
		const { error } = await get();
		expect(error?.message).toBe("Chanjing's cloned voice answer is incomplete");
	});

	it.each([
		[voiceId('  '), 'Voice ID is empty; pick one From List or give its ID'],
		[
			voiceId('={{ "C-Audio/../x" }}'),
			'Voice ID must be an ID (letters, digits, "-" and "_"), got "C-Audio/../x"',
		],
	])('a bad Voice ID is refused before any request: %j', async (value, message) => {
		const anything = api().get(/.*/).reply(200, envelope(0, {}));
		const { error } = await get({ voiceId: value });
		expect(error?.message).toBe(message);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});
});

describe('Voice → Delete (permanent)', () => {
	function del(value: unknown) {
		return runChanjing({
			parameters: { resource: 'voice', operation: 'delete', voiceId: value as INodeParameters },
			node: V2,
		});
	}

	it('POST delete_customised_audio {id}: the deleted voice out', async () => {
		const scope = api()
			.post(DELETE, (sent) => {
				expect(sent).toEqual({ id: ID });
				return true;
			})
			.reply(200, envelope(0, ID));
		const { items, error } = await del(voiceId(` ${ID} `, 'id'));
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ voiceId: ID, deleted: true }, { item: 0 }],
		]);
	});

	it('an empty ID deletes nothing and sends nothing, not even for a token', async () => {
		const anything = nock(TEST_BASE_URL).post(/.*/).reply(200, envelope(0, ID));
		const { items, error } = await runChanjing({
			parameters: { resource: 'voice', operation: 'delete', voiceId: voiceId('={{ $json.id }}') },
			items: [{ id: '' }],
			credentials: { appId: 'app-1', secretKey: 'secret-1', baseUrl: TEST_BASE_URL },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(anything.isDone()).toBe(false);
		expect(items?.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ voiceId: null, deleted: false, reason: 'No Voice ID was given' }, { item: 0 }],
		]);
		nock.cleanAll();
	});

	it("Chanjing's refusal (unknown voice) fails the item with its message", async () => {
		api()
			.post(DELETE)
			.reply(200, envelope(40000, null, '定制声音不存在'));
		const { error } = await del(voiceId(ID, 'id'));
		expect(error?.message).toMatch(/定制声音不存在/);
	});
});
