import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { requestTimeouts } from '../../../../nodes/Chanjing/transport/timeouts';
import { envelope } from '../../../helpers/chanjing-api';
import {
	CDN,
	clonedVoice,
	customAvatar,
	expectClonedVoices,
	expectCustomAvatars,
	expectPublicVoices,
	publicVoice,
} from '../../../helpers/lookups';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingToolNode, runTools } from '../../../helpers/tool-workflow';

/**
 * Speech → Generate and Get (node version 2) through n8n-core with nock. (Every input check:
 * speechChecks.test.ts; the body and the voice lists: speechBody.test.ts; Get's hooks:
 * speechGet.test.ts.)
 */
const V2 = { typeVersion: 2 };
const CREATE = '/open/v1/create_audio_task';
const STATE = '/open/v1/audio_task_state';
const ID = '9f3c2a7b5d1e4f60a8b7c6d5e4f3a2b1';
const TEXT = '欢迎来到蝉镜。今天介绍三款新品。';
const AUDIO_URL = `${CDN}/tts/${ID}.wav`;
// A RIFF/WAVE header: enough for the audio check of a download.
const WAV = Buffer.concat([
	Buffer.from('RIFF'),
	Buffer.from([36, 0, 0, 0]),
	Buffer.from('WAVEfmt '),
	Buffer.alloc(24),
]);
const BODY = {
	audio_man: 'voice-1',
	speed: 1,
	pitch: 1,
	text: { text: TEXT },
	aigc_watermark: false,
};

const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

function speech(parameters: INodeParameters = {}): INodeParameters {
	return {
		resource: 'speech',
		operation: 'generate',
		voice: { __rl: true, mode: 'list', value: 'voice-1' },
		text: TEXT,
		...parameters,
	};
}

function expectCreate(body: object = BODY, answer: object = envelope(0, { task_id: ID })) {
	return api()
		.post(CREATE, (sent) => {
			expect(sent).toEqual(body);
			return true;
		})
		.reply(200, answer);
}

function state(status: number, extra: Record<string, unknown> = {}) {
	const done = status === 9 && !extra.errMsg;
	return {
		id: ID,
		type: 'tts',
		status,
		text: [TEXT],
		full: done ? { url: AUDIO_URL, path: `${ID}.wav`, duration: 3.2, watermark_url: '' } : null,
		slice: null,
		errMsg: '',
		errReason: '',
		subtitles: done
			? [
					{ key: 'a', start_time: 0, end_time: 1.4, subtitle: '欢迎来到蝉镜。' },
					{ key: 'b', start_time: 1.4, end_time: 3.2, subtitle: '今天介绍三款新品。' },
				]
			: [],
		...extra,
	};
}

function expectStates(...answers: object[]) {
	const scope = api();
	for (const answer of answers) {
		scope
			.post(STATE, (sent) => {
				expect(sent).toEqual({ task_id: ID });
				return true;
			})
			.reply(200, envelope(0, answer));
	}
	return scope;
}

const realTiming = { ...pollTiming };
const realTimeouts = { ...requestTimeouts };
beforeEach(() => {
	pollTiming.msPerSecond = 1;
	pollTiming.sliceMs = 1;
});
afterEach(() => {
	Object.assign(pollTiming, realTiming);
	Object.assign(requestTimeouts, realTimeouts);
});

