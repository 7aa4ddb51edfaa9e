import { T0, FAIL_MSG, call, detail, page, submitBodyAsIs, useSimulator, Json } from './helpers';
import { IMAGE_MODELS, VIDEO_MODELS, exampleOf } from './model-examples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const processes = require('./processes');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readPng } = require('./png-check');

describe('image tasks', () => {
	const s = useSimulator({ renderMs: 1000 });

	const submitted = async (body: Record<string, unknown>): Promise<string> => {
		const a = await submitBodyAsIs(s.sim, s.token, body);
		expect(a.json.code).toBe(0);
		return a.json.data;
	};
	const detailOf = async (id: string): Promise<Json> =>
		(await detail(s.sim, s.token, id)).json.data;

	test('the detail has the task-list page shape: type 3, photo_info, no motion_info', async () => {
		const id = await submitted(exampleOf('doubao-seedream-4.0', { number_of_images: 2 }));
		expect((await detailOf(id)).output_url).toEqual([]);
		s.clock.advance(1000);
		expect(await detailOf(id)).toEqual({
			unique_id: id,
			id: 1,
			create_time: T0 / 1000,
			type: 3,
			progress_desc: 'Success',
			err_msg: '',
			output_url: [`${s.sim.url}/files/${id}-1.png`, `${s.sim.url}/files/${id}-2.png`],
			model_code: 'doubao-seedream-4.0',
			model_name: 'Seedream 4.0',
			ref_img_url: ['https://res.chanjing.cc/chanjing/res/aigc_creation/photo/ref.jpg'],
			motion_info: null,
			photo_info: {
				ref_img_url: ['https://res.chanjing.cc/chanjing/res/aigc_creation/photo/ref.jpg'],
				ref_prompt: '水彩风格的山间小屋',
				clarity: 2048,
				aspect_ratio: '1:1',
				quality_mode: '',
				number_of_images: 2,
			},
		});
	});

	test('fields left out show the page-stated defaults', async () => {
		const seedream = await submitted(
			exampleOf('doubao-seedream-3.0-t2i', { clarity: undefined, aspect_ratio: undefined }),
		);
		expect((await detailOf(seedream)).photo_info).toMatchObject({
			clarity: 2048,
			aspect_ratio: '1:1',
		});
		const kling = await submitted(
			exampleOf('kling-v2-1', { clarity: undefined, aspect_ratio: undefined }),
		);
		expect((await detailOf(kling)).photo_info).toMatchObject({
			clarity: 1024,
			aspect_ratio: '1:1',
		});
		const wan = await submitted(
			exampleOf('wan2.2-t2i', { quality_mode: undefined, aspect_ratio: undefined }),
		);
		expect((await detailOf(wan)).photo_info).toMatchObject({
			clarity: null,
			aspect_ratio: '',
			quality_mode: 'std',
		});
	});

	test.each([1, 2, 3, 4])(
		'number_of_images %i: that many output URLs, each a valid PNG served as image/png',
		async (n) => {
			const id = await submitted(exampleOf('wan2.2-t2i', { number_of_images: n }));
			s.clock.advance(1000);
			const urls: string[] = (await detailOf(id)).output_url;
			expect(urls).toEqual(
				Array.from({ length: n }, (_, i) => `${s.sim.url}/files/${id}-${i + 1}.png`),
			);
			const bodies: Buffer[] = [];
			for (const url of urls) {
				const res = await fetch(url);
				expect(res.status).toBe(200);
				expect(res.headers.get('content-type')).toBe('image/png');
				const bytes = Buffer.from(await res.arrayBuffer());
				expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
				const png = readPng(bytes);
				expect(png.signatureOk).toBe(true);
				expect(png.chunks.map((c: Json) => [c.type, c.crcOk])).toEqual([
					['IHDR', true],
					['IDAT', true],
					['IEND', true],
				]);
				expect(png.ihdr).toEqual({
					width: 16,
					height: 16,
					bitDepth: 8,
					colourType: 2,
					compression: 0,
					filter: 0,
					interlace: 0,
				});
				// one filter byte and 16 RGB pixels per row
				expect(png.inflatedBytes).toBe(16 * (1 + 16 * 3));
				bodies.push(bytes);
			}
			expect(new Set(bodies.map((b) => b.toString('hex'))).size).toBe(n);
			expect((await call(s.sim.url, 'GET', `/files/${id}-${n + 1}.png`)).status).toBe(404);
			expect((await call(s.sim.url, 'GET', `/files/${id}-0.png`)).status).toBe(404);
		},
	);

	test('images answer 404 before success, for a failed task, and an image task has no .mp4', async () => {
		const id = await submitted(exampleOf('kling-v2-1'));
		expect((await call(s.sim.url, 'GET', `/files/${id}-1.png`)).status).toBe(404);
		const failed = await submitted(exampleOf('kling-v2-1', { ref_prompt: 'x [fail]' }));
		s.clock.advance(1000);
		expect((await call(s.sim.url, 'GET', `/files/${id}-1.png`)).status).toBe(200);
		expect((await call(s.sim.url, 'GET', `/files/${id}.mp4`)).status).toBe(404);
		expect((await call(s.sim.url, 'GET', `/files/${failed}-1.png`)).status).toBe(404);
		expect(await detailOf(failed)).toMatchObject({
			progress_desc: 'Fail',
			err_msg: FAIL_MSG,
			output_url: [],
		});
	});

	test('a video task has no .png', async () => {
		const id = await submitted(exampleOf('tx_kling2.5'));
		s.clock.advance(1000);
		expect((await detailOf(id)).output_url).toEqual([`${s.sim.url}/files/${id}.mp4`]);
		expect((await call(s.sim.url, 'GET', `/files/${id}.mp4`)).status).toBe(200);
		expect((await call(s.sim.url, 'GET', `/files/${id}-1.png`)).status).toBe(404);
	});

	test.each([...VIDEO_MODELS, ...IMAGE_MODELS])(
		'%s: a prompt with [fail] ends in Fail',
		async (model) => {
			const id = await submitted(exampleOf(model, { ref_prompt: 'a scene [fail]' }));
			s.clock.advance(1000);
			expect(await detailOf(id)).toMatchObject({ progress_desc: 'Fail', output_url: [] });
		},
	);

	test('failRate applies to every model, also without a prompt', async () => {
		s.sim.configure({ failRate: 1 });
		const ids = [
			await submitted(exampleOf('tx_kling2.5', { ref_prompt: undefined })),
			await submitted(exampleOf('doubao-seedream-3.0-t2i')),
		];
		s.clock.advance(1000);
		for (const id of ids) expect((await detailOf(id)).progress_desc).toBe('Fail');
	});
});

