import nock from 'nock';

import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { VIDEO_BYTES as VIDEO } from '../../../helpers/recording-chanjing';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { rawTask, ID, TASK_PATH, VIDEO_HOST, VIDEO_URL } from '../../../helpers/video-task';

const SUCCEEDED = {
	creationId: ID,
	status: 'succeeded',
	progressDesc: 'Success',
	videoUrl: VIDEO_URL,
	outputUrls: [VIDEO_URL],
	errorMessage: null,
	createdAt: new Date(1795500000 * 1000).toISOString(),
	model: 'MiniMax-Hailuo-02',
	prompt: 'A puppy runs on the grass',
	clarity: 720,
	duration: 6,
};

/** Answers the next polls of the task, in order, and counts them. */
function polls(...answers: Array<object | [number, string]>) {
	const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });
	for (const answer of answers) {
		const interceptor = scope.get(TASK_PATH).query({ unique_id: ID });
		if (Array.isArray(answer)) interceptor.reply(answer[0], answer[1]);
		else interceptor.reply(200, answer);
	}
	return scope;
}

function waitParameters(options: Record<string, unknown> = {}) {
	return generateParameters({
		options: { waitForCompletion: true, pollIntervalSeconds: 5, ...options },
	});
}

const realTiming = { ...pollTiming };

beforeEach(() => {
	// One simulated second lasts one millisecond: the polls are the ones a user gets, only faster.
	pollTiming.msPerSecond = 1;
});

afterEach(() => {
	Object.assign(pollTiming, realTiming);
});