describe('Speech → Generate', () => {
	it('checks the voice, creates once, waits and attaches the audio (both on by default)', async () => {
		const voices = expectPublicVoices([publicVoice(1), publicVoice(2)]);
		const create = expectCreate();
		const states = expectStates(state(1), state(9));
		const download = nock(CDN)
			.get(`/tts/${ID}.wav`)
			.reply(200, WAV, { 'Content-Type': 'audio/wav' });

		const { items, error } = await runChanjing({ parameters: speech(), node: V2 });

		expect(error).toBeUndefined();
		for (const scope of [voices, create, states, download]) expect(scope.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(items?.[0].json).toEqual({
			taskId: ID,
			traceId: 'trace-1',
			status: 'succeeded',
			statusCode: 9,
			audioUrl: AUDIO_URL,
			duration: 3.2,
			watermarkUrl: null,
			sentences: [
				{ start: 0, end: 1.4, text: '欢迎来到蝉镜。' },
				{ start: 1.4, end: 3.2, text: '今天介绍三款新品。' },
			],
			errorMessage: null,
		});
		expect(items?.[0].binary?.data).toMatchObject({
			fileName: `${ID}.wav`,
			mimeType: 'audio/wav',
		});
		expect(items?.[0].pairedItem).toEqual({ item: 0 });
	});

	it('without waiting: the task ID at once; Speed, Pitch and the watermark as Chanjing takes them', async () => {
		expectPublicVoices([publicVoice(1)]);
		const create = expectCreate({ ...BODY, speed: 1.25, pitch: 0.8, aigc_watermark: true });
		const { items, error } = await runChanjing({
			parameters: speech({
				speed: '={{ "1.25" }}',
				pitch: 0.8,
				waitForCompletion: false,
				options: { watermark: true },
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
		expect(items?.[0].json).toEqual({ taskId: ID, traceId: 'trace-1' });
	});

	// one problem of each kind: the checks stop the item before any request
	it.each([
		[{ text: 'x'.repeat(4001) }, /^Text has 4001 characters; Chanjing allows at most 4000$/],
		[{ voice: { __rl: true, mode: 'id', value: '={{ $json.none }}' } }, /^Voice is empty/],
	])('%j is stopped before any request, naming the field', async (parameters, message) => {
		const create = api()
			.post(CREATE)
			.reply(200, envelope(0, { task_id: ID }));
		const { error } = await runChanjing({ parameters: speech(parameters), node: V2 });
		expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(/^Nothing was sent to Chanjing for this item/);
		expect(create.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('exactly 4000 characters are allowed', async () => {
		expectPublicVoices([publicVoice(1)]);
		const create = expectCreate({ ...BODY, text: { text: '字'.repeat(4000) } });
		const { error } = await runChanjing({
			parameters: speech({ text: '字'.repeat(4000), waitForCompletion: false }),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});

	it('a cloned voice still cloning is refused with its state', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectClonedVoices([clonedVoice('C-Audio-7', 1)]);
		const { error } = await runChanjing({
			parameters: speech({ voice: { __rl: true, mode: 'id', value: 'C-Audio-7' } }),
			node: V2,
		});
		expect(error?.message).toBe(
			'Voice is the cloned voice "Cloned C-Audio-7", which is cloning; only a cloned voice that is ready can speak',
		);
	});

	it("a custom avatar's voice is a voice; the lists are read only as far as needed", async () => {
		expectPublicVoices([publicVoice(1)]);
		expectClonedVoices([]);
		expectCustomAvatars([customAvatar('C-5')]);
		const create = expectCreate({ ...BODY, audio_man: 'C-5-voice' });
		const { error } = await runChanjing({
			parameters: speech({
				voice: { __rl: true, mode: 'id', value: 'C-5-voice' },
				waitForCompletion: false,
			}),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(create.isDone()).toBe(true);
	});

	it('three items read the voice list once and create three tasks', async () => {
		const voices = expectPublicVoices([publicVoice(1)]);
		const creates = api()
			.post(CREATE)
			.times(3)
			.reply(200, () => envelope(0, { task_id: ID }));
		const { items, error } = await runChanjing({
			parameters: speech({ waitForCompletion: false }),
			items: [{}, {}, {}],
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(voices.isDone()).toBe(true);
		expect(creates.isDone()).toBe(true);
		expect(items?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('status 9 with errMsg fails the item with Chanjing’s reason (D7)', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectCreate();
		expectStates(state(9, { errMsg: '文本包含无法合成的内容', errReason: '文本内容异常' }));
		const { error } = await runChanjing({ parameters: speech(), node: V2 });
		expect(error?.message).toBe(
			`Chanjing could not generate speech ${ID}: 文本包含无法合成的内容 – 文本内容异常`,
		);
		expect(error?.description).toBe(
			`The task ended as "9". Whether Chanjing charges for a failed speech task is not documented. Task ID: ${ID}.`,
		);
	});

	it('a billing failure in the detail fails the item with a hint to top up, never success', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectCreate();
		// even with a status and URL that would read as success
		expectStates(
			state(9, {
				errMsg: '',
				errReason: '扣费失败,蝉豆不足',
				full: { url: AUDIO_URL, duration: 1 },
			}),
		);
		const { error } = await runChanjing({ parameters: speech(), node: V2 });
		expect(error?.message).toBe(
			`Chanjing could not charge speech ${ID}: the account is out of credits (扣费失败,蝉豆不足)`,
		);
		expect(error?.description).toMatch(/^Chanjing accepted the task but could not charge/);
		expect(error?.description).toMatch(/Top up/);
	});

	it('finished without an audio URL and without a message: failed, as Chanjing’s poller judges it', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectCreate();
		expectStates(state(9, { full: null }));
		const { error } = await runChanjing({ parameters: speech(), node: V2 });
		expect(error?.message).toBe(
			`Chanjing could not generate speech ${ID}: Chanjing ended the task with status 9 and no audio`,
		);
	});

	it('a lost answer is never sent again: Chanjing keeps no list of speech tasks', async () => {
		requestTimeouts.apiMs = 200;
		expectPublicVoices([publicVoice(1)]);
		const create = api()
			.post(CREATE)
			.delay(1000)
			.reply(200, envelope(0, { task_id: ID }));
		const { error } = await runChanjing({ parameters: speech(), node: V2 });
		expect(create.isDone()).toBe(true);
		expect(error?.message).toBe(
			'A paid speech task may exist: the submit timed out after 0 s, and Chanjing keeps no list to check it in',
		);
		expect(error?.description).toMatch(/did not send it again/);
		expect(error?.description).toMatch(/the text "欢迎来到蝉镜。今天介绍三款新品。"/);
	});

	it('40001 (nothing created) is sent again when the pace allows', async () => {
		expectPublicVoices([publicVoice(1)]);
		const refused = api()
			.post(CREATE)
			.reply(200, envelope(40001, null, '超出 QPS 限制'));
		const create = expectCreate();
		const { items, error } = await runChanjing({
			parameters: speech({ waitForCompletion: false }),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(refused.isDone() && create.isDone()).toBe(true);
		expect(items?.[0].json.taskId).toBe(ID);
	});
});

describe('Speech → Get', () => {
	it('POST audio_task_state with the trimmed task ID; no waiting by default', async () => {
		const states = expectStates(state(1));
		const { items, error } = await runChanjing({
			parameters: { resource: 'speech', operation: 'get', taskId: ` ${ID} ` },
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(states.isDone()).toBe(true);
		expect(items?.[0].json).toMatchObject({ taskId: ID, status: 'generating', audioUrl: null });
	});

	it('Simplify off: the record as Chanjing sent it', async () => {
		expectStates(state(9));
		const { items } = await runChanjing({
			parameters: { resource: 'speech', operation: 'get', taskId: ID, simplify: false },
			node: V2,
		});
		expect(items?.[0].json).toEqual(state(9));
	});
});

describe('Speech as an AI tool', () => {
	it('generates, waits and answers with the audio URL; no file for the model', async () => {
		expectPublicVoices([publicVoice(1)]);
		expectCreate();
		expectStates(state(9));
		const { results } = await runTools(
			[
				{
					...chanjingToolNode('text_to_speech', {
						resource: 'speech',
						operation: 'generate',
						voice: { __rl: true, mode: 'id', value: 'voice-1' },
						text: "={{ $fromAI('text', 'What to say', 'string') }}",
					}),
					typeVersion: 2,
				},
			],
			[{ tool: 'text_to_speech', args: { text: TEXT } }],
		);
		const [answer] = JSON.parse(results[0].text as string);
		expect(answer).toMatchObject({ taskId: ID, status: 'succeeded', audioUrl: AUDIO_URL });
		expect(answer.message).toMatch(/^The speech is ready: /);
		expect(answer.message).toMatch(/Download Audio is ignored/);
	});
});
