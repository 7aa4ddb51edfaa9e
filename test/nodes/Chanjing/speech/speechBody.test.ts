import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { processMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import { prepareSpeech } from '../../../../nodes/Chanjing/speech/speechBody';
import {
	clonedVoice,
	customAvatar,
	expectClonedVoices,
	expectCustomAvatars,
	expectPublicAvatars,
	expectPublicVoices,
	publicAvatar,
	publicVoice,
} from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * prepareSpeech (preSend of Speech → Generate) in n8n-core's item context with nock: the body
 * Chanjing's TTS skill sends, after the checks of the input and of the voice lists.
 */
const REQUEST = { method: 'POST' as const, url: '/open/v1/create_audio_task' };

function contextOf(parameters: INodeParameters) {
	return chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }, 0, undefined, {
		parameters: {
			resource: 'speech',
			operation: 'generate',
			voice: { __rl: true, mode: 'list', value: 'voice-1' },
			text: '你好',
			...parameters,
		},
	}).context;
}

// the lists are remembered per execution, and every context here is execution exec-1
beforeEach(() => processMemory.lookups.clear());

describe('prepareSpeech', () => {
	it('a public voice: the body with the trimmed voice, rates as numbers, the watermark', async () => {
		const voices = expectPublicVoices([publicVoice(1)]);
		const prepared = await prepareSpeech.call(
			contextOf({
				voice: { __rl: true, mode: 'id', value: ' voice-1 ' },
				text: ' 你好\n世界 ',
				speed: '1.5',
				pitch: 0.7,
				options: { watermark: true },
			}),
			REQUEST,
		);
		expect(voices.isDone()).toBe(true);
		expect(prepared).toEqual({
			...REQUEST,
			body: {
				audio_man: 'voice-1',
				speed: 1.5,
				pitch: 0.7,
				text: { text: ' 你好\n世界 ' },
				aigc_watermark: true,
			},
		});
	});

	it('the defaults: rates 1, no watermark', async () => {
		expectPublicVoices([publicVoice(1)]);
		const prepared = await prepareSpeech.call(contextOf({}), REQUEST);
		expect(prepared.body).toEqual({
			audio_man: 'voice-1',
			speed: 1,
			pitch: 1,
			text: { text: '你好' },
			aigc_watermark: false,
		});
	});

	it('a bad input is refused before any list is read', async () => {
		const lists = nock(TEST_BASE_URL).get(/.*/).reply(200, {});
		const error = await prepareSpeech
			.call(contextOf({ speed: 3 }), REQUEST)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).toMatchObject({
			message: 'Speed must be a number from 0.5 to 2, got 3',
			description:
				"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Speed'.",
		});
		expect(lists.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a ready cloned voice: the public list, then the cloned one', async () => {
		const scopes = [
			expectPublicVoices([publicVoice(1)]),
			expectClonedVoices([clonedVoice('C-Audio-1')]),
		];
		const prepared = await prepareSpeech.call(
			contextOf({ voice: { __rl: true, mode: 'id', value: 'C-Audio-1' } }),
			REQUEST,
		);
		expect(scopes.every((s) => s.isDone())).toBe(true);
		expect(prepared.body).toMatchObject({ audio_man: 'C-Audio-1' });
	});

	it('a voice in no list is refused once every list was read: nothing created', async () => {
		const scopes = [
			expectPublicVoices([publicVoice(1)]),
			expectClonedVoices([]),
			...expectCustomAvatars([customAvatar('C-1')]),
			expectPublicAvatars([publicAvatar(1)]),
		];
		const error = await prepareSpeech
			.call(contextOf({ voice: { __rl: true, mode: 'id', value: 'voice-404' } }), REQUEST)
			.catch((e: unknown) => e);
		expect(scopes.every((s) => s.isDone())).toBe(true);
		expect(error).toMatchObject({
			message:
				'Voice "voice-404" is none of Chanjing\'s public voices, your cloned voices or an avatar\'s voice; pick one From List',
			description:
				"Nothing was created for this item: the node only read Chanjing's lists of avatars and voices to check it. Fix the value in the parameter 'Voice'.",
		});
	});

	it('a voice list that cannot be read leaves the voice to Chanjing: the body is built', async () => {
		nock(TEST_BASE_URL).get('/open/v1/list_common_audio').query(true).reply(502, 'Bad Gateway');
		const rest = [expectClonedVoices([]), ...expectCustomAvatars([]), expectPublicAvatars([])];
		const prepared = await prepareSpeech.call(
			contextOf({ voice: { __rl: true, mode: 'id', value: 'voice-x' } }),
			REQUEST,
		);
		expect(rest.every((s) => s.isDone())).toBe(true);
		expect(prepared.body).toMatchObject({ audio_man: 'voice-x' });
	});
});