describe('task list by type', () => {
	const s = useSimulator({ renderMs: 1000 });
	const ids: Record<string, string> = {};

	beforeEach(async () => {
		for (const model of [
			'MiniMax-Hailuo-02',
			'doubao-seedream-3.0-t2i',
			'tx_kling2.5',
			'wan2.2-t2i',
		]) {
			const a = await submitBodyAsIs(s.sim, s.token, exampleOf(model));
			ids[model] = a.json.data;
			s.clock.advance(1000);
		}
	});

	const listed = async (body: Record<string, unknown>): Promise<string[]> => {
		const a = await page(s.sim, s.token, { page: 1, page_size: 50, ...body });
		expect(a.json.code).toBe(0);
		expect(a.json.data.total).toBe(a.json.data.list.length);
		return a.json.data.list.map((t: Json) => t.unique_id);
	};

	test('type 3 lists the image tasks only, type 4 the video tasks only, newest first', async () => {
		expect(await listed({ type: 3 })).toEqual([ids['wan2.2-t2i'], ids['doubao-seedream-3.0-t2i']]);
		expect(await listed({ type: 4 })).toEqual([ids['tx_kling2.5'], ids['MiniMax-Hailuo-02']]);
	});

	test('without type every task is listed (as before there were image tasks)', async () => {
		expect(await listed({})).toHaveLength(4);
	});

	test('type combines with unique_ids and is_success', async () => {
		await submitBodyAsIs(s.sim, s.token, exampleOf('kling-v2-1')); // still running
		expect(await listed({ type: 3 })).toHaveLength(3);
		expect(await listed({ type: 3, is_success: true })).toEqual([
			ids['wan2.2-t2i'],
			ids['doubao-seedream-3.0-t2i'],
		]);
		const some = [ids['MiniMax-Hailuo-02'], ids['wan2.2-t2i']];
		expect(await listed({ type: 3, unique_ids: some })).toEqual([ids['wan2.2-t2i']]);
		expect(await listed({ type: 4, unique_ids: some })).toEqual([ids['MiniMax-Hailuo-02']]);
	});

	test('a type that is neither 3 nor 4 lists nothing', async () => {
		expect(await listed({ type: 5 })).toEqual([]);
	});
});

describe('callbacks of image tasks', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('post the image task detail once it ends', async () => {
		const receiver = await processes.startReceiver();
		try {
			const a = await submitBodyAsIs(
				s.sim,
				s.token,
				exampleOf('doubao-seedream-4.0', { number_of_images: 3, callback: receiver.url }),
			);
			s.clock.advance(1000);
			await s.sim.tick();
			expect(receiver.received).toHaveLength(1);
			const posted = receiver.received[0].body;
			expect(posted).toMatchObject({ code: 0, data: { unique_id: a.json.data, type: 3 } });
			expect(posted.data.output_url).toHaveLength(3);
			expect(posted.data).toEqual((await detail(s.sim, s.token, a.json.data)).json.data);
		} finally {
			await receiver.close();
		}
	});
});
