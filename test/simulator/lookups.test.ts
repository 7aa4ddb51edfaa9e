import { call, CODES, Json, useSimulator } from './helpers';
import { dataOf, fetchBytes, get, PUBLIC_AVATARS, PUBLIC_VOICES } from './product-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readPng } = require('./png-check');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWavFile } = require('./wav-check');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const processes = require('./processes');

const getWithBody: (url: string, token: string, body: unknown) => Promise<Json> =
	processes.getWithBody;

describe('list_common_dp (public digital humans)', () => {
	const s = useSimulator();

	test('60 avatars, 10 per page by default, with the catalogue fields', async () => {
		const d = dataOf(await get(s, '/open/v1/list_common_dp'));
		expect(d.page_info).toEqual({ page: 1, size: 10, total_count: 60, total_page: 6 });
		expect(d.list).toHaveLength(10);
		const first = d.list[0];
		expect(Object.keys(first).sort()).toEqual(
			[
				'id',
				'name',
				'gender',
				'audio_man_id',
				'audio_name',
				'audio_preview',
				'audio_lang',
				'tag_ids',
				'tag_names',
				'figures',
			].sort(),
		);
		expect(first).toMatchObject({
			id: PUBLIC_AVATARS[0].id,
			name: '带货主播小芸',
			gender: 'female',
			audio_man_id: PUBLIC_AVATARS[0].audioManId,
			audio_lang: 'cn',
			tag_ids: [101, 111, 121, 131],
			tag_names: ['电商带货', '室内', '商务', '青年'],
		});
		expect(first.figures).toEqual([
			{
				type: 'whole_body',
				width: 2160,
				height: 3840,
				cover: `${s.sim.url}/assets/avatars/${first.id}/whole_body.png`,
				preview_video_url: `${s.sim.url}/assets/avatars/${first.id}/whole_body.mp4`,
				bg_replace: true,
			},
			expect.objectContaining({ type: 'sit_body', width: 2160, height: 3840 }),
			expect.objectContaining({
				type: 'circle_view',
				width: 1080,
				height: 1080,
				bg_replace: false,
			}),
		]);
		expect(d.list[1].figures).toEqual([expect.objectContaining({ type: 'sit_body', width: 1080 })]);
	});

	test('the same ids and order in every page walk; genders and figure types vary', async () => {
		const all: Json[] = [];
		for (let page = 1; page <= 3; page++)
			all.push(...dataOf(await get(s, '/open/v1/list_common_dp', { page, size: 25 })).list);
		expect(all.map((a) => a.id)).toEqual(PUBLIC_AVATARS.map((a) => a.id));
		expect(new Set(all.map((a) => a.gender))).toEqual(new Set(['female', 'male']));
		const types = new Set(all.flatMap((a) => a.figures.map((f: Json) => f.type)));
		expect(types).toEqual(new Set(['whole_body', 'sit_body', 'circle_view']));
		expect(all.filter((a) => a.figures.some((f: Json) => f.height === 3840))).toHaveLength(15);
		const voices = new Set(PUBLIC_VOICES.map((v) => v.id));
		expect(all.every((a) => voices.has(a.audio_man_id))).toBe(true);
	});

	test.each([
		['CSV', 'tag_ids=101,111'],
		['repeated keys', 'tag_ids=101&tag_ids=111'],
	])('tag_ids as %s are ANDed', async (_how, query) => {
		const a = await call(s.sim.url, 'GET', `/open/v1/list_common_dp?size=100&${query}`, {
			token: s.token,
		});
		const d = dataOf(a.json);
		expect(d.list.map((x: Json) => x.id)).toEqual([0, 20, 40].map((i) => PUBLIC_AVATARS[i].id));
		expect(d.page_info.total_count).toBe(3);
		for (const x of d.list) expect(x.tag_ids).toEqual(expect.arrayContaining([101, 111]));
	});

	test('one tag keeps a fifth; an unknown tag keeps none', async () => {
		expect(dataOf(await get(s, '/open/v1/list_common_dp', { tag_ids: 103 })).page_info).toEqual({
			page: 1,
			size: 10,
			total_count: 12,
			total_page: 2,
		});
		expect(dataOf(await get(s, '/open/v1/list_common_dp', { tag_ids: 999 })).list).toEqual([]);
	});

	test.each([
		[{ page: 0 }, 'page 参数错误,须为正整数'],
		[{ size: 'x' }, 'size 参数错误,须为正整数'],
		[{ tag_ids: 'a,1' }, 'tag_ids 参数错误,须为整数,多个以逗号分隔'],
		[{ source: 'web' }, 'source 参数错误,须为整数'],
	])('refuses %j with 40000', async (query, msg) => {
		expect(await get(s, '/open/v1/list_common_dp', query)).toMatchObject({
			code: CODES.PARAM_ERROR,
			msg,
			data: null,
		});
	});

	test('the QPS cap counts the lookups like any API route', async () => {
		s.sim.configure({ qps: 2 });
		expect((await get(s, '/open/v1/list_common_dp')).code).toBe(0);
		expect((await get(s, '/open/v1/font_list')).code).toBe(0);
		expect(await get(s, '/open/v1/list_common_audio')).toMatchObject({
			code: CODES.QPS_EXCEEDED,
			msg: '超出 QPS 限制',
		});
		s.clock.advance(1000);
		expect((await get(s, '/open/v1/list_common_audio')).code).toBe(0);
	});

	test('wants an access token', async () => {
		const a = await call(s.sim.url, 'GET', '/open/v1/list_common_dp', { token: 'nope' });
		expect(a.json.code).toBe(CODES.AUTH_FAILED);
	});

	test('covers are PNGs, previews MP4s, audio previews WAVs; unknown figures 404', async () => {
		const a = dataOf(await get(s, '/open/v1/list_common_dp')).list[0];
		const cover = await fetchBytes(a.figures[0].cover);
		expect(cover.type).toBe('image/png');
		expect(readPng(cover.bytes)).toMatchObject({
			signatureOk: true,
			ihdr: { width: 16, height: 16 },
		});
		const video = await fetchBytes(a.figures[0].preview_video_url);
		expect(video.type).toBe('video/mp4');
		expect(video.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
		const audio = await fetchBytes(a.audio_preview);
		expect(audio.type).toBe('audio/wav');
		expect(readWavFile(audio.bytes)).toMatchObject({
			riffOk: true,
			chunks: ['fmt ', 'data'],
			format: 1,
			channels: 1,
			sampleRate: 8000,
			seconds: 3,
		});
		const sitOnly = dataOf(await get(s, '/open/v1/list_common_dp')).list[1];
		expect(
			(await fetchBytes(`${s.sim.url}/assets/avatars/${sitOnly.id}/whole_body.png`)).status,
		).toBe(404);
	});
});

describe('sample media (/assets/samples, for the demo of examples 13 and 14)', () => {
	const s = useSimulator();

	test('a 20 s recording a voice can be cloned from and an MP4 of a presenter; nothing else', async () => {
		const recording = await fetchBytes(`${s.sim.url}/assets/samples/recording.wav`);
		expect(recording.type).toBe('audio/wav');
		expect(readWavFile(recording.bytes)).toMatchObject({ riffOk: true, seconds: 20 });
		const video = await fetchBytes(`${s.sim.url}/assets/samples/presenter.mp4`);
		expect(video.type).toBe('video/mp4');
		expect(video.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
		expect((await fetchBytes(`${s.sim.url}/assets/samples/other.mp4`)).status).toBe(404);
	});
});

describe('common/tag_list', () => {
	const s = useSimulator();

	test('without business_type: every category with its tags', async () => {
		const d = dataOf(await get(s, '/open/v1/common/tag_list'));
		expect(d.list.map((c: Json) => [c.id, c.name, c.business_type])).toEqual([
			[1, '行业', 1],
			[2, '场景', 1],
			[3, '风格', 1],
			[4, '年龄', 1],
			[5, '音色', 2],
			[6, '语言', 2],
		]);
		expect(d.list[0]).toEqual({
			id: 1,
			name: '行业',
			business_type: 1,
			weight: 100,
			update_time: '2025-06-01 10:00:00',
			tag_child_count: 5,
			tag_list: expect.any(Array),
		});
		expect(d.list[0].tag_list[0]).toEqual({
			id: 101,
			name: '电商带货',
			parent_id: 0,
			level: 1,
			weight: 100,
			status: 1,
			update_time: '2025-06-01 10:00:00',
			category_id: 1,
		});
	});

	test.each([
		['business_type=2', [5, 6]],
		['business_type=1', [1, 2, 3, 4]],
		['business_type=2,1', [1, 2, 3, 4, 5, 6]],
		['business_type=1&business_type=2', [1, 2, 3, 4, 5, 6]],
		['business_type=3', []],
	])('%s gives the union of those types', async (query, ids) => {
		const a = await call(s.sim.url, 'GET', `/open/v1/common/tag_list?${query}`, {
			token: s.token,
		});
		expect(dataOf(a.json).list.map((c: Json) => c.id)).toEqual(ids);
	});

	test('does not count against the file API budget', async () => {
		s.sim.configure({ fileApiPerMinute: 1 });
		for (let i = 0; i < 3; i++) expect((await get(s, '/open/v1/common/tag_list')).code).toBe(0);
	});
});

describe('font_list', () => {
	const s = useSimulator();

	test('an array of {id, name, preview, ttf_path}', async () => {
		const d = dataOf(await get(s, '/open/v1/font_list'));
		expect(d).toHaveLength(8);
		expect(d[0]).toEqual({
			id: expect.stringMatching(/^[0-9a-f]{32}$/),
			name: '思源黑体',
			preview: `${s.sim.url}/assets/fonts/${d[0].id}.png`,
			ttf_path: `${s.sim.url}/assets/fonts/${d[0].id}.ttf`,
		});
		expect((await fetchBytes(d[0].preview)).type).toBe('image/png');
		expect((await fetchBytes(d[0].ttf_path)).status).toBe(404);
	});
});

describe('list_common_audio (public voices)', () => {
	const s = useSimulator();

	test('98 voices with the TTS skill’s fields; page and size', async () => {
		const d = dataOf(await get(s, '/open/v1/list_common_audio', { page: 1, size: 100 }));
		expect(d.page_info).toEqual({ page: 1, size: 100, total_count: 98, total_page: 1 });
		expect(d.list).toHaveLength(98);
		const v = d.list.find((x: Json) => x.name === '带货小芸');
		expect(v).toEqual({
			id: expect.stringMatching(/^[0-9a-f]{32}$/),
			grade: 0,
			name: '带货小芸',
			gender: 'female',
			lang: 'multilingual',
			desc: '',
			speed: 1,
			pitch: 1,
			audition: `${s.sim.url}/assets/voices/${v.id}.wav`,
		});
		expect(new Set(d.list.map((x: Json) => x.lang))).toEqual(new Set(['cn', 'en', 'multilingual']));
		expect(d.list.filter((x: Json) => x.name.includes('四川话'))).toHaveLength(2);
		expect(new Set(d.list.map((x: Json) => x.name)).size).toBe(98);
		const page10 = dataOf(await get(s, '/open/v1/list_common_audio', { page: 10, size: 10 }));
		expect(page10.list).toHaveLength(8);
		expect(page10.page_info).toEqual({ page: 10, size: 10, total_count: 98, total_page: 10 });
	});

	test('page and size in a JSON body are read when the query has none (the skill’s text)', async () => {
		const a = await getWithBody(`${s.sim.url}/open/v1/list_common_audio`, s.token, {
			page: 2,
			size: 50,
		});
		expect(dataOf(a).page_info).toEqual({ page: 2, size: 50, total_count: 98, total_page: 2 });
	});
});
