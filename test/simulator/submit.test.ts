import { TRACE_ID, call, submit, submitted, detail, useSimulator } from './helpers';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('submit', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('a valid body answers code 0 with a UUID v4 in data', async () => {
		const a = await submit(s.sim, s.token);
		expect(a.status).toBe(200);
		expect(a.json).toMatchObject({ code: 0, msg: 'success' });
		expect(a.json.trace_id).toMatch(TRACE_ID);
		expect(a.json.data).toMatch(UUID_V4);
	});

	test.each([
		['ref_prompt missing', { ref_prompt: undefined }, /ref_prompt/],
		['ref_prompt empty', { ref_prompt: '  ' }, /ref_prompt/],
		['unknown model_code', { model_code: 'MiniMax-Hailuo-03' }, /^模型不存在$/],
		['model_code missing', { model_code: undefined }, /^模型不存在$/],
		['creation_type not 4', { creation_type: 3 }, /creation_type/],
		['creation_type as a string', { creation_type: '4' }, /creation_type/],
		['video_duration as a string', { video_duration: '6' }, /video_duration/],
		['video_duration missing', { video_duration: undefined }, /video_duration/],
		['clarity not a number', { clarity: '720p' }, /clarity/],
		['ref_img_url not an array', { ref_img_url: 'https://x/a.jpg' }, /ref_img_url/],
		['start_frame not a string', { start_frame: 1 }, /start_frame/],
	])('%s answers 40000', async (_name, overrides, msg) => {
		const a = await submit(s.sim, s.token, overrides);
		expect(a.status).toBe(200);
		expect(a.json.code).toBe(40000);
		expect(a.json.msg).toMatch(msg);
		expect(a.json.data).toBeNull();
		expect(s.sim.tasks()).toHaveLength(0);
	});

	test('a body that is not JSON answers 400', async () => {
		const a = await call(s.sim.url, 'POST', '/open/v1/ai_creation/task/submit', {
			token: s.token,
			rawBody: '{not json',
			headers: { 'content-type': 'application/json' },
		});
		expect(a.status).toBe(200);
		expect(a.json.code).toBe(400);
	});

	test('accepts start_frame, end_frame, ref_img_url, clarity and callback', async () => {
		const frames = ['https://res.example/start.jpg', 'https://res.example/end.jpg'];
		const a = await submit(s.sim, s.token, {
			ref_img_url: frames,
			clarity: 1080,
			callback: 'http://127.0.0.1:9/cb',
		});
		expect(a.json.code).toBe(0);
		expect((await detail(s.sim, s.token, a.json.data)).json.data.ref_img_url).toEqual(frames);
		const b = await submit(s.sim, s.token, { start_frame: frames[0], end_frame: frames[1] });
		const d = (await detail(s.sim, s.token, b.json.data)).json.data;
		expect(d.ref_img_url).toEqual(frames);
		expect(d.motion_info.photo_path_url).toBe(frames[0]);
	});

	test('each submit spends one credit; at 0 the answer is 40000 蝉豆不足', async () => {
		s.sim.configure({ creditsLeft: 2 });
		await submitted(s.sim, s.token);
		await submitted(s.sim, s.token);
		const a = await submit(s.sim, s.token);
		expect(a.json.code).toBe(40000);
		expect(a.json.msg).toContain('蝉豆不足');
		expect(s.sim.publicConfig().creditsLeft).toBe(0);
	});

	test('a failed task gives its credit back when it ends', async () => {
		s.sim.configure({ creditsLeft: 1 });
		await submitted(s.sim, s.token, { ref_prompt: 'a dog [fail]' });
		expect((await submit(s.sim, s.token)).json.msg).toContain('蝉豆不足');
		s.clock.advance(1000);
		await s.sim.tick();
		expect(s.sim.publicConfig().creditsLeft).toBe(1);
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
	});

	test('failNextSubmits fails the next N submits with the given code, then submits work', async () => {
		s.sim.configure({ failNextSubmits: { count: 2, code: 50000 } });
		for (let i = 0; i < 2; i++) {
			const a = await submit(s.sim, s.token);
			expect(a.json.code).toBe(50000);
			expect(a.json.data).toBeNull();
		}
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
		expect(s.sim.tasks()).toHaveLength(1);
	});

	test('failNextSubmits as a number uses failNextSubmitsCode', async () => {
		s.sim.configure({
			failNextSubmits: 1,
			failNextSubmitsCode: 40001,
			failNextSubmitsMsg: '超出 QPS 限制',
		});
		expect((await submit(s.sim, s.token)).json).toMatchObject({
			code: 40001,
			msg: '超出 QPS 限制',
		});
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
	});
});
