import { call, CODES, Json, useSimulator } from './helpers';
import {
	PATHS,
	created,
	dataOf,
	fetchBytes,
	get,
	post,
	speechBody,
	uploaded,
	videoBody,
} from './product-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWavFile } = require('./wav-check');

describe('voice cloning (create_customised_audio and friends)', () => {
	const s = useSimulator({ renderMs: 1000 });
	const voiceOf = async (id: string): Promise<Json> => dataOf(await get(s, PATHS.voice, { id }));
	const clone = (body: Record<string, unknown>) =>
		created(s, PATHS.createVoice, { name: '我的声音', url: 'https://cdn.example/me.wav', ...body });

	test('from the full_path of a prompt_audio upload: 0 queued, 1 in progress, 2 done', async () => {
		const f = await uploaded(s, 'prompt_audio', 'me.wav');
		const id = await clone({ url: f.full_path, model_type: 'cicada3.0-turbo', language: 'cn' });
		expect(id).toMatch(/^C-Audio-[0-9a-f]{32}$/);
		expect(await voiceOf(id)).toEqual({
			id,
			name: '我的声音',
			type: 'cicada3.0-turbo',
			progress: 0,
			audio_path: '',
			err_msg: '',
			status: 0,
			lang: 'cn',
		});
		s.clock.advance(500);
		expect(await voiceOf(id)).toMatchObject({ status: 1, progress: 50 });
		s.clock.advance(500);
		const done = await voiceOf(id);
		expect(done).toMatchObject({
			status: 2,
			progress: 100,
			audio_path: `${s.sim.url}/files/voice/${id}.wav`,
		});
		expect(readWavFile((await fetchBytes(done.audio_path)).bytes)).toMatchObject({
			riffOk: true,
			seconds: 4,
		});
	});

	test('a done voice speaks in TTS, in create_video and in lip sync', async () => {
		const id = await clone({});
		expect(await post(s, PATHS.createAudio, speechBody({ audio_man: id }))).toMatchObject({
			code: 40000,
			msg: 'audio_man 对应的定制声音尚未完成',
		});
		s.clock.advance(1000);
		expect((await post(s, PATHS.createAudio, speechBody({ audio_man: id }))).code).toBe(0);
		const video = videoBody({
			audio: { type: 'tts', tts: { text: ['你好'], audio_man: id } },
		});
		expect((await post(s, PATHS.createVideo, video)).code).toBe(0);
		const lip = {
			video_url: 'https://cdn.example/face.mp4',
			tts_config: { text: '你好', audio_man_id: id },
		};
		expect((await post(s, PATHS.lipCreate, lip)).code).toBe(0);
	});

	test('D5: Cicada3.0-turbo (VCL) and the lower-case codes (SDK, CUI) pass; type is lower case', async () => {
		for (const model of ['Cicada3.0-turbo', 'cicada3.0', 'cicada1.0']) {
			const id = await clone({ model_type: model });
			expect((await voiceOf(id)).type).toBe(model.toLowerCase());
		}
		expect((await voiceOf(await clone({}))).type).toBe('cicada1.0');
		expect(
			await post(s, PATHS.createVoice, { name: 'x', url: 'https://a/b.wav', model_type: 'v2' }),
		).toMatchObject({
			code: 40000,
			msg: 'model_type 参数错误,支持 Cicada3.0-turbo、cicada3.0-turbo、cicada3.0、cicada1.0',
		});
	});

	test.each([
		['the name', { name: '坏[fail]' }],
		['the url', { url: 'https://cdn.example/%5Bfail%5D.wav' }],
	])('[fail] in %s ends in status 4 with err_msg', async (_where, patch) => {
		const id = await clone(patch);
		s.clock.advance(1000);
		expect(await voiceOf(id)).toMatchObject({
			status: 4,
			err_msg: '声音克隆失败:参考音频质量不合格,请上传 30 秒以上清晰人声',
			audio_path: '',
		});
		expect(await post(s, PATHS.createAudio, speechBody({ audio_man: id }))).toMatchObject({
			code: 40000,
			msg: 'audio_man 对应的定制声音克隆失败,不可使用',
		});
	});

	test('status 3 (expired) and 99 (deleted) through the control knob', async () => {
		const id = await clone({});
		s.clock.advance(1000);
		expect(s.sim.setVoiceStatus(id, 3)).toBe(true);
		expect(await voiceOf(id)).toMatchObject({ status: 3, audio_path: '' });
		expect(await post(s, PATHS.createAudio, speechBody({ audio_man: id }))).toMatchObject({
			code: 40000,
			msg: 'audio_man 对应的定制声音已过期',
		});
		expect(dataOf(await post(s, PATHS.voiceList, {})).list).toHaveLength(1);
		const http = await call(s.sim.url, 'POST', '/__sim/voice-status', { body: { id, status: 99 } });
		expect(http.json).toEqual({ ok: true });
		expect((await voiceOf(id)).status).toBe(99);
		expect(dataOf(await post(s, PATHS.voiceList, {})).list).toEqual([]);
		expect(await post(s, PATHS.createAudio, speechBody({ audio_man: id }))).toMatchObject({
			code: 40000,
			msg: `audio_man 不存在: ${id}`,
		});
		expect(s.sim.setVoiceStatus(id, 2)).toBe(true);
		expect((await voiceOf(id)).status).toBe(2);
		expect(
			(await call(s.sim.url, 'POST', '/__sim/voice-status', { body: { id: 'x', status: 3 } }))
				.status,
		).toBe(404);
		expect(
			(await call(s.sim.url, 'POST', '/__sim/voice-status', { body: { id, status: 4 } })).status,
		).toBe(400);
	});

	test('list and delete: a deleted voice shows status 99 and leaves the list', async () => {
		const a = await clone({ name: 'a' });
		s.clock.advance(1);
		const b = await clone({ name: 'b' });
		const d = dataOf(await post(s, PATHS.voiceList, { page: 1, page_size: 10 }));
		expect(d.list.map((x: Json) => x.id)).toEqual([b, a]);
		expect(d.page_info).toEqual({ page: 1, size: 10, total_count: 2, total_page: 1 });
		expect(dataOf(await post(s, PATHS.deleteVoice, { id: a }))).toBe(a);
		expect((await voiceOf(a)).status).toBe(99);
		expect(dataOf(await post(s, PATHS.voiceList, {})).list.map((x: Json) => x.id)).toEqual([b]);
		expect(await post(s, PATHS.deleteVoice, { id: a })).toMatchObject({
			code: 40000,
			msg: '定制声音不存在',
		});
	});

	test('own URLs must be prompt_audio uploads that passed the check', async () => {
		const other = await uploaded(s, 'make_video_audio', 'me.wav');
		expect(await post(s, PATHS.createVoice, { name: 'x', url: other.full_path })).toMatchObject({
			code: 40000,
			msg: 'url 的文件用途不符: 须以 service=prompt_audio 上传,该文件为 make_video_audio',
		});
		const q = new URLSearchParams({ service: 'prompt_audio', name: 'p.wav' });
		const pending = dataOf(await get(s, `/open/v1/common/create_upload_url?${q}`));
		expect(await post(s, PATHS.createVoice, { name: 'x', url: pending.full_path })).toMatchObject({
			code: 40000,
			msg: 'url 文件尚未就绪或不可访问',
		});
	});

	test.each([
		['no name', { name: undefined }, 'name 不能为空'],
		['no url', { url: undefined }, 'url 不能为空'],
		[
			'a url that is not http',
			{ url: 'file:///me.wav' },
			'url 参数错误,须为公网可访问的 http(s) 链接',
		],
		['language jp', { language: 'jp' }, 'language 参数错误,支持 cn、en'],
		['denoise_flag 1', { denoise_flag: 1 }, 'denoise_flag 参数错误,须为布尔值'],
	])('refuses %s with 40000', async (_what, patch, msg) => {
		const body = { name: 'x', url: 'https://cdn.example/me.wav', ...patch };
		expect(await post(s, PATHS.createVoice, body)).toMatchObject({
			code: CODES.PARAM_ERROR,
			msg,
			data: null,
		});
	});

	test('an unknown voice answers 40000', async () => {
		expect(await get(s, PATHS.voice, { id: 'C-Audio-x' })).toMatchObject({
			code: 40000,
			msg: '定制声音不存在',
		});
	});
});
