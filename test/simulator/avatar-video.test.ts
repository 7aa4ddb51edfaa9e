import { T0, CODES, Json, useSimulator } from './helpers';
import {
	AVATAR_4K,
	AVATAR_SIT,
	FONTS,
	PATHS,
	VOICE,
	created,
	dataOf,
	fetchBytes,
	get,
	post,
	sampleWav,
	uploaded,
	videoBody,
} from './product-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWavFile } = require('./wav-check');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readPng } = require('./png-check');

describe('create_video and GET /open/v1/video', () => {
	const s = useSimulator({ renderMs: 1000 });
	const videoOf = async (id: string): Promise<Json> => dataOf(await get(s, PATHS.video, { id }));

	test('a TTS video: 10 queued, 10 processing with progress, then 30 with its files', async () => {
		const id = await created(s, PATHS.createVideo, videoBody());
		expect(id).toMatch(/^[0-9a-f]{32}$/);
		expect(await videoOf(id)).toEqual({
			id,
			status: 10,
			progress: 0,
			msg: '',
			video_url: '',
			subtitle_data_url: '',
			preview_url: '',
			duration: 0,
			create_time: T0 / 1000,
			audio_urls: [],
			queue_status: 'queued',
			queue_desc: '排队中',
		});
		s.clock.advance(500);
		expect(await videoOf(id)).toMatchObject({
			status: 10,
			progress: 50,
			queue_status: 'processing',
			queue_desc: '视频合成中',
		});
		s.clock.advance(500);
		const base = `${s.sim.url}/files/video/${id}`;
		expect(await videoOf(id)).toEqual({
			id,
			status: 30,
			progress: 100,
			msg: 'success',
			video_url: `${base}.mp4`,
			subtitle_data_url: `${base}.srt`,
			preview_url: `${base}.png`,
			duration: 2,
			create_time: T0 / 1000,
			audio_urls: [`${base}.wav`],
			queue_status: 'completed',
			queue_desc: '',
		});
	});

	test('its files: an MP4, a PNG cover, SRT subtitles and a WAV as long as the video', async () => {
		const id = await created(
			s,
			PATHS.createVideo,
			videoBody({
				audio: { type: 'tts', tts: { text: ['第一句话,', '第二句。'], audio_man: VOICE } },
			}),
		);
		const base = `${s.sim.url}/files/video/${id}`;
		expect((await fetchBytes(`${base}.mp4`)).status).toBe(404);
		s.clock.advance(1000);
		const d = await videoOf(id);
		const mp4 = await fetchBytes(d.video_url);
		expect(mp4.type).toBe('video/mp4');
		expect(mp4.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
		const png = await fetchBytes(d.preview_url);
		expect(readPng(png.bytes).signatureOk).toBe(true);
		const srt = await fetchBytes(d.subtitle_data_url);
		expect(srt.type).toBe('application/x-subrip; charset=utf-8');
		expect(srt.bytes.toString('utf8')).toBe(
			'1\n00:00:00,000 --> 00:00:01,000\n第一句话,\n\n2\n00:00:01,000 --> 00:00:01,800\n第二句。\n',
		);
		const wav = readWavFile((await fetchBytes(d.audio_urls[0])).bytes);
		expect(wav).toMatchObject({ riffOk: true, seconds: d.duration });
	});

	test('a custom avatar needs no figure_type', async () => {
		const file = await uploaded(s, 'customised_person', 'me.mp4');
		const person = await created(s, PATHS.createPerson, { name: '我', file_id: file.file_id });
		s.clock.advance(1000);
		const body = videoBody({ person: { id: person } });
		const id = await created(s, PATHS.createVideo, body);
		s.clock.advance(1000);
		expect((await videoOf(id)).status).toBe(30);
	});

	test('audio drive with an uploaded make_video_audio WAV: its length is the duration', async () => {
		const file = await uploaded(s, 'make_video_audio', 'voice.wav', sampleWav(7.2));
		const id = await created(
			s,
			PATHS.createVideo,
			videoBody({ audio: { type: 'audio', file_id: file.file_id, volume: 80 } }),
		);
		s.clock.advance(1000);
		const d = await videoOf(id);
		expect(d).toMatchObject({ status: 30, duration: 8, subtitle_data_url: '' });
	});

	test('audio drive with wav_url: accepted, 5 s assumed', async () => {
		const id = await created(
			s,
			PATHS.createVideo,
			videoBody({ audio: { type: 'audio', wav_url: 'https://cdn.example/a.mp3' } }),
		);
		s.clock.advance(1000);
		expect(await videoOf(id)).toMatchObject({ status: 30, duration: 5 });
	});

	test('D1: drive_mode, backway and is_rgba_mode pass inside person and at the top level', async () => {
		for (const body of [
			videoBody({
				person: { id: AVATAR_4K.id, figure_type: 'sit_body', drive_mode: 'random', backway: 2 },
			}),
			videoBody({ drive_mode: 'random', backway: 2, is_rgba_mode: false }),
		])
			expect((await post(s, PATHS.createVideo, body)).code).toBe(0);
		expect(await post(s, PATHS.createVideo, videoBody({ backway: 3 }))).toMatchObject({
			code: 40000,
			msg: 'backway 参数错误,支持 1、2',
		});
	});

	test('4K only for a figure filmed in 4K; the 4K subtitle box fits a 2160x3840 canvas', async () => {
		const uhd = videoBody({
			resolution_rate: 1,
			screen_width: 2160,
			screen_height: 3840,
			subtitle_config: { show: true, x: 80, y: 2840, width: 2000, height: 1000, font_size: 150 },
		});
		expect((await post(s, PATHS.createVideo, uhd)).code).toBe(0);
		const hd = videoBody({
			person: { id: AVATAR_SIT.id, figure_type: 'sit_body' },
			resolution_rate: 1,
		});
		expect(await post(s, PATHS.createVideo, hd)).toMatchObject({
			code: 40000,
			msg: 'resolution_rate 参数错误,该数字人不支持 4K',
			data: null,
		});
	});

	const fontId = FONTS[0].id;
	test.each([
		['no person', { person: undefined }, 'person 不能为空'],
		['no person.id', { person: { figure_type: 'whole_body' } }, 'person.id 不能为空'],
		['an unknown person', { person: { id: 'nobody' } }, 'person.id 不存在: nobody'],
		[
			'a public avatar without figure_type',
			{ person: { id: AVATAR_4K.id } },
			'person.figure_type 不能为空,使用公共数字人时必传',
		],
		[
			'a figure the avatar does not offer',
			{ person: { id: AVATAR_SIT.id, figure_type: 'whole_body' } },
			'person.figure_type 参数错误,该数字人支持 sit_body',
		],
		['no audio', { audio: undefined }, 'audio 不能为空'],
		['audio.type xyz', { audio: { type: 'xyz' } }, 'audio.type 参数错误,支持 tts、audio'],
		['no tts', { audio: { type: 'tts' } }, 'audio.tts 不能为空'],
		[
			'text as a string',
			{ audio: { type: 'tts', tts: { text: '你好', audio_man: VOICE } } },
			'audio.tts.text 参数错误,须为字符串数组',
		],
		[
			'empty text',
			{ audio: { type: 'tts', tts: { text: [' '], audio_man: VOICE } } },
			'audio.tts.text 不能为空',
		],
		[
			'4000 characters',
			{ audio: { type: 'tts', tts: { text: ['字'.repeat(3999), '字'], audio_man: VOICE } } },
			'audio.tts.text 总长度须小于 4000 字符',
		],
		[
			'an unknown voice',
			{ audio: { type: 'tts', tts: { text: ['你好'], audio_man: 'nope' } } },
			'audio.tts.audio_man 不存在: nope',
		],
		[
			'no voice',
			{ audio: { type: 'tts', tts: { text: ['你好'] } } },
			'audio.tts.audio_man 不能为空',
		],
		[
			'speed 3',
			{ audio: { type: 'tts', tts: { text: ['你好'], audio_man: VOICE, speed: 3 } } },
			'audio.tts.speed 参数错误,取值范围 0.5-2',
		],
		[
			'audio without file',
			{ audio: { type: 'audio' } },
			'audio.file_id 与 audio.wav_url 不能同时为空',
		],
		['an unknown file', { audio: { type: 'audio', file_id: 'f00' } }, 'audio.file_id 不存在: f00'],
		[
			'wav_url not http',
			{ audio: { type: 'audio', wav_url: 'ftp://x/a.wav' } },
			'audio.wav_url 参数错误,须为 http(s) 链接',
		],
		[
			'volume 0',
			{ audio: { type: 'audio', wav_url: 'https://x/a.wav', volume: 0 } },
			'audio.volume 参数错误,取值范围 1-100',
		],
		['bg_color EDEDED', { bg_color: 'EDEDED' }, 'bg_color 参数错误,须为 #RRGGBB 格式'],
		[
			'a gif background',
			{ bg: { src_url: 'https://x/bg.gif' } },
			'bg.src_url 参数错误,背景图仅支持 jpg、png',
		],
		['model 2', { model: 2 }, 'model 参数错误,支持 0、1'],
		['resolution_rate 2', { resolution_rate: 2 }, 'resolution_rate 参数错误,支持 0、1'],
		[
			'a subtitle box off the canvas',
			{ subtitle_config: { show: true, x: 100, width: 1000 } },
			'subtitle_config 字幕区域超出画布范围: x+width 须 ≤ 1080, y+height 须 ≤ 1920',
		],
		[
			'a subtitle box below the canvas',
			{ subtitle_config: { y: 1800 } },
			'subtitle_config 字幕区域超出画布范围: x+width 须 ≤ 1080, y+height 须 ≤ 1920',
		],
		['a negative subtitle x', { subtitle_config: { x: -1 } }, 'subtitle_config.x 参数错误,须 ≥ 0'],
		[
			'a subtitle colour',
			{ subtitle_config: { color: 'white' } },
			'subtitle_config.color 参数错误,须为 #RRGGBB 格式',
		],
		['an unknown font', { subtitle_config: { font_id: 'f' } }, 'subtitle_config.font_id 不存在: f'],
		[
			'asr_type 2',
			{ subtitle_config: { font_id: fontId, asr_type: 2 } },
			'subtitle_config.asr_type 参数错误,支持 0、1',
		],
		[
			'watermark position 4',
			{ compliance_watermark_position: 4 },
			'compliance_watermark_position 参数错误,取值范围 0-3',
		],
		['callback 1', { callback: 1 }, 'callback 参数错误,须为字符串'],
		['source 2', { source: 2 }, 'source 参数错误,支持 0、1'],
		[
			'is_rgba_mode on a public avatar',
			{ is_rgba_mode: true },
			'is_rgba_mode 仅支持以四通道 webm 视频定制的数字人',
		],
	])('refuses %s with 40000 naming the field', async (_what, patch, msg) => {
		const a = await post(s, PATHS.createVideo, videoBody(patch));
		expect(a).toMatchObject({ code: CODES.PARAM_ERROR, msg, data: null });
		expect(s.sim.productTasks('video')).toEqual([]);
	});

	test('a body that is not an object answers 400', async () => {
		expect((await post(s, PATHS.createVideo, [1])).code).toBe(400);
	});

	test('the recommended subtitle box and a known font pass', async () => {
		const body = videoBody({
			subtitle_config: {
				show: true,
				x: 31,
				y: 1521,
				width: 1000,
				height: 200,
				font_size: 64,
				color: '#FFFFFF',
				stroke_color: '#000000',
				stroke_width: 7,
				font_id: fontId,
				asr_type: 0,
			},
			add_compliance_watermark: true,
			compliance_watermark_position: 3,
		});
		expect((await post(s, PATHS.createVideo, body)).code).toBe(0);
	});

	test.each([
		['[fail]', 40, '视频合成失败:参数异常,请检查脚本与素材'],
		['[fail:47]', 47, '视频合成失败:参数异常,请检查脚本与素材'],
		['[error]', 50, '视频合成失败:服务异常,请稍后重试'],
	])('a script with %s ends in status %i with a msg', async (marker, status, msg) => {
		const body = videoBody({
			audio: { type: 'tts', tts: { text: [`坏脚本 ${marker}`], audio_man: VOICE } },
		});
		const id = await created(s, PATHS.createVideo, body);
		s.clock.advance(999);
		expect((await videoOf(id)).status).toBe(10);
		s.clock.advance(1);
		expect(await videoOf(id)).toMatchObject({
			status,
			msg,
			progress: 0,
			video_url: '',
			queue_status: 'failed',
		});
	});

	test('productRenderMs.video overrides renderMs for new videos', async () => {
		s.sim.configure({ productRenderMs: { video: 5000 } });
		const id = await created(s, PATHS.createVideo, videoBody());
		s.clock.advance(4999);
		expect((await videoOf(id)).status).toBe(10);
		s.clock.advance(1);
		expect((await videoOf(id)).status).toBe(30);
	});

	test('an unknown id answers 40000 视频不存在', async () => {
		expect(await get(s, PATHS.video, { id: 'nope' })).toMatchObject({
			code: 40000,
			msg: '视频不存在',
		});
		expect(await get(s, PATHS.video)).toMatchObject({ code: 40000, msg: 'id 不能为空' });
	});

	test('faultsFor works on the new paths', async () => {
		s.sim.configure({
			faultsFor: [{ path: PATHS.createVideo, kind: 'code', code: 50000, msg: '系统内部错误' }],
		});
		expect(await post(s, PATHS.createVideo, videoBody())).toMatchObject({ code: 50000 });
		expect((await post(s, PATHS.createVideo, videoBody())).code).toBe(0);
	});
});

describe('video_list and delete_video', () => {
	const s = useSimulator({ renderMs: 1000 });

	async function three(): Promise<string[]> {
		const ids = [];
		for (let i = 0; i < 3; i++) {
			ids.push(await created(s, PATHS.createVideo, videoBody()));
			s.clock.advance(10);
		}
		return ids.reverse();
	}

	test('newest first, paged, with page_info by default', async () => {
		const ids = await three();
		const d = dataOf(await post(s, PATHS.videoList, { page: 1, page_size: 2 }));
		expect(d.list.map((v: Json) => v.id)).toEqual(ids.slice(0, 2));
		expect(d.page_info).toEqual({ page: 1, size: 2, total_count: 3, total_page: 2 });
		expect(Object.keys(d).sort()).toEqual(['list', 'page_info']);
		const p2 = dataOf(await post(s, PATHS.videoList, { page: 2, page_size: 2 }));
		expect(p2.list.map((v: Json) => v.id)).toEqual([ids[2]]);
	});

	test.each([
		['pageInfo', ['list', 'pageInfo'], 'list', 'pageInfo'],
		['PageInfo', ['List', 'PageInfo'], 'List', 'PageInfo'],
	])('pagerKey %s (D6)', async (pagerKey, keys, listKey, pagerName) => {
		s.sim.configure({ pagerKey });
		await three();
		const d = dataOf(await post(s, PATHS.videoList, { page: 1, page_size: 10 }));
		expect(Object.keys(d).sort()).toEqual([...keys].sort());
		expect(d[listKey]).toHaveLength(3);
		expect(d[pagerName]).toEqual({ page: 1, size: 10, total_count: 3, total_page: 1 });
	});

	test('delete answers the id; the video leaves the list and its detail', async () => {
		const ids = await three();
		expect(dataOf(await post(s, PATHS.deleteVideo, { id: ids[1] }))).toBe(ids[1]);
		const d = dataOf(await post(s, PATHS.videoList, {}));
		expect(d.list.map((v: Json) => v.id)).toEqual([ids[0], ids[2]]);
		expect(await get(s, PATHS.video, { id: ids[1] })).toMatchObject({
			code: 40000,
			msg: '视频不存在',
		});
		expect(await post(s, PATHS.deleteVideo, { id: ids[1] })).toMatchObject({
			code: 40000,
			msg: '视频不存在',
		});
		expect(await post(s, PATHS.deleteVideo, {})).toMatchObject({ code: 40000, msg: 'id 不能为空' });
	});

	test('a bad page answers 40000', async () => {
		expect(await post(s, PATHS.videoList, { page: 0 })).toMatchObject({
			code: 40000,
			msg: 'page 参数错误,须为正整数',
		});
	});
});
