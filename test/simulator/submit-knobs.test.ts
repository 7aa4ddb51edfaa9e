import {
	T0,
	call,
	detail,
	page,
	submit,
	submitted,
	submitBodyAsIs,
	tokenOf,
	useSimulator,
	Json,
} from './helpers';
import { exampleOf } from './model-examples';
import { PATHS, created, dataOf, videoBody } from './product-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { outcomeWithin, rawGet } = require('./processes');

const SUBMIT = '/open/v1/ai_creation/task/submit';

describe('tasks across executions and identical submits (issue 21)', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('tasks outlive the token that made them: a new token lists them all', async () => {
		const first = await submitted(s.sim, s.token);
		const second = await tokenOf(s.sim);
		expect((await detail(s.sim, s.token, first)).json.code).toBe(10400);
		const list = (await page(s.sim, second, {})).json.data.list;
		expect(list.map((t: Json) => t.unique_id)).toEqual([first]);
	});

	test('an identical submit creates a new task with a later create_time and id', async () => {
		const first = await submitted(s.sim, s.token);
		s.clock.advance(1000);
		const second = await submitted(s.sim, s.token);
		expect(second).not.toBe(first);
		const [a, b] = [first, second].map((id) => s.sim.tasks().find((t: Json) => t.unique_id === id));
		expect(a.create_time).toBe(T0 / 1000);
		expect(b.create_time).toBe(T0 / 1000 + 1);
		expect(b.id).toBe(a.id + 1);
	});

	test('identicalSubmitFault after handling: the next identical submit creates, then drops', async () => {
		s.sim.configure({ identicalSubmitFault: { kind: 'drop', afterHandling: true } });
		await submitted(s.sim, s.token, { ref_prompt: '另一个提示词' });
		expect(s.sim.publicConfig().identicalSubmitFault).toEqual({
			kind: 'drop',
			afterHandling: true,
			path: SUBMIT,
		});
		await submitted(s.sim, s.token);
		s.clock.advance(1000);
		await expect(submit(s.sim, s.token)).rejects.toThrow();
		expect(s.sim.tasks()).toHaveLength(3);
		expect(s.sim.requests({ path: SUBMIT }).map((r: Json) => r.fault)).toEqual([
			null,
			null,
			'drop',
		]);
		expect(s.sim.publicConfig().identicalSubmitFault).toBeNull();
		expect((await submit(s.sim, s.token)).json.code).toBe(0);
		expect(s.sim.tasks()).toHaveLength(4);
	});

	test('identicalSubmitFault before handling: the answer is lost and no task is created', async () => {
		await submitted(s.sim, s.token);
		s.sim.configure({ identicalSubmitFault: { kind: 'http5xx', status: 504 } });
		const a = await submit(s.sim, s.token);
		expect(a.status).toBe(504);
		expect(s.sim.tasks()).toHaveLength(1);
	});

	test('identicalSubmitFault hang, and for another create path (create_video)', async () => {
		await created(s, PATHS.createVideo, videoBody());
		s.sim.configure({
			identicalSubmitFault: { kind: 'hang', afterHandling: true, path: PATHS.createVideo },
		});
		const pending = call(s.sim.url, 'POST', PATHS.createVideo, {
			token: s.token,
			body: videoBody(),
		});
		expect(await outcomeWithin(pending, 300)).toBe('still waiting');
		expect(s.sim.productTasks('video')).toHaveLength(2);
	});

	test('keys in another order are still identical', async () => {
		await submitBodyAsIs(s.sim, s.token, {
			model_code: 'MiniMax-Hailuo-02',
			ref_prompt: 'p',
			creation_type: 4,
			video_duration: 6,
		});
		s.sim.configure({ identicalSubmitFault: { kind: 'http5xx' } });
		const a = await submitBodyAsIs(s.sim, s.token, {
			video_duration: 6,
			creation_type: 4,
			ref_prompt: 'p',
			model_code: 'MiniMax-Hailuo-02',
		});
		expect(a.status).toBe(502);
	});

	test('a bad identicalSubmitFault is refused', async () => {
		expect(() => s.sim.configure({ identicalSubmitFault: { kind: 'code' } })).toThrow(
			/identicalSubmitFault must be null or/,
		);
	});
});

