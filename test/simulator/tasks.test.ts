import { FAIL_MSG, T0, detail, page, submitted, useSimulator, Json } from './helpers';

describe('task detail and progression', () => {
	const s = useSimulator({ renderMs: 1000 });

	const stateAt = async (id: string) => (await detail(s.sim, s.token, id)).json.data.progress_desc;

	test('Queued for the first 20% of renderMs, then Generating, then Success', async () => {
		const id = await submitted(s.sim, s.token);
		expect(await stateAt(id)).toBe('Queued');
		s.clock.advance(199);
		expect(await stateAt(id)).toBe('Queued');
		s.clock.advance(1);
		expect(await stateAt(id)).toBe('Generating');
		s.clock.advance(799);
		expect(await stateAt(id)).toBe('Generating');
		s.clock.advance(1);
		expect(await stateAt(id)).toBe('Success');
	});

	test('the detail has the documented fields', async () => {
		const id = await submitted(s.sim, s.token, {
			start_frame: 'https://res.example/s.jpg',
			clarity: 1080,
		});
		const before = (await detail(s.sim, s.token, id)).json.data;
		expect(before.output_url).toEqual([]);
		s.clock.advance(1000);
		const d = (await detail(s.sim, s.token, id)).json.data;
		expect(d).toEqual({
			unique_id: id,
			id: 1,
			create_time: T0 / 1000,
			type: 4,
			progress_desc: 'Success',
			err_msg: '',
			output_url: [`${s.sim.url}/files/${id}.mp4`],
			model_code: 'MiniMax-Hailuo-02',
			model_name: 'Hailuo 02',
			ref_img_url: ['https://res.example/s.jpg'],
			motion_info: {
				photo_path_url: 'https://res.example/s.jpg',
				ref_prompt: '小狗在草地上奔跑,镜头跟随,阳光自然',
				clarity: 1080,
				quality_mode: '',
				style: '',
				aspect_ratio: '',
				video_duration: 6,
			},
			photo_info: null,
		});
	});

	test('publicUrl sets the base of output_url', async () => {
		s.sim.configure({ publicUrl: 'http://sim.test:1234/' });
		const id = await submitted(s.sim, s.token);
		s.clock.advance(1000);
		expect((await detail(s.sim, s.token, id)).json.data.output_url).toEqual([
			`http://sim.test:1234/files/${id}.mp4`,
		]);
	});

	test('a prompt with [fail] ends in Fail with the err_msg and no output', async () => {
		const id = await submitted(s.sim, s.token, { ref_prompt: 'a dog [fail]' });
		s.clock.advance(500);
		expect(await stateAt(id)).toBe('Generating');
		s.clock.advance(500);
		const d = (await detail(s.sim, s.token, id)).json.data;
		expect(d).toMatchObject({ progress_desc: 'Fail', err_msg: FAIL_MSG, output_url: [] });
		expect(FAIL_MSG).toBe('任务失败,本次生成不消耗蝉豆');
	});

	test('failRate 1 fails every task, failRate 0 none', async () => {
		s.sim.configure({ failRate: 1 });
		const failed = await submitted(s.sim, s.token);
		s.sim.configure({ failRate: 0 });
		const fine = await submitted(s.sim, s.token);
		s.clock.advance(1000);
		expect(await stateAt(failed)).toBe('Fail');
		expect(await stateAt(fine)).toBe('Success');
	});

	test('renderMs is fixed per task at submit', async () => {
		const slow = await submitted(s.sim, s.token);
		s.sim.configure({ renderMs: 10 });
		const fast = await submitted(s.sim, s.token);
		s.clock.advance(10);
		expect(await stateAt(fast)).toBe('Success');
		expect(await stateAt(slow)).toBe('Queued');
		s.clock.advance(990);
		expect(await stateAt(slow)).toBe('Success');
	});

	test('an unknown or missing unique_id answers 40000', async () => {
		const a = await detail(s.sim, s.token, '00000000-0000-4000-8000-000000000000');
		expect(a.json.code).toBe(40000);
		expect(a.json.msg).toContain('任务不存在');
		expect(a.json.data).toBeNull();
		expect((await detail(s.sim, s.token, '')).json.code).toBe(40000);
	});
});

describe('task list', () => {
	const s = useSimulator({ renderMs: 1000 });
	let ids: string[];

	beforeEach(async () => {
		ids = [];
		for (let i = 0; i < 7; i++) {
			ids.push(
				await submitted(s.sim, s.token, { ref_prompt: `task ${i}${i === 1 ? ' [fail]' : ''}` }),
			);
			s.clock.advance(1000); // task i ends as the next one starts
		}
		// now tasks 0..6 have ended; one more is still running
		ids.push(await submitted(s.sim, s.token, { ref_prompt: 'task 7' }));
	});

	test('pages newest first with page_info', async () => {
		const p1 = (await page(s.sim, s.token, { type: 4, page: 1, page_size: 3 })).json;
		expect(p1.code).toBe(0);
		expect(p1.data.list.map((t: Json) => t.unique_id)).toEqual([ids[7], ids[6], ids[5]]);
		expect(p1.data.total).toBe(8);
		expect(p1.data.page_info).toEqual({ page: 1, size: 3, total_count: 8, total_page: 3 });
		const p3 = (await page(s.sim, s.token, { type: 4, page: 3, page_size: 3 })).json.data;
		expect(p3.list.map((t: Json) => t.unique_id)).toEqual([ids[1], ids[0]]);
		const p4 = (await page(s.sim, s.token, { type: 4, page: 4, page_size: 3 })).json.data;
		expect(p4.list).toEqual([]);
	});

	test('unique_ids keeps only those tasks; empty means all', async () => {
		const d = (
			await page(s.sim, s.token, { unique_ids: [ids[2], ids[4]], type: 4, page: 1, page_size: 10 })
		).json.data;
		expect(d.list.map((t: Json) => t.unique_id)).toEqual([ids[4], ids[2]]);
		expect(d.total).toBe(2);
		expect(
			(await page(s.sim, s.token, { unique_ids: [], page: 1, page_size: 50 })).json.data.total,
		).toBe(8);
	});

	test('is_success true keeps only Success tasks', async () => {
		const d = (await page(s.sim, s.token, { type: 4, page: 1, page_size: 50, is_success: true }))
			.json.data;
		expect(d.total).toBe(6);
		expect(d.list.every((t: Json) => t.progress_desc === 'Success')).toBe(true);
		expect(d.list.map((t: Json) => t.unique_id)).not.toContain(ids[1]);
		expect(d.list.map((t: Json) => t.unique_id)).not.toContain(ids[7]);
	});

	test('a type other than 4 lists nothing', async () => {
		expect((await page(s.sim, s.token, { type: 3, page: 1, page_size: 10 })).json.data.total).toBe(
			0,
		);
	});

	test.each([
		['page_size over 50', { page_size: 51 }],
		['more than 50 unique_ids', { unique_ids: Array.from({ length: 51 }, (_, i) => `id-${i}`) }],
		['page 0', { page: 0 }],
		['unique_ids not an array', { unique_ids: 'x' }],
	])('%s answers 40000', async (_name, body) => {
		const a = await page(s.sim, s.token, { type: 4, page: 1, page_size: 10, ...body });
		expect(a.json.code).toBe(40000);
		expect(a.json.data).toBeNull();
	});

	test('the list needs a valid token', async () => {
		expect((await page(s.sim, 'nope', { page: 1, page_size: 10 })).json.code).toBe(10400);
	});
});
