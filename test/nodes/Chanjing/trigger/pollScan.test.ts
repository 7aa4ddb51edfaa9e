import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import {
	MAX_DETAILS_PER_POLL,
	MAX_PAGES_PER_POLL,
	MAX_WATCHED,
} from '../../../../nodes/Chanjing/trigger/limits';
import type { PollState } from '../../../../nodes/Chanjing/trigger/pollState';
import { pollProduct } from '../../../../nodes/Chanjing/trigger/pollScan';
import { TRIGGER_PRODUCTS } from '../../../../nodes/Chanjing/trigger/products';
import { envelope } from '../../../helpers/chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { pollContext, triggerWorkflow } from '../../../helpers/trigger-context';
import { avatarVideoTask, expectListPage, VIDEO_LIST } from '../../../helpers/trigger-tasks';

/**
 * pollProduct, one poll of one product (Avatar Video here) in n8n-core's own poll context, with
 * nock: which pages of video_list it reads (down to its floor, at most MAX_PAGES_PER_POLL), which
 * watched tasks' details it asks (oldest first, at most MAX_DETAILS_PER_POLL), what it makes of
 * their answers, and the raw records of what finished. (Static data, modes and output across
 * polls: poll.test.ts; the state's rules alone: pollState.test.ts.)
 */
const T0 = 1_764_900_000;
const HOUR = 3600;
const product = TRIGGER_PRODUCTS.find((p) => p.value === 'avatarVideo')!;
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

const done = (id: string, at: number, extra: IDataObject = {}) =>
	avatarVideoTask(id, { create_time: at, ...extra });
const running = (id: string, at: number) =>
	avatarVideoTask(id, { create_time: at, status: 10, progress: 40, video_url: '', msg: '' });
const page = (n: number, tasks: IDataObject[], totalPages = 1) =>
	expectListPage(VIDEO_LIST, { page: n, page_size: 50 }, tasks, totalPages);

function poll(previous: PollState | undefined, emitExisting = false, nowS = T0) {
	const ctx = pollContext(triggerWorkflow({ triggerMode: 'polling', products: ['avatarVideo'] }));
	return pollProduct.call(ctx, product, previous, { nowS, emitExisting });
}

/** The detail requests of /open/v1/video, answering each ID with `answer(id)`, in the order asked. */
function details(answer: (id: string) => object, times = 1) {
	const asked: string[] = [];
	const scope = api()
		.get('/open/v1/video')
		.query(true)
		.times(times)
		.reply(200, (uri) => {
			const id = new URL(uri, TEST_BASE_URL).searchParams.get('id')!;
			asked.push(id);
			return answer(id);
		});
	return { scope, asked };
}

describe('pollProduct: the first poll (no state)', () => {
	it('one page: running tasks watched, finished ones passed over, nothing finished', async () => {
		const list = page(1, [running('run-1', T0 + 60), done('old-1', T0)]);
		const { state, finished } = await poll(undefined);
		expect(list.isDone()).toBe(true);
		expect(finished).toEqual([]);
		expect(state).toEqual({
			since: T0 + 60,
			newest: T0 + 60,
			watching: { 'run-1': T0 + 60 },
			done: { 'old-1': T0 },
		});
	});

	it('with Emit Existing: the finished records as Chanjing listed them, oldest first', async () => {
		const older = done('old-1', T0, { status: 45, msg: '参数异常', video_url: '' });
		const newer = done('old-2', T0 + 60);
		page(1, [newer, older]);
		const { finished } = await poll(undefined, true);
		expect(finished).toEqual([older, newer]);
	});

	it('reads further pages while their last task is within the lookback of the newest (24 h)', async () => {
		const full = Array.from({ length: 50 }, (_, i) => done(`d-${i}`, T0 - i * 60));
		const pages = [
			page(1, full, 3),
			page(2, [running('run-1', T0 - 23 * HOUR), done('d-old', T0 - 25 * HOUR)], 3),
		];
		const { state } = await poll(undefined);
		expect(pages.every((scope) => scope.isDone())).toBe(true);
		expect(state.watching).toEqual({ 'run-1': T0 - 23 * HOUR });
		expect(state.done['d-old']).toBeUndefined();
	});

	it(`reads at most ${MAX_PAGES_PER_POLL} pages, however many the pager names`, async () => {
		// tasks without a creation time never reach the floor: only the page bound stops the read
		const undated = (n: number) =>
			Array.from({ length: 50 }, (_, i) => running(`p${n}-${i}`, T0)).map((task) => ({
				...task,
				create_time: undefined,
			}));
		const pages = Array.from({ length: MAX_PAGES_PER_POLL }, (_, i) =>
			page(i + 1, undated(i + 1), 99),
		);
		const extra = page(MAX_PAGES_PER_POLL + 1, undated(99), 99);
		const { state } = await poll(undefined);
		expect(pages.every((scope) => scope.isDone())).toBe(true);
		expect(extra.isDone()).toBe(false);
		expect(Object.keys(state.watching)).toHaveLength(MAX_WATCHED);
		nock.cleanAll();
	});
});

