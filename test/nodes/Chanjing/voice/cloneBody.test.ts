import nock from 'nock';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { envelope, expectPost } from '../../../helpers/chanjing-api';
import { useFastWaits } from '../../../helpers/fast-waits';
import { expectUpload, useFastUploads } from '../../../helpers/file-api';
import { CDN, clonedVoice } from '../../../helpers/lookups';
import { mp3Of, wavOf } from '../../../helpers/recordings';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { askTool } from '../../../helpers/tool-workflow';

/**
 * Voice → Clone (node version 2) through n8n-core with nock: the body Chanjing's SDK sends
 * (voice_clone.py), the recording checked by its bytes and uploaded as prompt_audio, waiting,
 * money (one clone per input, a lost answer looked up in list_customised_audio).
 */
const V2 = { typeVersion: 2 };
const CREATE = '/open/v1/create_customised_audio';
const DETAIL = '/open/v1/customised_audio';
const LIST = '/open/v1/list_customised_audio';
const ID = 'C-Audio-0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const RECORDING_URL = 'https://example.com/my-voice.mp3';
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function clone(parameters: INodeParameters = {}): INodeParameters {
	return {
		resource: 'voice',
		operation: 'clone',
		name: 'My narrator',
		audioUrl: RECORDING_URL,
		waitForCompletion: false,
		...parameters,
	};
}

const BODY = {
	name: 'My narrator',
	url: RECORDING_URL,
	model_type: 'cicada3.0-turbo',
	language: 'cn',
};

function expectCreate(body: object, answer: object = envelope(0, ID)) {
	return expectPost(CREATE, body, answer);
}

function expectDetails(...answers: object[]) {
	const scope = api();
	for (const answer of answers) scope.get(DETAIL).query({ id: ID }).reply(200, envelope(0, answer));
	return scope;
}

function recordingItem(
	bytes: Buffer,
	property = 'data',
	mimeType = 'audio/wav',
): INodeExecutionData {
	return {
		json: {},
		binary: { [property]: { data: bytes.toString('base64'), mimeType, fileName: 'voice.wav' } },
	};
}

useFastWaits();
useFastUploads();

