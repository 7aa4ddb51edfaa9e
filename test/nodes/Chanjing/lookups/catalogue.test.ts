import nock from 'nock';

import {
	clonedVoices,
	customAvatars,
	findAvatar,
	publicAvatars,
	publicVoices,
} from '../../../../nodes/Chanjing/lookups/catalogue';
import { MAX_LOOKUP_PAGES } from '../../../../nodes/Chanjing/lookups/paths';
import { envelope } from '../../../helpers/chanjing-api';
import {
	clonedVoice,
	customAvatar,
	expectClonedVoices,
	expectCustomAvatars,
	expectPublicAvatars,
	expectPublicVoices,
	page,
	PATHS,
	publicAvatar,
	publicVoice,
} from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * What the account can use, read from the lookup lists through n8n-core's item context with nock:
 * each list once per execution and credential, afresh when there is no execution (the panel).
 * nock fails a test on any request it did not expect, so a second reading would fail it.
 */
function contextIn(executionId: string | undefined) {
	const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
	// n8n-core reads the execution ID from the execution's additional data
	(context as unknown as { additionalData: { executionId?: string } }).additionalData.executionId =
		executionId;
	return context;
}

describe('one reading per execution', () => {
	it('two checks of one execution, even at once, read the list once', async () => {
		const scope = expectPublicVoices([publicVoice(1)]);
		const context = contextIn('exec-7');
		const [first, second] = await Promise.all([publicVoices(context), publicVoices(context)]);
		const third = await publicVoices(contextIn('exec-7'));
		expect(scope.isDone()).toBe(true);
		expect(first).toEqual({
			entries: [expect.objectContaining({ id: 'voice-1', kind: 'public' })],
			complete: true,
		});
		expect(second).toEqual(first);
		expect(third).toEqual(first);
	});

	it('another execution reads the list again', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectPublicVoices([publicVoice(1), publicVoice(2)]);
		expect((await publicVoices(contextIn('exec-1'))).entries).toHaveLength(1);
		expect((await publicVoices(contextIn('exec-2'))).entries).toHaveLength(2);
	});

	it('the panel (no execution) reads afresh every time', async () => {
		expectClonedVoices([clonedVoice('C-Audio-1')]);
		expectClonedVoices([clonedVoice('C-Audio-1', 1)]);
		expect((await clonedVoices(contextIn(undefined))).entries[0].status).toBe('ready');
		expect((await clonedVoices(contextIn(undefined))).entries[0].status).toBe('cloning');
	});

	it('a failed reading is not kept: the next check of the execution reads again', async () => {
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(PATHS.publicVoices)
			.query({ page: '1', size: '50' })
			.reply(200, envelope(50000, null, '系统内部错误'));
		const scope = expectPublicVoices([publicVoice(3)]);
		await expect(publicVoices(contextIn('exec-3'))).rejects.toThrow(/code 50000/);
		expect((await publicVoices(contextIn('exec-3'))).entries[0].id).toBe('voice-3');
		expect(scope.isDone()).toBe(true);
	});
});

describe('the lists read as avatars and voices', () => {
	it('entries without an ID are left out', async () => {
		expectPublicAvatars([publicAvatar(1), { name: 'no id' }]);
		expect((await publicAvatars(contextIn('exec-1'))).entries.map((a) => a.id)).toEqual(['dp-1']);
	});

	it('custom avatars: the API list, then the website list, each avatar with its source', async () => {
		const scopes = expectCustomAvatars([customAvatar('C-1')], [customAvatar('C-web')]);
		const known = await customAvatars(contextIn('exec-1'));
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(known.complete).toBe(true);
		expect(known.entries.map((avatar) => [avatar.id, avatar.source])).toEqual([
			['C-1', 0],
			['C-web', 1],
		]);
	});
});

describe('findAvatar', () => {
	it('a public avatar: the custom lists are not read', async () => {
		expectPublicAvatars([publicAvatar(1), publicAvatar(2)]);
		const found = await findAvatar(contextIn('exec-1'), 'dp-2');
		expect(found).toEqual({
			avatar: expect.objectContaining({ kind: 'public', id: 'dp-2' }),
			complete: true,
		});
	});

	it('a custom avatar: found after the public list', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		expectCustomAvatars([], [customAvatar('C-web')]);
		const found = await findAvatar(contextIn('exec-1'), 'C-web');
		expect(found).toEqual({
			avatar: expect.objectContaining({ kind: 'custom', id: 'C-web', source: 1 }),
			complete: true,
		});
	});

	it('in no list read whole: no avatar, complete', async () => {
		expectPublicAvatars([publicAvatar(1)]);
		expectCustomAvatars([customAvatar('C-1')]);
		expect(await findAvatar(contextIn('exec-1'), 'nobody')).toEqual({ complete: true });
	});

	it('a public list longer than the node reads: not found, and not complete', async () => {
		const full = Array.from({ length: 50 }, (_, i) => publicAvatar(i + 1));
		const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(PATHS.publicAvatars)
			.query(true)
			.times(MAX_LOOKUP_PAGES)
			.reply(200, envelope(0, page(full, MAX_LOOKUP_PAGES + 10)));
		expectCustomAvatars([customAvatar('C-1')]);
		expect(await findAvatar(contextIn('exec-1'), 'nobody')).toEqual({ complete: false });
		expect(scope.isDone()).toBe(true);
	});
});
