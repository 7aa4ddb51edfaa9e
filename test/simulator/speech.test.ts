import { CODES, Json, useSimulator } from './helpers';
import { PATHS, dataOf, fetchBytes, post, speechBody, uploaded } from './product-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWavFile } = require('./wav-check');

describe('create_audio_task and audio_task_state', () => {
	const s = useSimulator({ renderMs: 1000 });
	const stateOf = async (taskId: string): Promise<Json> =>
		dataOf(await post(s, PATHS.audioState, { task_id: taskId }));
	const taskOf = async (body: Record<string, unknown>): Promise<string> =>
		dataOf(await post(s, PATHS.createAudio, body)).task_id;

	test('{task_id}, status 1, then 9 with full.url, duration and subtitles in seconds', async () => {
		const a = await post(s, PATHS.createAudio, speechBody({ text: { text: '你好,世界。再见!' } }));
		expect(a.data).toEqual({ task_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
		const id = a.data.task_id;
		const running = await stateOf(id);
		expect(running).toEqual({
			id,
			type: 'tts',
			status: 1,
			text: ['你好,世界。再见!'],
			full: null,
			slice: null,
			errMsg: '',
			errReason: '',
			subtitles: [],
			focus_titles: [],
			plain_text: '',
			key: expect.stringMatching(/^[0-9a-f]{40}$/),
		});
		s.clock.advance(1000);
		const d = await stateOf(id);
		expect(d).toMatchObject({ status: 9, errMsg: '', errReason: '' });
		expect(d.full).toEqual({
			url: `${s.sim.url}/files/tts/${id}.wav`,
			path: `${id}.wav`,
			duration: 1.8,
			watermark_url: '',
		});
		expect(d.subtitles).toEqual([
			expect.objectContaining({ start_time: 0, end_time: 0.6, subtitle: '你好,' }),
			expect.objectContaining({ start_time: 0.6, end_time: 1.2, subtitle: '世界。' }),
			expect.objectContaining({ start_time: 1.2, end_time: 1.8, subtitle: '再见!' }),
		]);
		expect(d.subtitles[0]).toEqual({
			key: expect.stringMatching(/^[0-9a-f]{40}$/),
			start_time: 0,
			end_time: 0.6,
			subtitle: '你好,',
			alt_subtitle: '',
			subtitle_tag: '你好,',
			keywords: [],
			words: [],
		});
	});

	test('full.url is a valid WAV exactly full.duration long', async () => {
		const id = await taskOf(speechBody({ text: { text: '一二三四五六七八九十' }, speed: 2 }));
		expect((await fetchBytes(`${s.sim.url}/files/tts/${id}.wav`)).status).toBe(404);
		s.clock.advance(1000);
		const d = await stateOf(id);
		expect(d.full.duration).toBe(1);
		const got = await fetchBytes(d.full.url);
		expect(got.type).toBe('audio/wav');
		expect(readWavFile(got.bytes)).toEqual({
			riffOk: true,
			chunks: ['fmt ', 'data'],
			format: 1,
			channels: 1,
			sampleRate: 8000,
			byteRate: 8000,
			blockAlign: 1,
			bits: 8,
			dataBytes: 8000,
			seconds: 1,
		});
	});

	test('rich-text tags are left out of subtitles and timing; plain_text and watermark', async () => {
		const id = await taskOf(
			speechBody({
				text: { text: '你好<break time="500ms"/>世界。', plain_text: '你好世界。' },
				aigc_watermark: true,
			}),
		);
		s.clock.advance(1000);
		const d = await stateOf(id);
		expect(d.plain_text).toBe('你好世界。');
		expect(d.full.duration).toBe(1);
		expect(d.full.watermark_url).toBe(`${s.sim.url}/files/tts/${id}-watermark.wav`);
		expect((await fetchBytes(d.full.watermark_url)).type).toBe('audio/wav');
		expect(d.subtitles).toEqual([
			expect.objectContaining({
				subtitle: '你好世界。',
				subtitle_tag: '你好<break time="500ms"/>世界。',
				end_time: 1,
			}),
		]);
	});

	test('create_audio_task_v2 takes the same body', async () => {
		const a = await post(s, '/open/v1/create_audio_task_v2', speechBody());
		expect(a.data.task_id).toMatch(/^[0-9a-f]{32}$/);
		expect((await stateOf(a.data.task_id)).status).toBe(1);
	});

	test.each([
		['[fail]', '语音合成失败:文本包含无法合成的内容', '文本内容异常'],
		['[error]', '语音合成失败:服务繁忙,请稍后重试', '系统内部错误'],
	])(
		'a text with %s ends in status 9 with a non-empty errMsg (D7)',
		async (marker, errMsg, errReason) => {
			const id = await taskOf(speechBody({ text: { text: `坏文本${marker}` } }));
			s.clock.advance(1000);
			expect(await stateOf(id)).toMatchObject({
				status: 9,
				errMsg,
				errReason,
				full: null,
				subtitles: [],
			});
		},
	);

	test('a prompt_audio uploaded with service prompt_audio passes', async () => {
		const f = await uploaded(s, 'prompt_audio', 'ref.wav');
		expect((await post(s, PATHS.createAudio, speechBody({ prompt_audio: f.file_id }))).code).toBe(
			0,
		);
		const other = await uploaded(s, 'lip_sync_audio', 'ref.wav');
		expect(
			await post(s, PATHS.createAudio, speechBody({ prompt_audio: other.file_id })),
		).toMatchObject({
			code: 40000,
			msg: 'prompt_audio 的文件用途不符: 须以 service=prompt_audio 上传,该文件为 lip_sync_audio',
		});
	});

	test.each([
		['no audio_man', { audio_man: undefined }, 'audio_man 不能为空'],
		['an unknown voice', { audio_man: 'x1' }, 'audio_man 不存在: x1'],
		['no speed (TTS, SPEC: required)', { speed: undefined }, 'speed 不能为空'],
		['speed 0.4', { speed: 0.4 }, 'speed 参数错误,取值范围 0.5-2'],
		['pitch 3.5 (D10: 0.1–3)', { pitch: 3.5 }, 'pitch 参数错误,取值范围 0.1-3'],
		['no text', { text: undefined }, 'text 不能为空'],
		['empty text.text', { text: { text: '' } }, 'text.text 不能为空'],
		['4000 characters', { text: { text: '字'.repeat(4000) } }, 'text.text 长度须小于 4000 字符'],
		['aigc_watermark "yes"', { aigc_watermark: 'yes' }, 'aigc_watermark 参数错误,须为布尔值'],
	])('refuses %s with 40000', async (_what, patch, msg) => {
		expect(await post(s, PATHS.createAudio, speechBody(patch))).toMatchObject({
			code: CODES.PARAM_ERROR,
			msg,
			data: null,
		});
	});

	test('pitch may be left out (SPEC) and be 0.1–3 (SDK, CUI)', async () => {
		expect((await post(s, PATHS.createAudio, speechBody({ pitch: undefined }))).code).toBe(0);
		expect((await post(s, PATHS.createAudio, speechBody({ pitch: 2.5 }))).code).toBe(0);
	});

	test('an unknown task answers 40000 任务不存在; no task_id 40000 too', async () => {
		expect(await post(s, PATHS.audioState, { task_id: 'nope' })).toMatchObject({
			code: 40000,
			msg: '任务不存在',
		});
		expect(await post(s, PATHS.audioState, {})).toMatchObject({
			code: 40000,
			msg: 'task_id 不能为空',
		});
	});
});