describe('Generate with Wait for Completion', () => {
	it('polls queued → generating → success and outputs the finished task', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(0, ID, 'success', 'trace-submit'));
		const taskPolls = polls(
			envelope(0, rawTask('Queued')),
			envelope(0, rawTask('Generating')),
			envelope(0, rawTask('Success')),
		);

		const { items, error } = await runChanjing({ parameters: waitParameters() });

		expect(error).toBeUndefined();
		expect(submit.isDone()).toBe(true);
		expect(taskPolls.isDone()).toBe(true);
		expect(items).toEqual([
			{ json: { ...SUCCEEDED, traceId: 'trace-submit' }, pairedItem: { item: 0 } },
		]);
	});

	it('survives a 5xx and a 40001 while polling', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		const taskPolls = polls(
			[502, '<html>Bad Gateway</html>'],
			envelope(40001, null, '超出 QPS 限制'),
			envelope(50000, null, '系统内部错误'),
			envelope(0, rawTask('Success')),
		);

		const { items, error } = await runChanjing({ parameters: waitParameters() });

		expect(error).toBeUndefined();
		expect(taskPolls.isDone()).toBe(true);
		expect(items?.[0].json.status).toBe('succeeded');
	});

	it('gives up after too many failed polls in a row, naming the creation ID', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		polls(...Array.from({ length: 6 }, () => [503, 'busy'] as [number, string]));

		const { error } = await runChanjing({ parameters: waitParameters() });

		expect(error?.message).toBe(
			`Could not check video ${ID}: Chanjing answered HTTP 503 (6 checks in a row failed)`,
		);
		expect(error?.description).toContain(`the Get operation and creation ID ${ID}`);
	});

	it('a failed task is an error with Chanjing’s reason and the creation ID', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		polls(
			envelope(0, rawTask('Generating')),
			envelope(0, rawTask('Fail', { err_msg: '任务失败,本次生成不消耗蝉豆' })),
		);

		const { error } = await runChanjing({ parameters: waitParameters() });

		expect(error?.message).toBe(
			`Chanjing could not generate video ${ID}: 任务失败,本次生成不消耗蝉豆`,
		);
		expect(error?.description).toContain(`Creation ID: ${ID}`);
	});

	it('with Continue On Fail a failed task is an error item that keeps pairing and the ID', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		polls(envelope(0, rawTask('Error', { err_msg: 'content rejected' })));

		const { items, error } = await runChanjing({
			parameters: waitParameters(),
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items![0].json.error).toBe(`Chanjing could not generate video ${ID}: content rejected`);
		expect(items![0].pairedItem).toEqual({ item: 0 });
	});

	it('times out with an error naming the ID and the last status (polls at 2, 4, 5, … s up to 1 min)', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		// 2 + 2 + 1 + 5 × 11 = 60 s: the 1-minute budget allows exactly 13 polls (delays 2, 2, 4→5…).
		const scope = polls(...Array.from({ length: 13 }, () => envelope(0, rawTask('Generating'))));

		const { error } = await runChanjing({ parameters: waitParameters({ maxWaitMinutes: 1 }) });

		expect(scope.isDone()).toBe(true);
		expect(error?.message).toBe(`Video ${ID} was not ready after 1 min (last status: generating)`);
		expect(error?.description).toContain(`creation ID ${ID}`);
	});

	it('times out returning the running task when asked', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		polls(...Array.from({ length: 13 }, () => envelope(0, rawTask('Queued'))));

		const { items, error } = await runChanjing({
			parameters: waitParameters({ maxWaitMinutes: 1, onTimeout: 'returnRunning' }),
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json).toMatchObject({ creationId: ID, status: 'queued', timedOut: true });
	});

	it('all items wait at the same time', async () => {
		const ids = ['id-1', 'id-2', 'id-3'];
		const scope = nock(TEST_BASE_URL);
		ids.forEach((id) =>
			scope
				.post('/open/v1/ai_creation/task/submit', (b) => b.ref_prompt === id)
				.reply(200, envelope(0, id)),
		);
		const order: string[] = [];
		ids.forEach((id) => {
			scope
				.get(TASK_PATH)
				.query({ unique_id: id })
				.reply(200, () => {
					order.push(`generating ${id}`);
					return envelope(0, { ...rawTask('Generating'), unique_id: id });
				})
				.get(TASK_PATH)
				.query({ unique_id: id })
				.reply(200, () => {
					order.push(`success ${id}`);
					return envelope(0, { ...rawTask('Success'), unique_id: id });
				});
		});

		const { items, error } = await runChanjing({
			items: ids.map((id) => ({ id })),
			parameters: generateParameters({
				prompt: '={{ $json.id }}',
				options: { waitForCompletion: true, pollIntervalSeconds: 5 },
			}),
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.json.creationId)).toEqual(ids);
		// Every item's first poll comes before any item's second: they wait together, not in turn.
		expect(order.slice(0, 3).every((entry) => entry.startsWith('generating'))).toBe(true);
	});
});

describe('Get', () => {
	it('maps the task detail', async () => {
		const scope = polls(envelope(0, rawTask('Success')));

		const { items, error } = await runChanjing({
			parameters: { resource: 'video', operation: 'get', creationId: ` ${ID} ` },
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toEqual([{ json: SUCCEEDED, pairedItem: { item: 0 } }]);
	});

	it('waits from the status it found and downloads', async () => {
		polls(envelope(0, rawTask('Generating')), envelope(0, rawTask('Success')));
		nock(VIDEO_HOST).get(`/videos/${ID}.mp4`).reply(200, VIDEO);

		const { items, error } = await runChanjing({
			parameters: {
				resource: 'video',
				operation: 'get',
				creationId: ID,
				options: { waitForCompletion: true, pollIntervalSeconds: 5, downloadVideo: true },
			},
		});

		expect(error).toBeUndefined();
		expect(items?.[0].json.status).toBe('succeeded');
		expect(Buffer.from(items![0].binary!.data.data, 'base64')).toEqual(VIDEO);
	});

	it('an unknown ID is Chanjing’s error', async () => {
		polls(envelope(40000, null, '任务不存在'));

		const { error } = await runChanjing({
			parameters: { resource: 'video', operation: 'get', creationId: ID },
		});

		expect(error?.message).toBe(
			'Chanjing has no task with this creation ID (code 40000: 任务不存在)',
		);
	});
});
