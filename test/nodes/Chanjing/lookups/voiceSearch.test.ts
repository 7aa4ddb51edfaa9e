import {
	clonedVoice,
	customAvatar,
	expectCustomAvatars,
	expectGetList,
	expectPostList,
	page,
	PATHS,
	publicAvatar,
	publicVoice,
} from '../../../helpers/lookups';
import { searchList } from '../../../helpers/list-search';

/** The Voice picker ("From List") as n8n's panel calls it, with nock as Chanjing. */

function voiceLists() {
	return [
		expectGetList(
			PATHS.publicVoices,
			{ page: '1', size: '50' },
			page([publicVoice(1), publicVoice(2, { lang: 'en' })]),
		),
		expectPostList(
			PATHS.clonedVoices,
			{ page: 1, page_size: 50 },
			page([clonedVoice('C-Audio-1'), clonedVoice('C-Audio-2', 1)]),
		),
	];
}

describe('the Voice picker', () => {
	it('Speech: public voices, then cloned voices that are ready, with readable names', async () => {
		const scopes = voiceLists();
		const { result, error } = await searchList('searchVoices', {
			parameters: { resource: 'speech', operation: 'generate' },
		});
		expect(error).toBeUndefined();
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(result?.results).toEqual([
			{
				name: '温柔1 · Female · Chinese',
				value: 'voice-1',
				url: 'https://cdn.chanjing.example/voices/voice-1.wav',
			},
			expect.objectContaining({ name: '温柔2 · Male · English', value: 'voice-2' }),
			{
				name: 'Cloned C-Audio-1 · Cloned · Chinese',
				value: 'C-Audio-1',
				url: 'https://cdn.chanjing.example/C-Audio-1.wav',
			},
		]);
	});

	it("Avatar Video with a public avatar chosen: the avatar's own voice comes first", async () => {
		const scopes = [
			expectGetList(
				PATHS.publicAvatars,
				{ page: '1', size: '50' },
				page([publicAvatar(7, { audio_man_id: 'voice-2', audio_name: '温柔2' })]),
			),
			...voiceLists(),
		];
		const { result } = await searchList('searchVoices', {
			parameters: {
				resource: 'avatarVideo',
				operation: 'create',
				avatar: { __rl: true, mode: 'list', value: 'dp-7' },
			},
		});
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(result?.results[0]).toEqual({ name: "Avatar's Voice: 温柔2 (主播7)", value: 'voice-2' });
		expect(result?.results).toHaveLength(4);
	});

	it('with a custom avatar chosen: its trained voice comes first', async () => {
		const scopes = [
			expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page([publicAvatar(1)])),
			...expectCustomAvatars([customAvatar('C-9')]),
			...voiceLists(),
		];
		const { result } = await searchList('searchVoices', {
			parameters: {
				resource: 'avatarVideo',
				operation: 'create',
				avatar: { __rl: true, mode: 'id', value: ' C-9 ' },
			},
		});
		expect(scopes.every((scope) => scope.isDone())).toBe(true);
		expect(result?.results[0]).toEqual({
			name: "Avatar's Voice: (My avatar C-9)",
			value: 'C-9-voice',
		});
	});

	it('on Speech an avatar value left from Avatar Video is not looked up', async () => {
		voiceLists();
		const { result } = await searchList('searchVoices', {
			parameters: {
				resource: 'speech',
				operation: 'generate',
				avatar: { __rl: true, mode: 'list', value: 'dp-7' },
			},
		});
		expect(result?.results.map((item) => item.value)).toEqual(['voice-1', 'voice-2', 'C-Audio-1']);
	});

	it('an avatar given by expression is not looked up', async () => {
		voiceLists();
		const { result } = await searchList('searchVoices', {
			parameters: {
				resource: 'avatarVideo',
				operation: 'create',
				avatar: { __rl: true, mode: 'id', value: '={{ $json.avatar }}' },
			},
		});
		expect(result?.results.map((item) => item.value)).toEqual(['voice-1', 'voice-2', 'C-Audio-1']);
	});
});
