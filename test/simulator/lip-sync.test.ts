import { T0, CODES, Json, useSimulator } from './helpers';
import {
	PATHS,
	VOICE,
	created,
	dataOf,
	fetchBytes,
	get,
	post,
	sampleWav,
	uploaded,
} from './product-helpers';

describe('video_lip_sync', () => {
	const s = useSimulator({ renderMs: 1000 });
	const detailOf = async (id: string): Promise<Json> =>
		dataOf(await get(s, PATHS.lipDetail, { id }));

	async function videoFile(): Promise<string> {
		return (await uploaded(s, 'lip_sync_video', 'face.mp4')).file_id;
	}

	function ttsBody(videoFileId: string, overrides: Record<string, unknown> = {}) {
		return {
			video_file_id: videoFileId,
			screen_width: 1080,
			screen_height: 1920,
			model: 0,
			audio_type: 'tts',
			tts_config: { text: '君不见黄河之水天上来。', audio_man_id: VOICE, speed: 1, pitch: 1 },
			...overrides,
		};
	}

	test('0 queued, 10 generating, 20 success with video_url, preview_url and duration in ms', async () => {
		const id = await created(s, PATHS.lipCreate, ttsBody(await videoFile()));
		expect(id).toMatch(/^[0-9a-f]{32}$/);
		const createTime = (T0 + 1000) / 1000;
		expect(await detailOf(id)).toEqual({
			id,
			status: 0,
			progress: 0,
			msg: '',
			video_url: '',
			preview_url: '',
			duration: 0,
			create_time: createTime,
		});
		s.clock.advance(200);
		expect(await detailOf(id)).toMatchObject({ status: 10, progress: 20 });
		s.clock.advance(800);
		const base = `${s.sim.url}/files/lipsync/${id}`;
		expect(await detailOf(id)).toEqual({
			id,
			status: 20,
			progress: 100,
			msg: 'success',
			video_url: `${base}.mp4`,
			preview_url: `${base}.png`,
			duration: 2200,
			create_time: createTime,
		});
		expect((await fetchBytes(`${base}.mp4`)).type).toBe('video/mp4');
		expect((await fetchBytes(`${base}.png`)).type).toBe('image/png');
	});

	test('D4: tts_config.text as an array of strings; audio_man as the voice’s name', async () => {
		const file = await videoFile();
		const id = await created(
			s,
			PATHS.lipCreate,
			ttsBody(file, { tts_config: { text: ['一二三', '四五'], audio_man: VOICE } }),
		);
		s.clock.advance(1000);
		expect((await detailOf(id)).duration).toBe(1000);
	});

	test('audio drive with a lip_sync_audio WAV: its length in ms', async () => {
		const video = await videoFile();
		const audio = await uploaded(s, 'lip_sync_audio', 'a.wav', sampleWav(3.25));
		const id = await created(s, PATHS.lipCreate, {
			video_file_id: video,
			audio_type: 'audio',
			audio_file_id: audio.file_id,
		});
		s.clock.advance(1000);
		expect(await detailOf(id)).toMatchObject({ status: 20, duration: 3250 });
	});

	test('video_url and audio_url instead of uploads', async () => {
		const id = await created(s, PATHS.lipCreate, {
			video_url: 'https://cdn.example/face.mp4',
			audio_type: 'audio',
			audio_url: 'https://cdn.example/a.mp3',
		});
		s.clock.advance(1000);
		expect(await detailOf(id)).toMatchObject({ status: 20, duration: 5000 });
	});

	test.each([
		['[fail]', '对口型视频生成失败:素材中未检测到人脸或音频无法识别'],
		['[error]', '对口型视频生成失败:服务异常,请稍后重试'],
	])('a text with %s ends in status 30 (failure here, D9) with a msg', async (marker, msg) => {
		const file = await videoFile();
		const id = await created(
			s,
			PATHS.lipCreate,
			ttsBody(file, { tts_config: { text: `坏${marker}`, audio_man_id: VOICE } }),
		);
		s.clock.advance(1000);
		expect(await detailOf(id)).toMatchObject({ status: 30, msg, video_url: '', progress: 0 });
	});

	test('a video uploaded for another service, or not yet checked, is refused', async () => {
		const wrong = await uploaded(s, 'make_video_audio', 'face.mp4');
		expect(await post(s, PATHS.lipCreate, ttsBody(wrong.file_id))).toMatchObject({
			code: 40000,
			msg: 'video_file_id 的文件用途不符: 须以 service=lip_sync_video 上传,该文件为 make_video_audio',
		});
		const q = new URLSearchParams({ service: 'lip_sync_video', name: 'b.mp4' });
		const pending = dataOf(await get(s, `/open/v1/common/create_upload_url?${q}`));
		expect(await post(s, PATHS.lipCreate, ttsBody(pending.file_id))).toMatchObject({
			code: 40000,
			msg: 'video_file_id 文件尚未就绪,请稍后重试',
		});
		const image = await uploaded(s, 'lip_sync_video', 'face.png');
		expect(await post(s, PATHS.lipCreate, ttsBody(image.file_id))).toMatchObject({
			code: 40000,
			msg: 'video_file_id 文件格式不支持,支持 mp4、mov、webm',
		});
	});

	test.each([
		['no video', { video_file_id: undefined }, 'video_file_id 不能为空'],
		['model 3', { model: 3 }, 'model 参数错误,支持 0、1、2'],
		['audio_type x', { audio_type: 'x' }, 'audio_type 参数错误,支持 tts、audio'],
		['no tts_config', { tts_config: undefined }, 'tts_config 不能为空'],
		['no text', { tts_config: { audio_man_id: VOICE } }, 'tts_config.text 不能为空'],
		[
			'text 5',
			{ tts_config: { text: 5, audio_man_id: VOICE } },
			'tts_config.text 参数错误,须为字符串或字符串数组',
		],
		['no voice', { tts_config: { text: '你好' } }, 'tts_config.audio_man_id 不能为空'],
		[
			'an unknown voice',
			{ tts_config: { text: '你好', audio_man_id: 'v' } },
			'tts_config.audio_man_id 不存在: v',
		],
		[
			'speed 2.5',
			{ tts_config: { text: '你好', audio_man_id: VOICE, speed: 2.5 } },
			'tts_config.speed 参数错误,取值范围 0.5-2',
		],
		['audio without file', { audio_type: 'audio' }, 'audio_file_id 不能为空'],
		['volume 101', { volume: 101 }, 'volume 参数错误,取值范围 1-100'],
		['drive_mode x', { drive_mode: 'x' }, 'drive_mode 参数错误,支持 ""、random'],
	])('refuses %s with 40000', async (_what, patch, msg) => {
		const file = await videoFile();
		expect(await post(s, PATHS.lipCreate, ttsBody(file, patch))).toMatchObject({
			code: CODES.PARAM_ERROR,
			msg,
			data: null,
		});
	});

	test('list: newest first with page_info; pagerKey pageInfo (SPEC, D6)', async () => {
		const file = await videoFile();
		const first = await created(s, PATHS.lipCreate, ttsBody(file));
		s.clock.advance(1);
		const second = await created(s, PATHS.lipCreate, ttsBody(file));
		const d = dataOf(await post(s, PATHS.lipList, { page: 1, page_size: 10 }));
		expect(d.list.map((x: Json) => x.id)).toEqual([second, first]);
		expect(d.page_info).toEqual({ page: 1, size: 10, total_count: 2, total_page: 1 });
		s.sim.configure({ pagerKey: 'pageInfo' });
		const e = dataOf(await post(s, PATHS.lipList, {}));
		expect(e.pageInfo).toEqual({ page: 1, size: 10, total_count: 2, total_page: 1 });
		expect(e.page_info).toBeUndefined();
	});

	test('prefix fault rules reach the new paths and their files', async () => {
		const file = await videoFile();
		const id = await created(s, PATHS.lipCreate, ttsBody(file));
		s.clock.advance(1000);
		s.sim.configure({
			faultsFor: [
				{ path: '/open/v1/video_lip_sync/*', kind: 'drop' },
				{ path: '/files/lipsync/*', kind: 'http5xx', status: 503 },
			],
		});
		await expect(get(s, PATHS.lipDetail, { id })).rejects.toThrow();
		const d = dataOf(await get(s, PATHS.lipDetail, { id }));
		const video = await fetchBytes(d.video_url);
		expect(video).toMatchObject({ status: 503, type: 'text/html' });
		expect((await fetchBytes(d.video_url)).status).toBe(200);
		expect(s.sim.requests({ path: PATHS.lipDetail }).map((r: Json) => r.fault)).toEqual([
			'drop',
			null,
		]);
	});

	test('an unknown id answers 40000', async () => {
		expect(await get(s, PATHS.lipDetail, { id: 'x' })).toMatchObject({
			code: 40000,
			msg: '视频不存在',
		});
	});
});
