import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { aiImageAdapter } from '../../../../nodes/Chanjing/aiImage/adapter';
import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';
import { findSubmittedTasks, reconcileTiming } from '../../../../nodes/Chanjing/submit/reconcile';
import { windowTiming } from '../../../../nodes/Chanjing/submit/submitWindow';
import { envelope, TEXT_BODY } from '../../../helpers/chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * The lookup after a submit whose answer was lost (submit/reconcile.ts), in n8n-core's own item
 * context: each page of the task list is a request nock checks (method, path, token, body).
 */
const LIST_PATH = '/open/v1/ai_creation/task/page';
const SENT_AT_MS = 1_795_500_000_000;
const SENT_AT_S = SENT_AT_MS / 1000;

/** A listed video task: the submit's by default, created `ageS` before or after it. */
function listed(id: string, createdAtS: number, prompt = TEXT_BODY.ref_prompt): IDataObject {
	return {
		unique_id: id,
		type: 4,
		create_time: createdAtS,
		model_code: TEXT_BODY.model_code,
		ref_img_url: [],
		motion_info: { ref_prompt: prompt, clarity: 720, video_duration: 6 },
	};
}

const other = (id: string, createdAtS: number) => listed(id, createdAtS, 'Another prompt');

/** Expects the list request for `page` (with the test token) and answers it. */
function expectPage(
	page: number,
	list: IDataObject[],
	totalPages: number,
	type = 4,
	headers: Record<string, string> = {},
) {
	return nock(TEST_BASE_URL, {
		reqheaders: { access_token: TEST_TOKEN, 'content-type': /application\/json/ },
	})
		.post(LIST_PATH, (sent) => {
			expect(sent).toEqual({ type, page, page_size: 50 });
			return true;
		})
		.reply(
			200,
			envelope(0, { list, page_info: { page, size: 50, total_page: totalPages } }),
			headers,
		);
}

async function find(
	body: IDataObject = TEXT_BODY,
	taken = new Set<string>(),
	adapter = aiVideoAdapter,
) {
	const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
	const found = await findSubmittedTasks(context, adapter, body, SENT_AT_MS, taken);
	return found.candidates.map((task) => task.unique_id);
}

const realTiming = { ...reconcileTiming };
beforeEach(() => {
	reconcileTiming.recheckAfterMs = 1;
});
afterEach(() => Object.assign(reconcileTiming, realTiming));

