import {
	clonedVoice,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicVoice,
} from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';

/** Voice → Get Many (node version 2) through n8n-core with nock. */
const V2 = { typeVersion: 2 };

describe('Voice → Get Many', () => {
	it('public: GET list_common_audio, one item per voice', async () => {
		const scope = expectGetList(
			PATHS.publicVoices,
			{ page: '1', size: '50' },
			page([publicVoice(1), publicVoice(2, { lang: 'en', desc: 'news' })]),
		);
		const { items, error } = await runChanjing({
			parameters: { resource: 'voice', operation: 'getAll' },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json)).toEqual([
			{
				voiceId: 'voice-1',
				type: 'public',
				name: '温柔1',
				gender: 'female',
				language: 'cn',
				description: null,
				sampleUrl: 'https://cdn.chanjing.example/voices/voice-1.wav',
				status: 'ready',
			},
			expect.objectContaining({ voiceId: 'voice-2', language: 'en', description: 'news' }),
		]);
	});

	it('cloned: POST list_customised_audio, with each voice’s status in words', async () => {
		const scope = expectPostList(
			PATHS.clonedVoices,
			{ page: 1, page_size: 3 },
			page([clonedVoice('C-Audio-1'), clonedVoice('C-Audio-2', 1), clonedVoice('C-Audio-3', 4)]),
		);
		const { items } = await runChanjing({
			parameters: { resource: 'voice', operation: 'getAll', voiceType: 'cloned', limit: 3 },
			node: V2,
		});
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => [item.json.voiceId, item.json.type, item.json.status])).toEqual([
			['C-Audio-1', 'cloned', 'ready'],
			['C-Audio-2', 'cloned', 'cloning'],
			['C-Audio-3', 'cloned', 'failed'],
		]);
	});

	it('cloned: each voice with its progress and why it failed', async () => {
		expectPostList(
			PATHS.clonedVoices,
			{ page: 1, page_size: 50 },
			page([clonedVoice('C-Audio-3', 4, { progress: 0, err_msg: '参考音频质量不合格' })]),
		);
		const { items } = await runChanjing({
			parameters: { resource: 'voice', operation: 'getAll', voiceType: 'cloned' },
			node: V2,
		});
		expect(items?.[0].json).toEqual({
			voiceId: 'C-Audio-3',
			type: 'cloned',
			name: 'Cloned C-Audio-3',
			gender: null,
			language: 'cn',
			description: 'cicada3.0-turbo',
			sampleUrl: null,
			status: 'failed',
			progress: 0,
			errorMessage: '参考音频质量不合格',
		});
	});
});
