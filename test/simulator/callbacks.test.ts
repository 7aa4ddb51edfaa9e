import { submitted, detail, call, useSimulator, Json } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const processes = require('./processes');

interface Receiver {
	url: string;
	received: {
		method: string;
		headers: Record<string, string | string[] | undefined>;
		body: Json;
	}[];
	status: number;
	close: () => Promise<void>;
}

const startReceiver: () => Promise<Receiver> = processes.startReceiver;
const delay: (ms: number) => Promise<void> = processes.delay;

describe('callbacks', () => {
	const s = useSimulator({ renderMs: 1000 });
	let receiver: Receiver;

	beforeEach(async () => {
		receiver = await startReceiver();
	});
	afterEach(() => receiver.close());

	test('posts the enveloped task detail to the callback URL once the task succeeds', async () => {
		const id = await submitted(s.sim, s.token, { callback: receiver.url });
		s.clock.advance(999);
		await s.sim.tick();
		expect(receiver.received).toHaveLength(0);
		s.clock.advance(1);
		await s.sim.tick();
		await s.sim.tick();
		expect(receiver.received).toHaveLength(1);
		const got = receiver.received[0];
		expect(got.method).toBe('POST');
		expect(got.headers['content-type']).toBe('application/json');
		expect(got.body).toMatchObject({
			code: 0,
			msg: 'success',
			trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
		});
		const expected = (await detail(s.sim, s.token, id)).json.data;
		expect(got.body.data).toEqual(expected);
		expect(s.sim.callbacks()).toEqual([
			expect.objectContaining({
				uniqueId: id,
				url: receiver.url,
				outcome: 'delivered',
				httpStatus: 200,
				error: null,
			}),
		]);
	});

	test('a failed task is posted too, and callbackEnvelope false posts the bare detail', async () => {
		s.sim.configure({ callbackEnvelope: false });
		const id = await submitted(s.sim, s.token, { callback: receiver.url, ref_prompt: 'x [fail]' });
		s.clock.advance(1000);
		await s.sim.tick();
		expect(receiver.received).toHaveLength(1);
		expect(receiver.received[0].body).toMatchObject({ unique_id: id, progress_desc: 'Fail' });
		expect(receiver.received[0].body.code).toBeUndefined();
	});

	test('the receiver’s HTTP status is recorded', async () => {
		receiver.status = 500;
		await submitted(s.sim, s.token, { callback: receiver.url });
		s.clock.advance(1000);
		await s.sim.tick();
		expect(s.sim.callbacks()[0]).toMatchObject({ outcome: 'delivered', httpStatus: 500 });
	});

	test('the tick timer sends callbacks without any request', async () => {
		s.sim.configure({ tickMs: 10 });
		await submitted(s.sim, s.token, { callback: receiver.url });
		s.clock.advance(1000);
		for (let i = 0; i < 100 && receiver.received.length === 0; i++) await delay(10);
		expect(receiver.received).toHaveLength(1);
	});

	test('non-loopback and non-http callback URLs are refused and never contacted', async () => {
		await submitted(s.sim, s.token, { callback: 'http://example.com/hook' });
		await submitted(s.sim, s.token, { callback: 'https://127.0.0.1:1/hook' });
		s.clock.advance(1000);
		await s.sim.tick();
		const attempts = s.sim.callbacks();
		expect(attempts).toHaveLength(2);
		for (const a of attempts) {
			expect(a.outcome).toBe('refused');
			expect(a.httpStatus).toBeNull();
		}
		expect(attempts.map((a: Json) => a.error).join(' ')).toMatch(
			/example\.com.*only loopback|only loopback.*example\.com/s,
		);
	});

	test('an unreachable loopback receiver is recorded as an error', async () => {
		const url = receiver.url;
		await receiver.close();
		await submitted(s.sim, s.token, { callback: url });
		s.clock.advance(1000);
		await s.sim.tick();
		expect(s.sim.callbacks()[0]).toMatchObject({ outcome: 'error', httpStatus: null });
		receiver = await startReceiver();
	});

	test('GET /__sim/callbacks and POST /__sim/tick work over HTTP', async () => {
		await submitted(s.sim, s.token, { callback: receiver.url });
		s.clock.advance(1000);
		expect((await call(s.sim.url, 'POST', '/__sim/tick')).json).toEqual({ ok: true });
		const list = (await call(s.sim.url, 'GET', '/__sim/callbacks')).json;
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ outcome: 'delivered', httpStatus: 200 });
	});
});
