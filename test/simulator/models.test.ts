import { detail, submitBodyAsIs, useSimulator, Json } from './helpers';
import { IMAGE_MODELS, PAGE_EXAMPLES, VIDEO_MODELS, exampleOf } from './model-examples';

const NAMES: Record<string, string> = {
	'MiniMax-Hailuo-02': 'Hailuo 02',
	'Doubao-Seedance-1.0-lite-i2v': '豆包 Seedance 1.0 Lite',
	'tx_kling2.5': '腾讯 Kling 2.5',
	'tx_kling-v2-1-master': '腾讯 Kling v2.1 Master',
	'kling-v2-5-turbo-normal': 'Kling v2.5 Turbo',
	'doubao-seedream-3.0-t2i': 'Seedream 3.0',
	'doubao-seedream-4.0': 'Seedream 4.0',
	'kling-v2-1': 'kling-v2-1',
	'wan2.2-t2i': 'wan2.2-t2i',
};

describe('submit: every model of the catalogue', () => {
	const s = useSimulator({ renderMs: 1000 });

	const accepted = async (body: Record<string, unknown>): Promise<Json> => {
		const a = await submitBodyAsIs(s.sim, s.token, body);
		expect(a.json).toMatchObject({ code: 0, msg: 'success' });
		return (await detail(s.sim, s.token, a.json.data)).json.data;
	};

	const rejected = async (body: Record<string, unknown>): Promise<string> => {
		const before = s.sim.tasks().length;
		const a = await submitBodyAsIs(s.sim, s.token, body);
		expect(a.status).toBe(200);
		expect(a.json.code).toBe(40000);
		expect(a.json.data).toBeNull();
		expect(s.sim.tasks()).toHaveLength(before);
		return a.json.msg;
	};

	test.each(VIDEO_MODELS)('%s: the page example is accepted as a video task', async (model) => {
		const d = await accepted(exampleOf(model));
		const body = PAGE_EXAMPLES[model];
		expect(d).toMatchObject({ type: 4, model_code: model, model_name: NAMES[model] });
		expect(d.photo_info).toBeNull();
		expect(d.motion_info).toMatchObject({
			ref_prompt: body.ref_prompt,
			video_duration: body.video_duration,
			aspect_ratio: body.aspect_ratio ?? '',
			quality_mode: body.quality_mode ?? '',
		});
		if (body.clarity !== undefined) expect(d.motion_info.clarity).toBe(body.clarity);
	});

	test.each(IMAGE_MODELS)('%s: the page example is accepted as an image task', async (model) => {
		const d = await accepted(exampleOf(model));
		const body = PAGE_EXAMPLES[model];
		expect(d).toMatchObject({ type: 3, model_code: model, model_name: NAMES[model] });
		expect(d.motion_info).toBeNull();
		expect(d.photo_info).toMatchObject({
			ref_prompt: body.ref_prompt,
			aspect_ratio: body.aspect_ratio,
			number_of_images: body.number_of_images,
			ref_img_url: body.ref_img_url ?? [],
		});
		expect(d.ref_img_url).toEqual(body.ref_img_url ?? []);
	});

	test.each([
		...VIDEO_MODELS.map((m) => [m, 3, /^creation_type 参数错误,视频生成为 4$/] as const),
		...IMAGE_MODELS.map((m) => [m, 4, /^creation_type 参数错误,图片生成为 3$/] as const),
	])('%s: creation_type %s is rejected', async (model, type, msg) => {
		expect(await rejected(exampleOf(model, { creation_type: type }))).toMatch(msg);
	});

	test.each([
		'MiniMax-Hailuo-02',
		'Doubao-Seedance-1.0-lite-i2v',
		'kling-v2-5-turbo-normal',
		...IMAGE_MODELS,
	])('%s: ref_prompt is required', async (model) => {
		expect(await rejected(exampleOf(model, { ref_prompt: undefined }))).toBe('ref_prompt 不能为空');
		expect(await rejected(exampleOf(model, { ref_prompt: ' ' }))).toBe('ref_prompt 不能为空');
	});

	test.each(['tx_kling2.5', 'tx_kling-v2-1-master'])(
		'%s: ref_prompt may be left out ("不传时服务端使用默认提示词") but must be a string',
		async (model) => {
			const d = await accepted(exampleOf(model, { ref_prompt: undefined }));
			expect(d.motion_info.ref_prompt).toBe('');
			expect(await rejected(exampleOf(model, { ref_prompt: 42 }))).toMatch(/^ref_prompt 参数错误/);
		},
	);

	test.each(VIDEO_MODELS)('%s: video_duration is a required integer', async (model) => {
		for (const v of [undefined, '5', 5.5]) {
			expect(await rejected(exampleOf(model, { video_duration: v }))).toMatch(/^video_duration /);
		}
	});

	test.each(IMAGE_MODELS)('%s: number_of_images is a required integer 1-4', async (model) => {
		for (const v of [undefined, 0, 5, 2.5, '2']) {
			expect(await rejected(exampleOf(model, { number_of_images: v }))).toBe(
				'number_of_images 参数错误,须为 1-4 的整数',
			);
		}
		for (const n of [1, 4]) {
			expect(
				(await accepted(exampleOf(model, { number_of_images: n }))).photo_info.number_of_images,
			).toBe(n);
		}
	});

	test.each([
		['doubao-seedream-3.0-t2i', [720, 1080, '2048', 8192], [1024, 2048, 4096], '1024、2048、4096'],
		['doubao-seedream-4.0', [720, 1080, '4096'], [1024, 2048, 4096], '1024、2048、4096'],
		['kling-v2-1', [4096, 720, '1024'], [1024, 2048], '1024、2048'],
	])('%s: clarity outside the stated set is rejected', async (model, bad, good, listed) => {
		for (const v of bad) {
			expect(await rejected(exampleOf(model, { clarity: v }))).toBe(
				`clarity 参数错误,支持 ${listed}`,
			);
		}
		for (const v of good) {
			expect((await accepted(exampleOf(model, { clarity: v }))).photo_info.clarity).toBe(v);
		}
	});

	test.each([
		'MiniMax-Hailuo-02',
		'Doubao-Seedance-1.0-lite-i2v',
		'tx_kling2.5',
		'tx_kling-v2-1-master',
	])('%s: clarity (a row typed int, values only "常用") must be an integer', async (model) => {
		expect(await rejected(exampleOf(model, { clarity: '1080p' }))).toBe(
			'clarity 参数错误,须为整数',
		);
	});

	test.each(IMAGE_MODELS)(
		'%s: aspect_ratio outside 1:1, 3:4, 4:3, 9:16, 16:9 is rejected',
		async (model) => {
			for (const v of ['21:9', '16：9', 1, '2:3']) {
				expect(await rejected(exampleOf(model, { aspect_ratio: v }))).toBe(
					'aspect_ratio 参数错误,支持 1:1、3:4、4:3、9:16、16:9',
				);
			}
			for (const v of ['1:1', '3:4', '4:3', '9:16', '16:9']) {
				expect(
					(await accepted(exampleOf(model, { aspect_ratio: v }))).photo_info.aspect_ratio,
				).toBe(v);
			}
		},
	);

	test.each(['kling-v2-5-turbo-normal', 'wan2.2-t2i'])(
		'%s: quality_mode outside std/pro is rejected',
		async (model) => {
			for (const v of ['high', 'PRO', 1]) {
				expect(await rejected(exampleOf(model, { quality_mode: v }))).toBe(
					'quality_mode 参数错误,支持 std、pro',
				);
			}
			expect(await accepted(exampleOf(model, { quality_mode: 'pro' }))).toBeTruthy();
		},
	);

	test('Seedream 3.0 refuses any reference image ("不支持 ref_img_url")', async () => {
		const model = 'doubao-seedream-3.0-t2i';
		for (const v of [['https://x/a.jpg'], 'https://x/a.jpg']) {
			expect(await rejected(exampleOf(model, { ref_img_url: v }))).toBe(
				'Seedream 3.0 为文生图模型,不支持 ref_img_url 参考图输入',
			);
		}
		// an empty list carries no reference image
		expect((await accepted(exampleOf(model, { ref_img_url: [] }))).photo_info.ref_img_url).toEqual(
			[],
		);
	});

	test('kling-v2-1 (image) takes at most one reference image ("只支持传 1 张")', async () => {
		const msg = await rejected(exampleOf('kling-v2-1', { ref_img_url: ['a.jpg', 'b.jpg'] }));
		expect(msg).toBe('ref_img_url 参数错误,只支持传 1 张');
		expect((await accepted(exampleOf('kling-v2-1', { ref_img_url: [] }))).ref_img_url).toEqual([]);
	});

	test.each([...VIDEO_MODELS, 'doubao-seedream-4.0', 'kling-v2-1', 'wan2.2-t2i'])(
		'%s: ref_img_url must be an array of strings',
		async (model) => {
			for (const v of ['https://x/a.jpg', [1], [{ url: 'a' }]]) {
				expect(await rejected(exampleOf(model, { ref_img_url: v }))).toBe(
					'ref_img_url 参数错误,须为字符串数组',
				);
			}
		},
	);

	test.each([
		['Doubao-Seedance-1.0-lite-i2v', 'start_frame'],
		['Doubao-Seedance-1.0-lite-i2v', 'end_frame'],
		['tx_kling2.5', 'start_frame'],
		['tx_kling2.5', 'end_frame'],
		['MiniMax-Hailuo-02', 'end_frame'],
	])('%s: %s must be a string', async (model, field) => {
		expect(await rejected(exampleOf(model, { [field]: ['x.jpg'] }))).toBe(
			`${field} 参数错误,须为字符串`,
		);
	});

	test.each([
		['minimax-hailuo-02', 'MiniMax-Hailuo-02'],
		['Doubao-Seedream-4.0', 'doubao-seedream-4.0'],
		['TX_KLING2.5', 'tx_kling2.5'],
		['wan2.2', 'wan2.2-t2i'],
		['kling-v2-1 ', 'kling-v2-1'],
	])('model_code %j (not as the page writes it) answers 模型不存在', async (code, model) => {
		expect(await rejected(exampleOf(model, { model_code: code }))).toBe('模型不存在');
	});
});

