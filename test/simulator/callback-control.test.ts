import { call, submitted, Json, useSimulator } from './helpers';
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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const processes = require('./processes');

interface Receiver {
	url: string;
	received: { method: string; body: Json }[];
	status: number;
	close: () => Promise<void>;
}
const startReceiver: () => Promise<Receiver> = processes.startReceiver;

describe('callbacks of the products when their tasks end', () => {
	const s = useSimulator({ renderMs: 1000 });
	let r: Receiver;
	beforeEach(async () => {
		r = await startReceiver();
	});
	afterEach(() => r.close());

	test('every product posts its detail once, when the task ends: enveloped, a custom avatar bare (CP)', async () => {
		const file = await uploaded(s, 'customised_person', 'me.mp4');
		const cb = { callback: r.url };
		const video = await created(s, PATHS.createVideo, videoBody(cb));
		const speech = dataOf(await post(s, PATHS.createAudio, speechBody(cb))).task_id;
		const lip = await created(s, PATHS.lipCreate, {
			video_url: 'https://cdn.example/face.mp4',
			tts_config: { text: '你好[fail]', audio_man_id: VOICE },
			...cb,
		});
		const person = await created(s, PATHS.createPerson, {
			name: 'a',
			file_id: file.file_id,
			...cb,
		});
		const voice = await created(s, PATHS.createVoice, {
			name: 'v',
			url: 'https://x/v.wav',
			...cb,
		});
		s.clock.advance(999);
		await s.sim.tick();
		expect(r.received).toHaveLength(0);
		s.clock.advance(1);
		await s.sim.tick();
		await s.sim.tick();
		expect(r.received).toHaveLength(5);
		const bare = r.received.filter((x) => x.body.data === undefined).map((x) => x.body);
		expect(bare).toEqual([dataOf(await get(s, PATHS.person, { id: person }))]);
		const byId = new Map(
			r.received.filter((x) => x.body.data !== undefined).map((x) => [x.body.data.id, x.body]),
		);
		expect([...byId.keys()].sort()).toEqual([video, speech, lip, voice].sort());
		for (const body of byId.values())
			expect(body).toMatchObject({ code: 0, msg: 'success', trace_id: expect.any(String) });
		expect(byId.get(video).data).toEqual(dataOf(await get(s, PATHS.video, { id: video })));
		expect(byId.get(speech).data).toEqual(
			dataOf(await post(s, PATHS.audioState, { task_id: speech })),
		);
		expect(byId.get(lip).data).toMatchObject({ status: 30 });
		expect(bare[0]).toMatchObject({ id: person, type: 'person', status: 2 });
		expect(byId.get(voice).data).toMatchObject({ status: 2 });
		const attempts = s.sim.callbacks();
		expect(attempts.map((a: Json) => [a.product, a.trigger, a.outcome]).sort()).toEqual(
			[
				['lipSync', 'ended', 'delivered'],
				['person', 'ended', 'delivered'],
				['speech', 'ended', 'delivered'],
				['video', 'ended', 'delivered'],
				['voice', 'ended', 'delivered'],
			].sort(),
		);
		expect(attempts.find((a: Json) => a.product === 'video').uniqueId).toBe(video);
	});

	test('callbackEnvelope false posts the bare detail; a non-loopback URL is refused', async () => {
		s.sim.configure({ callbackEnvelope: false });
		const video = await created(s, PATHS.createVideo, videoBody({ callback: r.url }));
		await created(s, PATHS.createVideo, videoBody({ callback: 'http://example.com/hook' }));
		s.clock.advance(1000);
		await s.sim.tick();
		expect(r.received.map((x) => x.body)).toEqual([
			dataOf(await get(s, PATHS.video, { id: video })),
		]);
		expect(
			s.sim
				.callbacks()
				.map((a: Json) => a.outcome)
				.sort(),
		).toEqual(['delivered', 'refused']);
	});
});