describe('short image deliveries (issue 21)', () => {
	const s = useSimulator({ renderMs: 1000 });

	async function imageTask(delivery: string): Promise<Json> {
		s.sim.configure({ imageDelivery: delivery });
		const a = await submitBodyAsIs(
			s.sim,
			s.token,
			exampleOf('wan2.2-t2i', { number_of_images: 3 }),
		);
		const id = a.json.data;
		s.clock.advance(1000);
		return { id, d: (await detail(s.sim, s.token, id)).json.data };
	}

	test('short: fewer output_url entries than number_of_images', async () => {
		const { id, d } = await imageTask('short');
		expect(d.photo_info.number_of_images).toBe(3);
		expect(d.output_url).toEqual([1, 2].map((n) => `${s.sim.url}/files/${id}-${n}.png`));
	});

	test.each([
		['empty', ''],
		['null', null],
	])('%s: the last URL is %j', async (delivery, last) => {
		const { id, d } = await imageTask(delivery);
		expect(d.output_url).toEqual([
			`${s.sim.url}/files/${id}-1.png`,
			`${s.sim.url}/files/${id}-2.png`,
			last,
		]);
	});

	test('html: the last URL answers 200 text/html; 404: it answers 404', async () => {
		const html = await imageTask('html');
		const got = await fetch(html.d.output_url[2]);
		expect(got.status).toBe(200);
		expect(got.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await got.text()).toContain('<html>');
		expect((await fetch(html.d.output_url[1])).headers.get('content-type')).toBe('image/png');
		const missing = await imageTask('404');
		expect(missing.d.output_url).toHaveLength(3);
		expect((await fetch(missing.d.output_url[2])).status).toBe(404);
	});

	test('fixed at submit; video tasks are not affected', async () => {
		s.sim.configure({ imageDelivery: 'short' });
		const video = await submitted(s.sim, s.token);
		const image = (
			await submitBodyAsIs(s.sim, s.token, exampleOf('wan2.2-t2i', { number_of_images: 2 }))
		).json.data;
		s.sim.configure({ imageDelivery: 'full' });
		s.clock.advance(1000);
		expect((await detail(s.sim, s.token, video)).json.data.output_url).toHaveLength(1);
		expect((await detail(s.sim, s.token, image)).json.data.output_url).toHaveLength(1);
	});
});

describe('the four Chinese messages (issue 21)', () => {
	const s = useSimulator({ renderMs: 1000 });
	const answer = async (overrides: Record<string, unknown>) =>
		(await submit(s.sim, s.token, overrides)).json;

	test.each([
		['[offline]', '模型已下线'],
		['[no-points]', '积分不足'],
		['[sensitive]', '提示词包含敏感词'],
	])('a prompt with %s answers 40000 %s and creates nothing', async (marker, msg) => {
		expect(await answer({ ref_prompt: `小狗 ${marker}` })).toMatchObject({
			code: 40000,
			msg,
			data: null,
		});
		expect(s.sim.tasks()).toEqual([]);
	});

	test('knobs: offlineModels, noCreditsMsg with creditsLeft 0, sensitiveWords', async () => {
		s.sim.configure({ offlineModels: ['MiniMax-Hailuo-02'] });
		expect(await answer({})).toMatchObject({ code: 40000, msg: '模型已下线' });
		s.sim.configure({ offlineModels: [], sensitiveWords: ['暴力'] });
		expect(await answer({ ref_prompt: '一段暴力场面' })).toMatchObject({
			code: 40000,
			msg: '提示词包含敏感词',
		});
		expect((await answer({})).code).toBe(0);
		s.sim.configure({ creditsLeft: 0, noCreditsMsg: '积分不足' });
		expect(await answer({})).toMatchObject({ code: 40000, msg: '积分不足' });
	});

	test('[violation]: the task is created and fails with err_msg 内容违规,请修改提示词', async () => {
		const id = await submitted(s.sim, s.token, { ref_prompt: '小狗 [violation]' });
		s.clock.advance(1000);
		expect((await detail(s.sim, s.token, id)).json.data).toMatchObject({
			progress_desc: 'Fail',
			err_msg: '内容违规,请修改提示词',
			output_url: [],
		});
	});
});

describe('Date headers follow the simulator clock', () => {
	const s = useSimulator();

	test('API, file and control answers carry the injected time', async () => {
		const expected = new Date(T0).toUTCString();
		expect((await submit(s.sim, s.token)).headers.get('date')).toBe(expected);
		expect((await call(s.sim.url, 'GET', '/files/x.png')).headers.get('date')).toBe(expected);
		expect((await call(s.sim.url, 'GET', '/__sim/config')).headers.get('date')).toBe(expected);
		s.clock.advance(90_000);
		const later = await call(s.sim.url, 'GET', '/open/v1/font_list', { token: s.token });
		expect(later.headers.get('date')).toBe('Tue, 14 Nov 2023 22:14:50 GMT');
		expect(dataOf(later.json)).toHaveLength(8);
	});

	test('a body fault with a lying Content-Length carries it too', async () => {
		s.sim.configure({
			faultsFor: [{ path: '/open/v1/font_list', kind: 'body', body: 'abc', contentLength: 10 }],
		});
		const a = await rawGet(`${s.sim.url}/open/v1/font_list`);
		expect(a).toMatchObject({ status: 200, bytes: 3, aborted: true });
		expect(a.headers.date).toBe(new Date(T0).toUTCString());
	});
});
