import { expectGetList, page, PATHS, publicVoice } from '../../../helpers/lookups';
import { runChanjing } from '../../../helpers/run-workflow';

/** Voice → Get Many (node version 2) through n8n-core with nock. (Cloned voices: lookups/voiceListing.test.ts.) */
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
});