describe('submit: what a page leaves open passes', () => {
	const s = useSimulator({ renderMs: 1000 });

	const detailOf = async (body: Record<string, unknown>): Promise<Json> => {
		const a = await submitBodyAsIs(s.sim, s.token, body);
		expect(a.json.code).toBe(0);
		return (await detail(s.sim, s.token, a.json.data)).json.data;
	};

	test('Hailuo 02: any integer duration; aspect_ratio, quality_mode and style are kept though unused', async () => {
		const d = await detailOf(
			exampleOf('MiniMax-Hailuo-02', {
				video_duration: 7,
				aspect_ratio: '21:9',
				quality_mode: 'x',
				style: 'anime',
			}),
		);
		expect(d.motion_info).toMatchObject({
			video_duration: 7,
			aspect_ratio: '21:9',
			quality_mode: 'x',
			style: 'anime',
		});
	});

	test('video models: aspect_ratio values are not stated, any passes', async () => {
		for (const model of VIDEO_MODELS) {
			const d = await detailOf(exampleOf(model, { aspect_ratio: '4:5' }));
			expect(d.motion_info.aspect_ratio).toBe('4:5');
		}
	});

	test('clarity has no row on kling-v2-5-turbo-normal and wan2.2-t2i: anything passes as sent', async () => {
		const v = await detailOf(exampleOf('kling-v2-5-turbo-normal', { clarity: 1440 }));
		expect(v.motion_info.clarity).toBe(1440);
		const i = await detailOf(exampleOf('wan2.2-t2i', { clarity: '2k' }));
		expect(i.photo_info.clarity).toBe('2k');
	});

	test('clarity "常用 720 或 1080" is not a set: other integers pass', async () => {
		for (const model of ['Doubao-Seedance-1.0-lite-i2v', 'tx_kling2.5', 'tx_kling-v2-1-master']) {
			expect((await detailOf(exampleOf(model, { clarity: 1440 }))).motion_info.clarity).toBe(1440);
		}
	});

	test('quality_mode values other than pro are not excluded on the tx_kling pages', async () => {
		for (const model of ['tx_kling2.5', 'tx_kling-v2-1-master']) {
			expect(
				(await detailOf(exampleOf(model, { quality_mode: 'std' }))).motion_info.quality_mode,
			).toBe('std');
		}
	});

	test('Seedream 4.0: the number of reference images is not stated', async () => {
		const refs = ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg'];
		expect(
			(await detailOf(exampleOf('doubao-seedream-4.0', { ref_img_url: refs }))).ref_img_url,
		).toEqual(refs);
	});

	test('frames on models whose page documents ref_img_url only are kept as sent', async () => {
		const d = await detailOf(exampleOf('kling-v2-5-turbo-normal', { ref_img_url: ['s.jpg'] }));
		expect(d.ref_img_url).toEqual(['s.jpg']);
		expect(d.motion_info.photo_path_url).toBe('s.jpg');
	});

	test('fields no page documents pass and are recorded', async () => {
		const a = await submitBodyAsIs(
			s.sim,
			s.token,
			exampleOf('tx_kling2.5', { resolution_mode: 'native' }),
		);
		expect(a.json.code).toBe(0);
		expect(s.sim.submissions()[0]).toMatchObject({
			uniqueId: a.json.data,
			extraFields: { resolution_mode: 'native' },
		});
	});
});

