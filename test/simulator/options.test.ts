import { call, useSimulator } from './helpers';
import { PATHS, created, videoBody } from './product-helpers';

describe('the product options', () => {
	const s = useSimulator();

	test('defaults as GET /__sim/config shows them', async () => {
		const c = (await call(s.sim.url, 'GET', '/__sim/config')).json;
		expect(c).toMatchObject({
			pagerKey: 'page_info',
			productRenderMs: {},
			billingFailureMsg: '扣费失败,蝉豆不足',
			customPersonLimit: 20,
			personCreatePerMinute: 10,
			videoCreateLimit: 36000,
			beansExpiring30d: 0,
			imageDelivery: 'full',
			offlineModels: [],
			sensitiveWords: [],
			noCreditsMsg: '账户蝉豆不足,请充值后再试',
			identicalSubmitFault: null,
			rejectNextFiles: 0,
			callbackEnvelope: true,
			bareCallbackProducts: ['person'],
		});
	});

	test.each([
		[
			{ pagerKey: 'pager' },
			'simulator option pagerKey must be one of page_info, pageInfo, PageInfo',
		],
		[
			{ productRenderMs: { music: 1 } },
			'simulator option productRenderMs.music is unknown (video, speech, lipSync, person, voice)',
		],
		[
			{ bareCallbackProducts: ['music'] },
			'simulator option bareCallbackProducts: music is unknown (video, speech, lipSync, person, voice)',
		],
		[{ bareCallbackProducts: 'person' }, 'simulator option bareCallbackProducts must be an array'],
		[
			{ productRenderMs: { video: -1 } },
			'simulator option productRenderMs.video must be a number >= 0',
		],
		[
			{ imageDelivery: 'half' },
			'simulator option imageDelivery must be one of full, short, empty, null, html, 404',
		],
		[{ offlineModels: 'x' }, 'simulator option offlineModels must be an array of strings'],
		[{ sensitiveWords: [1] }, 'simulator option sensitiveWords must be an array of strings'],
		[{ customPersonLimit: -1 }, 'simulator option customPersonLimit must be a number >= 0'],
	])('POST /__sim/config refuses %j with 400', async (patch, error) => {
		const a = await call(s.sim.url, 'POST', '/__sim/config', { body: patch });
		expect(a.status).toBe(400);
		expect(a.json).toEqual({ ok: false, error });
	});

	test('null lifts the caps; productRenderMs null entries fall back to renderMs', async () => {
		s.sim.configure({ customPersonLimit: null, personCreatePerMinute: null });
		s.sim.configure({ productRenderMs: { video: 10, speech: null } });
		expect(s.sim.publicConfig()).toMatchObject({
			customPersonLimit: null,
			personCreatePerMinute: null,
			productRenderMs: { video: 10 },
		});
	});

	test('reset() forgets product tasks and returns to the start options', async () => {
		s.sim.configure({ pagerKey: 'PageInfo', identicalSubmitFault: { kind: 'drop' } });
		await created(s, PATHS.createVideo, videoBody());
		expect(s.sim.productTasks()).toHaveLength(1);
		s.sim.reset();
		expect(s.sim.productTasks()).toEqual([]);
		expect(s.sim.publicConfig()).toMatchObject({
			pagerKey: 'page_info',
			identicalSubmitFault: null,
		});
	});
});
