import { submit, useSimulator } from './helpers';
import {
	PATHS,
	VOICE,
	created,
	dataOf,
	get,
	post,
	speechBody,
	uploaded,
	videoBody,
} from './product-helpers';

/**
 * Catalogue 1: create calls do not fail when the credits run out; the detail says so later
 * (扣费失败 / 余额不足 / 蝉豆不足).
 */
describe('billing failures show in the detail, not in the create answer', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('with no credits every product is created and ends failed with the billing msg', async () => {
		const file = await uploaded(s, 'customised_person', 'me.mp4');
		s.sim.configure({ creditsLeft: 0 });
		const video = await created(s, PATHS.createVideo, videoBody());
		const speech = dataOf(await post(s, PATHS.createAudio, speechBody())).task_id;
		const lip = await created(s, PATHS.lipCreate, {
			video_url: 'https://cdn.example/face.mp4',
			tts_config: { text: '你好', audio_man_id: VOICE },
		});
		const person = await created(s, PATHS.createPerson, { name: 'a', file_id: file.file_id });
		const voice = await created(s, PATHS.createVoice, { name: 'v', url: 'https://x/v.wav' });
		expect((await get(s, PATHS.video, { id: video })).data.status).toBe(10);
		s.clock.advance(1000);
		const msg = '扣费失败,蝉豆不足';
		expect(dataOf(await get(s, PATHS.video, { id: video }))).toMatchObject({
			status: 40,
			msg,
			video_url: '',
		});
		expect(dataOf(await post(s, PATHS.audioState, { task_id: speech }))).toMatchObject({
			status: 9,
			errMsg: msg,
			errReason: '扣费失败',
			full: null,
		});
		expect(dataOf(await get(s, PATHS.lipDetail, { id: lip }))).toMatchObject({ status: 30, msg });
		expect(dataOf(await get(s, PATHS.person, { id: person }))).toMatchObject({
			status: 4,
			err_reason: msg,
		});
		expect(dataOf(await get(s, PATHS.voice, { id: voice }))).toMatchObject({
			status: 4,
			err_msg: msg,
		});
		expect(s.sim.publicConfig().creditsLeft).toBe(0);
	});

	test('billingFailureMsg sets the words (余额不足)', async () => {
		s.sim.configure({ creditsLeft: 0, billingFailureMsg: '余额不足' });
		const speech = dataOf(await post(s, PATHS.createAudio, speechBody())).task_id;
		s.clock.advance(1000);
		expect(dataOf(await post(s, PATHS.audioState, { task_id: speech })).errMsg).toBe('余额不足');
	});

	test('each product task takes one credit; a failed one gives it back; the last runs out', async () => {
		s.sim.configure({ creditsLeft: 2 });
		const fails = await created(
			s,
			PATHS.createVideo,
			videoBody({ audio: { type: 'tts', tts: { text: ['[fail]'], audio_man: VOICE } } }),
		);
		const ok = await created(s, PATHS.createVideo, videoBody());
		expect(s.sim.publicConfig().creditsLeft).toBe(0);
		const broke = await created(s, PATHS.createVideo, videoBody());
		s.clock.advance(1000);
		await s.sim.tick();
		expect(s.sim.publicConfig().creditsLeft).toBe(1);
		expect((await get(s, PATHS.video, { id: fails })).data).toMatchObject({ status: 40 });
		expect((await get(s, PATHS.video, { id: ok })).data).toMatchObject({ status: 30 });
		expect((await get(s, PATHS.video, { id: broke })).data).toMatchObject({
			status: 40,
			msg: '扣费失败,蝉豆不足',
		});
	});

	test('products and AI creation share the balance; AI creation still refuses at submit', async () => {
		s.sim.configure({ creditsLeft: 1 });
		await created(s, PATHS.createVideo, videoBody());
		expect((await submit(s.sim, s.token)).json).toMatchObject({
			code: 40000,
			msg: '账户蝉豆不足,请充值后再试',
		});
	});
});