describe('pollProduct: a later poll', () => {
	const previous = (watching: Record<string, number>, newest = T0): PollState => ({
		since: T0,
		newest,
		watching,
		done: {},
	});

	it.each([
		['9 minutes below it: the page after is read too', T0 - 9 * 60, true],
		['11 minutes below it: the read stops there', T0 - 11 * 60, false],
	])(
		'reads down to the newest seen less 10 minutes; a page ending %s',
		async (_what, lastAt, readOn) => {
			const full = Array.from({ length: 50 }, (_, i) => done(`new-${i}`, T0 + 3 * HOUR - i));
			const pages = [page(1, full, 3), page(2, [done('last', lastAt)], 3)];
			const third = page(3, [], 3);
			const { finished } = await poll(previous({}));
			expect(pages.every((scope) => scope.isDone())).toBe(true);
			expect(third.isDone()).toBe(readOn);
			expect(finished).toHaveLength(50);
			nock.cleanAll();
		},
	);

	it('a watched task the list shows finished is emitted without asking its detail', async () => {
		page(1, [done('run-1', T0 - 60)]);
		const { state, finished } = await poll(previous({ 'run-1': T0 - 60 }));
		expect(finished.map((raw) => raw.id)).toEqual(['run-1']);
		expect(state.watching).toEqual({});
		expect(state.done).toEqual({ 'run-1': T0 - 60 });
	});

	it('a watched task the list no longer shows: its detail asked with the token, its record emitted', async () => {
		page(1, []);
		const record = done('run-1', T0 - 60);
		const { scope, asked } = details(() => envelope(0, record));
		const { state, finished } = await poll(previous({ 'run-1': T0 - 60 }));
		expect(scope.isDone()).toBe(true);
		expect(asked).toEqual(['run-1']);
		expect(finished).toEqual([record]);
		expect(state.watching).toEqual({});
	});

	it(`details asked oldest first, at most ${MAX_DETAILS_PER_POLL}; the rest stay watched`, async () => {
		page(1, []);
		const watching = Object.fromEntries(
			Array.from({ length: 12 }, (_, i) => [`w-${i}`, T0 - 60 * (i + 1)]),
		);
		const { asked } = details((id) => envelope(0, running(id, watching[id])), 12);
		const { state } = await poll(previous(watching));
		expect(asked).toEqual(Array.from({ length: MAX_DETAILS_PER_POLL }, (_, i) => `w-${11 - i}`));
		expect(Object.keys(state.watching).sort()).toEqual(Object.keys(watching).sort());
		nock.cleanAll();
	});

	it.each([
		['a “no such task” code (40000)', () => envelope(40000, null, '视频不存在')],
		['an answer naming another task', () => envelope(0, done('other', T0))],
		['an answer without a record', () => envelope(0, null)],
	])('%s: the watched task is forgotten, nothing emitted', async (_what, answer) => {
		page(1, []);
		const { scope } = details(answer);
		const { state, finished } = await poll(previous({ 'run-1': T0 - 60 }));
		expect(scope.isDone()).toBe(true);
		expect(finished).toEqual([]);
		expect(state.watching).toEqual({});
	});

	it('a detail Chanjing cannot answer now (50000) fails the poll: the task is not forgotten', async () => {
		page(1, []);
		details(() => envelope(50000, null, '系统繁忙'));
		await expect(poll(previous({ 'run-1': T0 - 60 }))).rejects.toThrow(/50000/);
	});
});
