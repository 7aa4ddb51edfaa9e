import { clonedVoice, expectPostList, page, PATHS } from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';

/**
 * Voice → Get Many's lists (node version 2, through n8n-core with nock): Voice Type Cloned reads
 * the account's cloned voices. (Public voices: voice/Voice.resource.test.ts.)
 */
const V2 = { typeVersion: 2 };

describe('Voice Type Cloned', () => {
	it('POST list_customised_audio, with each voice’s status in words', async () => {
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

	it('each voice with its progress and why it failed', async () => {
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

	it('entries without an ID are left out with Simplify on, kept with it off', async () => {
		const entries = [clonedVoice('C-Audio-1'), { name: 'no id', status: 2 }];
		expectPostList(PATHS.clonedVoices, { page: 1, page_size: 50 }, page(entries));
		expectPostList(PATHS.clonedVoices, { page: 1, page_size: 50 }, page(entries));
		const on = await runChanjing({
			parameters: { resource: 'voice', operation: 'getAll', voiceType: 'cloned' },
			node: V2,
		});
		const off = await runChanjing({
			parameters: { resource: 'voice', operation: 'getAll', voiceType: 'cloned', simplify: false },
			node: V2,
		});
		expect(on.items?.map((item) => item.json.voiceId)).toEqual(['C-Audio-1']);
		expect(off.items?.map((item) => item.json)).toEqual(entries);
	});
});