describe('callbacks on demand (for a trigger’s tests)', () => {
	const s = useSimulator({ renderMs: 1000 });
	let r: Receiver;
	beforeEach(async () => {
		r = await startReceiver();
	});
	afterEach(() => r.close());

	const send = (body: unknown) => call(s.sim.url, 'POST', '/__sim/callbacks/send', { body });

	test('finished: the current detail of an ended task, enveloped', async () => {
		const id = await created(s, PATHS.createVideo, videoBody());
		s.clock.advance(1000);
		const a = await send({ mode: 'finished', product: 'video', id, url: r.url });
		expect(a.status).toBe(200);
		expect(a.json).toEqual({
			ok: true,
			attempt: expect.objectContaining({
				uniqueId: id,
				product: 'video',
				trigger: 'finished',
				url: r.url,
				outcome: 'delivered',
				httpStatus: 200,
			}),
		});
		expect(r.received).toHaveLength(1);
		expect(r.received[0].body).toMatchObject({ code: 0, msg: 'success' });
		expect(r.received[0].body.data).toEqual(dataOf(await get(s, PATHS.video, { id })));
	});

	test('unfinished: the detail of a running task; finished/unfinished refuse the wrong state', async () => {
		const id = dataOf(await post(s, PATHS.createAudio, speechBody())).task_id;
		expect((await send({ mode: 'finished', product: 'speech', id, url: r.url })).status).toBe(409);
		const a = await send({ mode: 'unfinished', product: 'speech', id, url: r.url });
		expect(a.json.attempt.trigger).toBe('unfinished');
		expect(r.received[0].body.data).toMatchObject({ id, status: 1, full: null });
		s.clock.advance(1000);
		const late = await send({ mode: 'unfinished', product: 'speech', id, url: r.url });
		expect(late.status).toBe(409);
		expect(late.json.error).toBe(`task ${id} has ended (use mode finished)`);
	});

	test.each([
		['video', /^[0-9a-f]{32}$/, { status: 30 }],
		['speech', /^[0-9a-f]{32}$/, { status: 9, errMsg: '' }],
		['lipSync', /^[0-9a-f]{32}$/, { status: 20 }],
		['person', /^C-[0-9a-f]{32}$/, { status: 2, type: 'person' }],
		['voice', /^C-Audio-[0-9a-f]{32}$/, { status: 2 }],
		['aiCreation', /^[0-9a-f-]{36}$/, { progress_desc: 'Success' }],
	])(
		"forged %s: a succeeded detail for an id that does not exist (a custom avatar's bare)",
		async (product, idFormat, shape) => {
			const a = await send({ mode: 'forged', product, url: r.url });
			expect(a.json.ok).toBe(true);
			const { body } = r.received[0];
			const data = product === 'person' ? body : body.data;
			if (product === 'person') expect(body.code).toBeUndefined();
			expect(data).toMatchObject(shape);
			const id = product === 'aiCreation' ? data.unique_id : data.id;
			expect(id).toMatch(idFormat);
			expect(a.json.attempt).toMatchObject({ uniqueId: id, product, trigger: 'forged' });
			expect(s.sim.tasks()).toEqual([]);
			expect(s.sim.productTasks()).toEqual([]);
		},
	);

	test('forged with a chosen id; an id that exists is refused', async () => {
		await send({ mode: 'forged', product: 'lipSync', id: 'not-a-task', url: r.url });
		expect(r.received[0].body.data.id).toBe('not-a-task');
		const id = await submitted(s.sim, s.token);
		const a = await send({ mode: 'forged', id, url: r.url });
		expect(a.status).toBe(409);
	});

	test('duplicate: the very body of an earlier attempt again (same trace_id)', async () => {
		const id = await created(s, PATHS.createVideo, videoBody({ callback: r.url }));
		s.clock.advance(1000);
		await s.sim.tick();
		const a = await send({ mode: 'duplicate' });
		expect(a.json.attempt).toMatchObject({ uniqueId: id, product: 'video', trigger: 'duplicate' });
		expect(r.received).toHaveLength(2);
		expect(r.received[1].body).toEqual(r.received[0].body);
		const other = await startReceiver();
		await send({ mode: 'duplicate', attempt: 1, url: other.url });
		expect(other.received[0].body).toEqual(r.received[0].body);
		await other.close();
		expect((await send({ mode: 'duplicate', attempt: 9 })).status).toBe(404);
	});

	test('raw: any body; envelope false sends the bare detail', async () => {
		await send({ mode: 'raw', url: r.url, body: { anything: [1, 2] } });
		expect(r.received[0].body).toEqual({ anything: [1, 2] });
		const id = await created(s, PATHS.createVideo, videoBody());
		s.clock.advance(1000);
		await send({ mode: 'finished', product: 'video', id, url: r.url, envelope: false });
		expect(r.received[1].body).toEqual(dataOf(await get(s, PATHS.video, { id })));
	});

	test('a custom avatar posts the bare detail unless bareCallbackProducts is emptied or envelope says', async () => {
		const file = await uploaded(s, 'customised_person', 'me.mp4');
		const id = await created(s, PATHS.createPerson, { name: 'a', file_id: file.file_id });
		s.clock.advance(1000);
		const detail = dataOf(await get(s, PATHS.person, { id }));
		await send({ mode: 'finished', product: 'person', id, url: r.url });
		await send({ mode: 'finished', product: 'person', id, url: r.url, envelope: true });
		s.sim.configure({ bareCallbackProducts: [] });
		await send({ mode: 'finished', product: 'person', id, url: r.url });
		s.sim.configure({ bareCallbackProducts: ['person', 'lipSync'] });
		await send({ mode: 'forged', product: 'lipSync', id: 'lip-x', url: r.url });
		const bodies = r.received.map((x) => x.body);
		expect(bodies[0]).toEqual(detail);
		expect(bodies[1]).toMatchObject({ code: 0, data: detail });
		expect(bodies[2]).toMatchObject({ code: 0, data: detail });
		expect(bodies[3]).toMatchObject({ id: 'lip-x', status: 20 });
		expect(bodies[3].code).toBeUndefined();
	});

	test('the programmatic form resolves with the attempt; refused URLs are recorded', async () => {
		const attempt = await s.sim.sendCallback({
			mode: 'forged',
			product: 'person',
			url: 'https://example.com/hook',
		});
		expect(attempt).toMatchObject({
			outcome: 'refused',
			error: 'protocol https: refused (only http)',
		});
		expect(r.received).toEqual([]);
	});

	test.each([
		[{ mode: 'x', url: 'http://127.0.0.1:1/' }, 400],
		[{ mode: 'forged', product: 'x', url: 'http://127.0.0.1:1/' }, 400],
		[{ mode: 'finished' }, 400],
		[{ mode: 'finished', url: 'http://127.0.0.1:1/' }, 400],
		[{ mode: 'finished', product: 'voice', id: 'nope', url: 'http://127.0.0.1:1/' }, 404],
	])('refuses %j with HTTP %i', async (body, status) => {
		const a = await send(body);
		expect(a.status).toBe(status);
		expect(a.json.ok).toBe(false);
	});
});