describe('submit: codes known to the simulator only (custom model)', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('Doubao-Seedance-1.0-pro: only creation_type 4 and ref_prompt are checked; extra fields recorded', async () => {
		const body = {
			model_code: 'Doubao-Seedance-1.0-pro',
			creation_type: 4,
			ref_prompt: '产品旋转展示',
			resolution_mode: 'native',
			camera: { fixed: true },
			clarity: '1080p',
		};
		const a = await submitBodyAsIs(s.sim, s.token, body);
		expect(a.json.code).toBe(0);
		const d = (await detail(s.sim, s.token, a.json.data)).json.data;
		expect(d).toMatchObject({ type: 4, model_code: 'Doubao-Seedance-1.0-pro', model_name: '' });
		expect(d.motion_info).toMatchObject({
			ref_prompt: '产品旋转展示',
			clarity: '1080p',
			video_duration: null,
		});
		const [recorded] = s.sim.submissions();
		expect(recorded).toEqual({
			uniqueId: a.json.data,
			modelCode: 'Doubao-Seedance-1.0-pro',
			type: 4,
			body,
			extraFields: { resolution_mode: 'native', camera: { fixed: true } },
		});
		const rejectedType = await submitBodyAsIs(s.sim, s.token, { ...body, creation_type: 3 });
		expect(rejectedType.json).toMatchObject({
			code: 40000,
			msg: 'creation_type 参数错误,视频生成为 4',
		});
		const noPrompt = await submitBodyAsIs(s.sim, s.token, { ...body, ref_prompt: undefined });
		expect(noPrompt.json).toMatchObject({ code: 40000, msg: 'ref_prompt 不能为空' });
	});

	test('doubao-seedream-4.5: the task-list page example body is an image task', async () => {
		const body = {
			model_code: 'doubao-seedream-4.5',
			creation_type: 3,
			ref_prompt: '海边日落',
			clarity: 4096,
			aspect_ratio: '9:16',
			ref_img_url: ['https://x/ref.png'],
		};
		const a = await submitBodyAsIs(s.sim, s.token, body);
		expect(a.json.code).toBe(0);
		const d = (await detail(s.sim, s.token, a.json.data)).json.data;
		expect(d).toMatchObject({
			type: 3,
			model_name: '',
			ref_img_url: ['https://x/ref.png'],
			motion_info: null,
		});
		expect(d.photo_info).toMatchObject({
			clarity: 4096,
			aspect_ratio: '9:16',
			number_of_images: 1,
		});
		const wrongType = await submitBodyAsIs(s.sim, s.token, { ...body, creation_type: 4 });
		expect(wrongType.json).toMatchObject({
			code: 40000,
			msg: 'creation_type 参数错误,图片生成为 3',
		});
	});

	test('GET /__sim/submissions lists the recorded submits', async () => {
		const a = await submitBodyAsIs(s.sim, s.token, exampleOf('wan2.2-t2i', { seed: 7 }));
		const res = await fetch(`${s.sim.url}/__sim/submissions`);
		expect(await res.json()).toEqual([
			expect.objectContaining({ uniqueId: a.json.data, type: 3, extraFields: { seed: 7 } }),
		]);
	});
});