describe('findSubmittedTasks', () => {
	it('finds the matching task among the newest, in one request', async () => {
		const page = expectPage(1, [other('n-1', SENT_AT_S + 3), listed('mine', SENT_AT_S + 1)], 1);

		expect(await find()).toEqual(['mine']);
		expect(page.isDone()).toBe(true);
	});

	it("Chanjing's clock unknown (no Date header): counts tasks made up to 2 min before the submit", async () => {
		const skew = windowTiming.unknownClockSkewS;
		expectPage(
			1,
			[listed('just-in', SENT_AT_S - skew), listed('too-old', SENT_AT_S - skew - 1)],
			1,
		);

		expect(await find()).toEqual(['just-in']);
	});

	it('with a Date header: a task made before the submit left is apart, in `earlier`', async () => {
		// Chanjing's clock runs 10 min late: its answer is stamped now − 10 min
		const lateS = 600;
		const date = new Date(Date.now() - lateS * 1000).toUTCString();
		expectPage(
			1,
			[listed('mine', SENT_AT_S - lateS), listed('a-minute-before', SENT_AT_S - lateS - 60)],
			1,
			4,
			{ Date: date },
		);
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });

		const found = await findSubmittedTasks(
			context,
			aiVideoAdapter,
			TEXT_BODY,
			SENT_AT_MS,
			new Set(),
		);

		expect(found.candidates.map((t) => t.unique_id)).toEqual(['mine']);
		expect(found.earlier.map((t) => t.unique_id)).toEqual(['a-minute-before']);
	});

	it('stops reading at the first task older than that, whatever the pager says', async () => {
		const full = Array.from({ length: 49 }, (_, i) => other(`n-${i}`, SENT_AT_S + 60));
		// the search and its recheck each read page 1 only (page 2 would find no interceptor)
		const pages = [1, 2].map(() => expectPage(1, [...full, listed('old', SENT_AT_S - 10 * 60)], 5));

		expect(await find()).toEqual([]);
		for (const page of pages) expect(page.isDone()).toBe(true);
	});

	it('reads on while a page is full of newer tasks, up to the last page', async () => {
		const newer = (prefix: string) =>
			Array.from({ length: 50 }, (_, i) => other(`${prefix}-${i}`, SENT_AT_S + 100));
		expectPage(1, newer('p1'), 3);
		expectPage(
			2,
			newer('p2').map((t, i) => (i === 7 ? listed('mine', SENT_AT_S + 2) : t)),
			3,
		);
		expectPage(3, [other('p3-0', SENT_AT_S + 1)], 3);

		expect(await find()).toEqual(['mine']);
	});

	it('a page shorter than 50 is the last, whatever the pager says', async () => {
		expectPage(1, [other('a', SENT_AT_S + 1)], 9);
		expectPage(1, [listed('mine', SENT_AT_S + 1)], 9);

		expect(await find()).toEqual(['mine']);
	});

	it(`reads at most reconcileTiming.maxPages pages (${realTiming.maxPages}; 2 here)`, async () => {
		reconcileTiming.maxPages = 2;
		const newer = Array.from({ length: 50 }, (_, i) => other(`n-${i}`, SENT_AT_S + 100));
		// the search and its recheck
		for (let round = 0; round < 2; round++) {
			expectPage(1, newer, 50);
			expectPage(2, newer, 50);
		}

		expect(await find()).toEqual([]);
	});

	it('leaves out the tasks this process knows belong to an item', async () => {
		expectPage(1, [listed('taken', SENT_AT_S + 2), listed('free', SENT_AT_S + 1)], 1);

		expect(await find(TEXT_BODY, new Set(['taken']))).toEqual(['free']);
	});

	it('returns every match (the caller refuses to guess between them)', async () => {
		expectPage(1, [listed('a', SENT_AT_S + 2), listed('b', SENT_AT_S + 1)], 1);

		expect(await find()).toEqual(['a', 'b']);
	});

	it('finding nothing, it looks once more a moment later (a task may be recorded late)', async () => {
		expectPage(1, [other('n-1', SENT_AT_S + 1)], 1);
		expectPage(1, [listed('late', SENT_AT_S + 1), other('n-1', SENT_AT_S + 1)], 1);

		expect(await find()).toEqual(['late']);
	});

	it('finding nothing twice is no task', async () => {
		expectPage(1, [], 0);
		expectPage(1, [], 0);

		expect(await find()).toEqual([]);
	});

	it("a Custom model's creation type is the list it looks in", async () => {
		const body = { ...TEXT_BODY, creation_type: 7, model_code: 'new-model' };
		expectPage(1, [{ ...listed('mine', SENT_AT_S + 1), type: 7, model_code: 'new-model' }], 1, 7);

		expect(await find(body)).toEqual(['mine']);
	});

	it('an image submit looks among image tasks', async () => {
		const body = {
			ref_prompt: 'A fox',
			creation_type: 3,
			model_code: 'doubao-seedream-3.0-t2i',
			number_of_images: 1,
		};
		const task = {
			unique_id: 'img',
			type: 3,
			create_time: SENT_AT_S + 1,
			model_code: 'doubao-seedream-3.0-t2i',
			photo_info: { ref_prompt: 'A fox', number_of_images: 1 },
		};
		expectPage(1, [task], 1, 3);

		expect(await find(body, new Set(), aiImageAdapter)).toEqual(['img']);
	});

	it("a list answered with Chanjing's error fails the lookup", async () => {
		nock(TEST_BASE_URL)
			.post(LIST_PATH)
			.reply(200, envelope(50000, null, '系统内部错误'));
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });

		await expect(
			findSubmittedTasks(context, aiVideoAdapter, TEXT_BODY, SENT_AT_MS, new Set()),
		).rejects.toThrow(/internal error \(code 50000/);
	});
});
