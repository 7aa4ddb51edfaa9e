import nock from 'nock';

import { toPublicAvatar } from '../../../../nodes/Chanjing/lookups/avatars';
import { judgeVoice } from '../../../../nodes/Chanjing/lookups/voiceCheck';
import { envelope } from '../../../helpers/chanjing-api';
import {
	clonedVoice,
	customAvatar,
	expectClonedVoices,
	expectCustomAvatars,
	expectPublicAvatars,
	expectPublicVoices,
	PATHS,
	publicAvatar,
	publicVoice,
} from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * judgeVoice through n8n-core's item context with nock: the lists are read in order (public
 * voices, cloned voices, custom avatars, public avatars) and only as far as needed; nock fails
 * the test on any list read that was not expected.
 */
const context = () =>
	chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }).context;

describe('judgeVoice: a voice the account can speak with', () => {
	it("the chosen avatar's own voice: no list is read", async () => {
		const avatar = toPublicAvatar(publicAvatar(1))!;
		expect(await judgeVoice(context(), 'Voice', 'voice-1', avatar)).toEqual({ known: true });
	});

	it('a public voice: only the public voices are read', async () => {
		expectPublicVoices([publicVoice(1), publicVoice(2)]);
		expect(await judgeVoice(context(), 'Voice', 'voice-2')).toEqual({
			known: true,
			voice: expect.objectContaining({ id: 'voice-2', kind: 'public' }),
		});
	});

	it('a cloned voice that is ready', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectClonedVoices([clonedVoice('C-Audio-1')]);
		expect(await judgeVoice(context(), 'Voice', 'C-Audio-1')).toEqual({
			known: true,
			voice: expect.objectContaining({ id: 'C-Audio-1', status: 'ready' }),
		});
	});

	it("a custom avatar's voice: the public avatars are not read", async () => {
		expectPublicVoices([]);
		expectClonedVoices([]);
		expectCustomAvatars([], [customAvatar('C-web')]);
		expect(await judgeVoice(context(), 'Voice', 'C-web-voice')).toEqual({ known: true });
	});

	it("a public avatar's voice, last", async () => {
		expectPublicVoices([]);
		expectClonedVoices([]);
		expectCustomAvatars([]);
		expectPublicAvatars([publicAvatar(4, { audio_man_id: 'voice-of-4' })]);
		expect(await judgeVoice(context(), 'Voice', 'voice-of-4')).toEqual({ known: true });
	});
});

describe('judgeVoice: a voice that cannot speak', () => {
	it.each([
		[0, 'queued'],
		[1, 'cloning'],
		[4, 'failed'],
	])('a cloned voice of status %j: refused with its name and state', async (status, state) => {
		expectPublicVoices([]);
		expectClonedVoices([clonedVoice('C-Audio-2', status, { name: 'My narrator' })]);
		expect(await judgeVoice(context(), 'Voice', 'C-Audio-2')).toEqual({
			known: false,
			problem: {
				field: 'Voice',
				message: `is the cloned voice "My narrator", which is ${state}; only a cloned voice that is ready can speak`,
			},
		});
	});

	it('in no list, every list read whole: refused, naming the field as given', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectClonedVoices([]);
		expectCustomAvatars([customAvatar('C-1')]);
		expectPublicAvatars([publicAvatar(1)]);
		expect(await judgeVoice(context(), 'Audio Voice', 'voice-404')).toEqual({
			known: false,
			problem: {
				field: 'Audio Voice',
				message:
					'"voice-404" is none of Chanjing\'s public voices, your cloned voices or an avatar\'s voice; pick one From List',
			},
		});
	});
});

describe('judgeVoice: left to Chanjing', () => {
	it('a list that cannot be read: the others are still read, then unchecked', async () => {
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(PATHS.publicVoices)
			.query(true)
			.reply(200, envelope(50000, null, '系统内部错误'));
		expectClonedVoices([]);
		expectCustomAvatars([]);
		expectPublicAvatars([]);
		expect(await judgeVoice(context(), 'Voice', 'voice-404')).toEqual({ unchecked: true });
	});

	it('a voice found in a later list is known even when an earlier one failed', async () => {
		nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
			.get(PATHS.publicVoices)
			.query(true)
			.reply(200, envelope(0, { total: 0 }));
		expectClonedVoices([clonedVoice('C-Audio-1')]);
		expect(await judgeVoice(context(), 'Voice', 'C-Audio-1')).toMatchObject({ known: true });
	});
});
