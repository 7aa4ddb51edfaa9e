import { T0, CODES, Json, useSimulator } from './helpers';
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

describe('custom avatars (create_customised_person and friends)', () => {
	const s = useSimulator({ renderMs: 1000 });
	const personOf = async (id: string): Promise<Json> => dataOf(await get(s, PATHS.person, { id }));
	const source = async (name = 'me.mp4'): Promise<string> =>
		(await uploaded(s, 'customised_person', name)).file_id;

	test('status 1 in production, then 2 with pic_url, preview_url and the voice (train_type both)', async () => {
		const fileId = await source();
		const id = await created(s, PATHS.createPerson, {
			name: '演示数字人',
			file_id: fileId,
			train_type: 'both',
			language: 'cn',
		});
		expect(id).toMatch(/^C-[0-9a-f]{32}$/);
		const before = await personOf(id);
		expect(before).toEqual({
			id,
			name: '演示数字人',
			type: 'person',
			pic_url: '',
			preview_url: '',
			width: 1080,
			height: 1920,
			width_4k: 0,
			height_4k: 0,
			support_4k: false,
			audio_man_id: '',
			status: 1,
			progress: 0,
			err_reason: '',
			reason: '',
			is_open: 1,
			create_time: (T0 + 1000) / 1000,
		});
		s.clock.advance(600);
		expect(await personOf(id)).toMatchObject({ status: 1, progress: 60 });
		s.clock.advance(400);
		const done = await personOf(id);
		expect(done).toMatchObject({
			status: 2,
			progress: 100,
			pic_url: `${s.sim.url}/files/person/${id}.png`,
			preview_url: `${s.sim.url}/files/person/${id}.mp4`,
			audio_man_id: expect.stringMatching(/^C-[0-9a-f]{32}$/),
		});
		expect((await fetchBytes(done.pic_url)).type).toBe('image/png');
		expect((await fetchBytes(done.preview_url)).type).toBe('video/mp4');
		// The trained voice speaks in TTS and drives a video of the avatar (no figure_type).
		expect(
			(await post(s, PATHS.createAudio, speechBody({ audio_man: done.audio_man_id }))).code,
		).toBe(0);
		const video = videoBody({
			person: { id },
			audio: { type: 'tts', tts: { text: ['你好'], audio_man: done.audio_man_id } },
		});
		expect((await post(s, PATHS.createVideo, video)).code).toBe(0);
	});

	test('train_type figure trains no voice; resolution_rate 1 supports 4K', async () => {
		const id = await created(s, PATHS.createPerson, {
			name: '4K 形象',
			file_id: await source(),
			train_type: 'figure',
			resolution_rate: 1,
		});
		s.clock.advance(1000);
		expect(await personOf(id)).toMatchObject({
			status: 2,
			audio_man_id: '',
			support_4k: true,
			width_4k: 2160,
			height_4k: 3840,
		});
		const uhd = videoBody({ person: { id }, resolution_rate: 1 });
		expect((await post(s, PATHS.createVideo, uhd)).code).toBe(0);
	});

	test('an avatar still in production cannot drive a video yet', async () => {
		const id = await created(s, PATHS.createPerson, { name: 'a', file_id: await source() });
		expect(await post(s, PATHS.createVideo, videoBody({ person: { id } }))).toMatchObject({
			code: 40000,
			msg: 'person.id 对应的定制数字人尚未制作完成',
		});
	});

	test('is_rgba_mode needs an avatar made from webm footage', async () => {
		const webm = await created(s, PATHS.createPerson, {
			name: 'a',
			file_id: await source('a.webm'),
		});
		const mp4 = await created(s, PATHS.createPerson, { name: 'b', file_id: await source() });
		s.clock.advance(1000);
		const rgba = (id: string) => videoBody({ person: { id, is_rgba_mode: true } });
		expect((await post(s, PATHS.createVideo, rgba(webm))).code).toBe(0);
		expect(await post(s, PATHS.createVideo, rgba(mp4))).toMatchObject({
			code: 40000,
			msg: 'is_rgba_mode 仅支持以四通道 webm 视频定制的数字人',
		});
	});

	test.each([
		['[fail]', 4, '定制失败:视频中未检测到清晰完整的人脸,请更换素材'],
		['[error]', 5, '系统错误,请重新提交'],
	])('a name with %s ends in status %i with err_reason', async (marker, status, reason) => {
		const id = await created(s, PATHS.createPerson, {
			name: `坏${marker}`,
			file_id: await source(),
		});
		s.clock.advance(1000);
		expect(await personOf(id)).toMatchObject({
			status,
			err_reason: reason,
			pic_url: '',
			progress: 0,
		});
		expect(await post(s, PATHS.createVideo, videoBody({ person: { id } }))).toMatchObject({
			code: 40000,
			msg: 'person.id 对应的定制数字人制作失败,不可使用',
		});
	});

	test('[voice-fail] fails the avatar (4) unless error_skip: then done without a voice', async () => {
		const failing = await created(s, PATHS.createPerson, {
			name: '声音[voice-fail]',
			file_id: await source(),
			train_type: 'both',
		});
		const skipping = await created(s, PATHS.createPerson, {
			name: '声音[voice-fail]',
			file_id: await source(),
			train_type: 'both',
			error_skip: true,
		});
		s.clock.advance(1000);
		expect(await personOf(failing)).toMatchObject({ status: 4, err_reason: '声音克隆失败' });
		expect(await personOf(skipping)).toMatchObject({ status: 2, audio_man_id: '' });
	});

	test('material_video (a URL) instead of an upload', async () => {
		const id = await created(s, PATHS.createPerson, {
			name: 'url',
			material_video: 'https://cdn.example/me.mp4',
		});
		s.clock.advance(1000);
		expect((await personOf(id)).status).toBe(2);
	});

	test.each([
		['no name', { name: undefined }, 'name 不能为空'],
		['no source', { file_id: undefined }, 'file_id 不能为空'],
		['an unknown file', { file_id: 'abc' }, 'file_id 不存在: abc'],
		['train_type x (D3)', { train_type: 'x' }, 'train_type 参数错误,支持 ""、figure、both、voice'],
		['language jp', { language: 'jp' }, 'language 参数错误,支持 cn、en'],
		['resolution_rate 2', { resolution_rate: 2 }, 'resolution_rate 参数错误,支持 0、1'],
		[
			'version 2.0 without authorisation',
			{ version: '2.0', auth_text: '我授权' },
			'version 为 2.0 时须上传授权视频(auth_video 或 auth_video_file_id)和授权文案(auth_text)',
		],
	])('refuses %s with 40000', async (_what, patch, msg) => {
		const body = { name: 'x', file_id: await source(), ...patch };
		expect(await post(s, PATHS.createPerson, body)).toMatchObject({
			code: CODES.PARAM_ERROR,
			msg,
			data: null,
		});
	});

	test('a source uploaded for another service is refused', async () => {
		const other = await uploaded(s, 'lip_sync_video', 'me.mp4');
		expect(await post(s, PATHS.createPerson, { name: 'x', file_id: other.file_id })).toMatchObject({
			code: 40000,
			msg: 'file_id 的文件用途不符: 须以 service=customised_person 上传,该文件为 lip_sync_video',
		});
	});

	test('list (source 0 = API; 1 = website, none here), id filter, delete', async () => {
		const a = await created(s, PATHS.createPerson, { name: 'a', file_id: await source() });
		s.clock.advance(1);
		const b = await created(s, PATHS.createPerson, { name: 'b', file_id: await source() });
		const d = dataOf(await post(s, PATHS.personList, { page: 1, page_size: 10 }));
		expect(d.list.map((x: Json) => x.id)).toEqual([b, a]);
		expect(d.page_info).toEqual({ page: 1, size: 10, total_count: 2, total_page: 1 });
		expect(dataOf(await post(s, PATHS.personList, { source: 1 })).list).toEqual([]);
		expect(dataOf(await post(s, PATHS.personList, { id: a })).list.map((x: Json) => x.id)).toEqual([
			a,
		]);
		expect(dataOf(await post(s, PATHS.deletePerson, { id: a }))).toBe(a);
		expect(dataOf(await post(s, PATHS.personList, {})).list.map((x: Json) => x.id)).toEqual([b]);
		expect(await get(s, PATHS.person, { id: a })).toMatchObject({
			code: 40000,
			msg: '定制数字人不存在',
		});
	});

	test('customPersonLimit live avatars, then 40002 定制数字人数量到达上限', async () => {
		s.sim.configure({ customPersonLimit: 2 });
		const file = await source();
		await created(s, PATHS.createPerson, { name: 'a', file_id: file });
		const b = await created(s, PATHS.createPerson, { name: 'b', file_id: file });
		expect(await post(s, PATHS.createPerson, { name: 'c', file_id: file })).toEqual({
			trace_id: expect.any(String),
			code: 40002,
			msg: '定制数字人数量到达上限',
			data: null,
		});
		await post(s, PATHS.deletePerson, { id: b });
		expect((await post(s, PATHS.createPerson, { name: 'c', file_id: file })).code).toBe(0);
	});

	test('10 creations per minute per token (CP), then 40001', async () => {
		const file = await source();
		for (let i = 0; i < 10; i++)
			expect((await post(s, PATHS.createPerson, { name: `p${i}`, file_id: file })).code).toBe(0);
		expect(await post(s, PATHS.createPerson, { name: 'p10', file_id: file })).toMatchObject({
			code: 40001,
			msg: '超出 QPS 限制',
		});
		s.clock.advance(60_000);
		expect((await post(s, PATHS.createPerson, { name: 'p10', file_id: file })).code).toBe(0);
	});
});
