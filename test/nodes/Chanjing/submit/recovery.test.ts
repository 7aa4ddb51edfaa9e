import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { forgetProcessMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import { reconcileTiming } from '../../../../nodes/Chanjing/submit/reconcile';
import { requestTimeouts } from '../../../../nodes/Chanjing/transport/timeouts';
import {
	envelope,
	expectSubmit,
	generateParameters,
	SUBMIT_PATH,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Issue 21, point 1: a submit whose answer is lost is looked up in the task list, and a task
 * made before this item's submit left (by Chanjing's clock, as its answers' Date headers show
 * it) is never claimed, whatever its prompt. Execution A made a task with the same input a
 * minute earlier; execution B's answer is lost. The node in n8n-core with nock on the wire.
 */
const LIST_PATH = '/open/v1/ai_creation/task/page';

/** A Date header on Chanjing's clock, `aheadS` seconds ahead of this machine's. */
const dateHeader = (aheadS = 0) => ({
	Date: () => new Date(Date.now() + aheadS * 1000).toUTCString(),
});

const nowS = () => Math.floor(Date.now() / 1000);

/** A listed video task with the test body's input, made `agoS` seconds ago on Chanjing's clock. */
function listed(id: string, agoS: number, aheadS = 0): IDataObject {
	return {
		unique_id: id,
		type: 4,
		create_time: nowS() + aheadS - agoS,
		model_code: TEXT_BODY.model_code,
		ref_img_url: [],
		motion_info: { ref_prompt: TEXT_BODY.ref_prompt, clarity: 720, video_duration: 6 },
	};
}

/** The task list's first page, as Chanjing answers it (Date header included unless `date` is false). */
function expectList(list: () => IDataObject[], { aheadS = 0, date = true } = {}) {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
		.post(LIST_PATH, (sent) => {
			expect(sent).toEqual({ type: 4, page: 1, page_size: 50 });
			return true;
		})
		.reply(
			200,
			() => envelope(0, { list: list(), page_info: { page: 1, size: 50, total_page: 1 } }),
			date ? dateHeader(aheadS) : {},
		);
}

const submitScope = () =>
	nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } }).post(SUBMIT_PATH, (sent) => {
		expect(sent).toEqual(TEXT_BODY);
		return true;
	});

/** Every way a submit's answer is lost or unusable that the issue names. */
const LOST_ANSWERS: Array<[string, () => nock.Scope]> = [
	[
		'HTTP 502 page',
		() => submitScope().reply(502, '<html>Bad Gateway</html>', { 'Content-Type': 'text/html' }),
	],
	['reset connection', () => submitScope().replyWithError('socket hang up')],
	[
		'unparsable JSON',
		() => submitScope().reply(200, '{"code":0,"data":', { 'Content-Type': 'application/json' }),
	],
	['empty body', () => submitScope().reply(200, '', { 'Content-Type': 'application/json' })],
	[
		'HTML with HTTP 200',
		() => submitScope().reply(200, '<html>Welcome</html>', { 'Content-Type': 'text/html' }),
	],
	[
		'code "abc"',
		() => submitScope().reply(200, { trace_id: 't', code: 'abc', msg: '', data: null }),
	],
	['a hang (timeout)', () => submitScope().delay(800).reply(200, envelope(0, 'too-late'))],
];

const saved = { ...requestTimeouts, ...reconcileTiming };
beforeEach(() => {
	requestTimeouts.apiMs = 300;
	reconcileTiming.recheckAfterMs = 1;
});
afterEach(() => {
	requestTimeouts.apiMs = saved.apiMs;
	reconcileTiming.recheckAfterMs = saved.recheckAfterMs;
});

const generateB = () => runChanjing({ parameters: generateParameters() });