describe('Voice → Clone: a recording becomes a voice', () => {
	it('from a URL: POST create_customised_audio {name, url, model_type, language}, the voice ID out', async () => {
		const create = expectCreate(BODY);
		const { items, error } = await runChanjing({ parameters: clone(), node: V2 });
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
		expect(items?.map((item) => item.json)).toEqual([{ voiceId: ID, traceId: 'trace-1' }]);
		expect(items?.[0].pairedItem).toEqual({ item: 0 });
	});

	it('model, language and Callback URL as chosen, the name and URL trimmed', async () => {
		const create = expectCreate({
			name: 'English narrator',
			url: RECORDING_URL,
			model_type: 'cicada1.0',
			language: 'en',
			callback: 'https://example.com/hook',
		});
		const { error } = await runChanjing({
			parameters: clone({
				name: ' English narrator ',
				audioUrl: ` ${RECORDING_URL} `,
				model: 'cicada1.0',
				language: 'en',
				options: { callbackUrl: 'https://example.com/hook' },
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});

	it('waits (by default) until status 2: queued, cloning, ready', async () => {
		const create = expectCreate(BODY);
		const polls = expectDetails(
			clonedVoice(ID, 0, { name: 'My narrator', progress: 0 }),
			clonedVoice(ID, 1, { name: 'My narrator' }),
			clonedVoice(ID, 2, { name: 'My narrator' }),
		);
		const { items, error } = await runChanjing({
			parameters: { ...clone(), waitForCompletion: undefined },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone() && polls.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({
			voiceId: ID,
			traceId: 'trace-1',
			name: 'My narrator',
			status: 'succeeded',
			state: 'ready',
			statusCode: 2,
			progress: 100,
			model: 'cicada3.0-turbo',
			language: 'cn',
			sampleUrl: `${CDN}/${ID}.wav`,
			errorMessage: null,
		});
	});

	it('a voice that fails (status 4) fails the item with err_msg and the voice ID', async () => {
		expectCreate(BODY);
		expectDetails(clonedVoice(ID, 4, { err_msg: '参考音频质量不合格' }));
		const { error } = await runChanjing({
			parameters: clone({ waitForCompletion: true }),
			node: V2,
		});
		expect(error?.message).toBe(
			`Chanjing could not generate voice clone ${ID}: Chanjing could not clone the voice (status 4): 参考音频质量不合格`,
		);
		expect(error?.description).toMatch(new RegExp(`Voice ID: ${ID}\\.$`));
	});

	it('a billing failure in err_msg fails the item with a hint to top up', async () => {
		expectCreate(BODY);
		expectDetails(clonedVoice(ID, 1, { err_msg: '扣费失败,蝉豆不足' }));
		const { error } = await runChanjing({
			parameters: clone({ waitForCompletion: true }),
			node: V2,
		});
		expect(error?.message).toMatch(/out of credits/);
	});
});

describe('Voice → Clone from a binary recording', () => {
	it('checked by its bytes, uploaded once with service=prompt_audio, its full_path sent as url', async () => {
		const wav = wavOf(20);
		const upload = expectUpload({
			bytes: wav,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-voice',
			service: 'prompt_audio',
		});
		const create = expectCreate({ ...BODY, url: upload.fullPath });
		const { items, error } = await runChanjing({
			parameters: clone({ audioSource: 'binary', audioBinaryProperty: 'recording' }),
			inputItems: [recordingItem(wav, 'recording')],
			node: V2,
		});
		expect(error).toBeUndefined();
		for (const scope of [upload.create, upload.put, upload.detail, create])
			expect(scope.isDone()).toBe(true);
		expect(items?.[0].json.voiceId).toBe(ID);
	});

	it('two items with the same recording: one upload, two clones (each item its own voice)', async () => {
		const mp3 = mp3Of({ frames: 1500, bytes: 8000 });
		const upload = expectUpload({
			bytes: mp3,
			ext: 'mp3',
			mimeType: 'audio/mpeg',
			fileId: 'file-mp3',
			service: 'prompt_audio',
		});
		const first = expectCreate({ ...BODY, name: 'Voice 1', url: upload.fullPath });
		const second = expectCreate(
			{ ...BODY, name: 'Voice 2', url: upload.fullPath },
			envelope(0, 'C-Audio-2'),
		);
		const { items, error } = await runChanjing({
			parameters: clone({ audioSource: 'binary', name: '=Voice {{ $json.n }}' }),
			inputItems: [1, 2].map((n) => ({ ...recordingItem(mp3, 'data', 'audio/mpeg'), json: { n } })),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(upload.create.isDone() && upload.put.isDone()).toBe(true);
		expect(first.isDone() && second.isDone()).toBe(true);
		expect(items?.map((item) => [item.json.voiceId, item.pairedItem])).toEqual([
			[ID, { item: 0 }],
			['C-Audio-2', { item: 1 }],
		]);
	});

	it('a recording the content check rejects (status 98): the item fails, no clone is created', async () => {
		const wav = wavOf(20);
		const upload = expectUpload({
			bytes: wav,
			ext: 'wav',
			mimeType: 'audio/wav',
			fileId: 'file-bad',
			service: 'prompt_audio',
			statuses: [0, 98],
		});
		const create = api().post(CREATE).reply(200, envelope(0, ID));
		const { error } = await runChanjing({
			parameters: clone({ audioSource: 'binary' }),
			inputItems: [recordingItem(wav)],
			node: V2,
		});
		expect(error?.message).toMatch(/content check/);
		expect(upload.detail.isDone()).toBe(true);
		expect(create.isDone()).toBe(false);
		nock.cleanAll();
	});

	it.each([
		[
			'a PNG',
			Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
			'is not an MP3, WAV or M4A audio file',
		],
		[
			'10 s of WAV',
			wavOf(10),
			'lasts 10.0 s; Chanjing clones a voice from 15 s to 5 min of speech (30 s or more recommended)',
		],
		[
			'6 min of MP3',
			mp3Of({ frames: 14000 }),
			'lasts 365.7 s; Chanjing clones a voice from 15 s to 5 min of speech (30 s or more recommended)',
		],
	])('%s is refused from its bytes, before any request', async (_what, bytes, problem) => {
		const anything = api()
			.get(/.*/)
			.reply(200, envelope(0, {}))
			.post(/.*/)
			.reply(200, envelope(0, ID));
		const { error } = await runChanjing({
			parameters: clone({ audioSource: 'binary' }),
			inputItems: [recordingItem(bytes)],
			node: V2,
		});
		expect(error?.message).toBe(`Audio Binary Property "data" ${problem}`);
		expect(error?.description).toMatch(/^Nothing was uploaded or sent to Chanjing for this item/);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('a missing binary property is named', async () => {
		const { error } = await runChanjing({
			parameters: clone({ audioSource: 'binary', audioBinaryProperty: 'voice' }),
			inputItems: [recordingItem(wavOf(20), 'recording')],
			node: V2,
		});
		expect(error?.message).toBe(
			'Audio Binary Property "voice" is not there: this item\'s binary properties are "recording"',
		);
	});
});

describe('Voice → Clone: bad input is stopped before any request, naming the field', () => {
	it.each([
		[{ name: '  ' }, 'Name is empty; name the voice to clone'],
		[{ name: 'x'.repeat(101) }, 'Name has 101 characters; the node allows at most 100'],
		[
			{ audioUrl: 'my-voice.mp3' },
			'Audio URL must be the public http(s) URL of an MP3, WAV or M4A recording, got "my-voice.mp3"',
		],
		[
			{ model: 'Cicada9' },
			'Model must be Cicada 3.0 Turbo (cicada3.0-turbo), Cicada 3.0 (cicada3.0) or Cicada 1.0 (cicada1.0), got "Cicada9"',
		],
		[{ language: 'fr' }, 'Language must be Chinese (cn) or English (en), got "fr"'],
		[
			{ options: { callbackUrl: 'hook' } },
			'Callback URL must be an http:// or https:// URL, got "hook"',
		],
	])('%j', async (parameters, message) => {
		const anything = api()
			.post(/.*/)
			.reply(200, envelope(0, ID))
			.get(/.*/)
			.reply(200, envelope(0, {}));
		const { error } = await runChanjing({ parameters: clone(parameters), node: V2 });
		expect(error?.message).toBe(message);
		expect(error?.description).toMatch(/^Nothing was sent to Chanjing for this item/);
		expect(anything.isDone()).toBe(false);
		nock.cleanAll();
	});
});

describe('Voice → Clone: money', () => {
	it('a lost answer (HTTP 502): a voice of the same input still cloning is named, not claimed (the list keeps no time), never sent again', async () => {
		const create = api().post(CREATE).reply(502, '<html>Bad Gateway</html>');
		const list = api()
			.post(LIST, (sent) => {
				expect(sent).toEqual({ page: 1, page_size: 50 });
				return true;
			})
			.reply(
				200,
				envelope(0, {
					list: [
						clonedVoice('C-Audio-old', 2, { name: 'My narrator' }),
						clonedVoice(ID, 0, { name: 'My narrator' }),
						clonedVoice('C-Audio-other', 1, { name: 'Another voice' }),
					],
					page_info: { page: 1, size: 50, total_count: 3, total_page: 1 },
				}),
			);
		const { items, error } = await runChanjing({ parameters: clone(), node: V2 });
		expect(items).toBeUndefined();
		expect(create.isDone() && list.isDone()).toBe(true);
		// another run may have sent the same name a minute ago: that voice would still be cloning
		expect(error?.message).toMatch(
			new RegExp(
				`^A paid voice clone may exist, but the node cannot tell whether task ${ID} is this item's or an earlier one: the submit's answer was lost or unusable \\(Chanjing answered HTTP 502`,
			),
		);
		expect(error?.description).toMatch(
			new RegExp(`^Task ${ID} \\(created an unknown time\\) has the same name, model and language`),
		);
		expect(error?.description).toMatch(/run this item again only if none of them is its own/);
	});

	it('a lost answer with no matching voice in the list: the item fails saying nothing was created', async () => {
		api().post(CREATE).reply(502, 'Bad Gateway');
		const list = api()
			.post(LIST)
			.times(2)
			.reply(200, envelope(0, { list: [clonedVoice('C-Audio-old', 2, { name: 'My narrator' })] }));
		const { error } = await runChanjing({ parameters: clone(), node: V2 });
		expect(list.isDone()).toBe(true);
		expect(error?.message).toMatch(/^No voice clone was created for this item/);
	});

	it('40001 (nothing created) is sent again when the pace allows', async () => {
		const refused = api()
			.post(CREATE)
			.reply(200, envelope(40001, null, '超出 QPS 限制'));
		const create = expectCreate(BODY);
		const { items, error } = await runChanjing({ parameters: clone(), node: V2 });
		expect(error).toBeUndefined();
		expect(refused.isDone() && create.isDone()).toBe(true);
		expect(items?.[0].json.voiceId).toBe(ID);
	});

	it('as an AI tool: cloned once, with what to do next', async () => {
		const create = expectCreate({ ...BODY, name: 'Agent voice' });
		const answer = await askTool(
			'clone_voice',
			{
				...clone(),
				name: "={{ $fromAI('name', 'The new voice name', 'string') }}",
			},
			{ name: 'Agent voice' },
		);
		expect(create.isDone()).toBe(true);
		expect(answer).toMatchObject({ voiceId: ID, status: 'submitted' });
		expect(answer.message).toMatch(/Voice → Get/);
	});
});