describe('second execution, same prompt, answer lost, no task made', () => {
	it.each(LOST_ANSWERS)(
		'%s: no task found, a retry is safe; the earlier task is named, not claimed',
		async (_name, loseAnswer) => {
			loseAnswer();
			// the search and its recheck: execution A's task, a minute old
			expectList(() => [listed('task-A', 60)]);
			expectList(() => [listed('task-A', 60)]);

			const { items, error } = await generateB();

			expect(items).toBeUndefined();
			expect(error?.message).toMatch(
				/^No video task was created for this item: .*, and no matching task is in the task list$/,
			);
			expect(error?.description).toMatch(/found none, so running this item again is safe/);
			expect(error?.description).toMatch(
				/made before this submit left .* were not counted: task-A \(created /,
			);
		},
	);

	it('in the same process as execution A (which it knows) as well', async () => {
		expectSubmit(TEXT_BODY, envelope(0, 'task-A'));
		expect((await generateB()).items![0].json.creationId).toBe('task-A');
		LOST_ANSWERS[0][1]();
		expectList(() => [listed('task-A', 0)]);
		expectList(() => [listed('task-A', 0)]);

		const { error } = await generateB();

		expect(error?.message).toMatch(/^No video task was created for this item/);
	});
});

describe('second execution, same prompt, answer lost after the task was made', () => {
	it.each(LOST_ANSWERS)('%s: its own new ID, not the earlier one', async (_name, loseAnswer) => {
		loseAnswer();
		expectList(() => [listed('task-B', 0), listed('task-A', 60)]);

		const { items, error } = await generateB();

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items![0].json).toMatchObject({ creationId: 'task-B', recovered: true });
	});
});

describe("Chanjing's clock, learnt from its answers, not a fixed skew", () => {
	it('5 min behind this machine: its own task is still found (a fixed 2-min skew missed it)', async () => {
		LOST_ANSWERS[0][1]();
		expectList(() => [listed('task-B', 0, -300), listed('task-A', 60, -300)], { aheadS: -300 });

		const { items, error } = await generateB();

		expect(error).toBeUndefined();
		expect(items![0].json).toMatchObject({ creationId: 'task-B', recovered: true });
	});

	it('5 min ahead: a task made a minute before the submit is not claimed', async () => {
		LOST_ANSWERS[1][1]();
		expectList(() => [listed('task-A', 60, 300)], { aheadS: 300 });
		expectList(() => [listed('task-A', 60, 300)], { aheadS: 300 });

		const { error } = await generateB();

		expect(error?.message).toMatch(/^No video task was created for this item/);
	});

	it('a task made 10 s before the submit left is not claimed either', async () => {
		LOST_ANSWERS[0][1]();
		expectList(() => [listed('task-A', 10)]);
		expectList(() => [listed('task-A', 10)]);

		expect((await generateB()).error?.message).toMatch(/^No video task was created/);
	});

	it('without a Date header the clock is unknown: a lone match is listed in an error, not claimed', async () => {
		LOST_ANSWERS[0][1]();
		expectList(() => [listed('task-A', 60)], { date: false });

		const { items, error } = await generateB();

		expect(items).toBeUndefined();
		expect(error?.message).toMatch(
			/^A paid video task may exist, but the node cannot tell whether task task-A is this item's or an earlier one: /,
		);
		expect(error?.description).toMatch(/Check with Get and creation ID task-A, and with Get Many/);
	});

	it('without a Date header, the create_time of a task this process made teaches the clock', async () => {
		// execution A: answered, no Date header; its task's create_time is on Chanjing's clock
		const answeredA = nock(TEST_BASE_URL).post(SUBMIT_PATH).reply(200, envelope(0, 'task-A'));
		await runChanjing({ parameters: generateParameters({ prompt: 'Another prompt' }) });
		expect(answeredA.isDone()).toBe(true);
		LOST_ANSWERS[0][1]();
		const other = { ...listed('task-A', 0), motion_info: { ref_prompt: 'Another prompt' } };
		expectList(() => [listed('task-B', 0), other], { date: false });

		const { items, error } = await generateB();

		expect(error).toBeUndefined();
		expect(items![0].json).toMatchObject({ creationId: 'task-B', recovered: true });
	});

	it('two candidates since the submit left: both listed with their times, nothing guessed', async () => {
		LOST_ANSWERS[0][1]();
		expectList(() => [listed('task-C', 0), listed('task-B', 0), listed('task-A', 60)]);

		const { error } = await generateB();

		expect(error?.message).toMatch(/but 2 tasks match this item: task-C, task-B$/);
		expect(error?.description).toMatch(/task-C \(created .*Z\), task-B \(created .*Z\)/);
		expect(error?.description).toMatch(/were not counted: task-A/);
	});
});

afterAll(() => forgetProcessMemory());
