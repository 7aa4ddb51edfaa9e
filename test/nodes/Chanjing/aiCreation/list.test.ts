import nock from 'nock';

import { envelope } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

const PAGE_PATH = '/open/v1/ai_creation/task/page';

function task(n: number) {
	return {
		unique_id: `id-${n}`,
		create_time: 1795500000 + n,
		progress_desc: 'Success',
		output_url: [`https://v/${n}.mp4`],
		model_code: 'MiniMax-Hailuo-02',
		motion_info: { ref_prompt: `p${n}`, clarity: 720, video_duration: 6 },
	};
}

function page(numbers: number[], pageNo: number, totalPage: number) {
	return envelope(0, {
		list: numbers.map(task),
		total: 120,
		page_info: { page: pageNo, size: 50, total_count: 120, total_page: totalPage },
	});
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

it('Return All follows every page', async () => {
	const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
		.post(PAGE_PATH, { type: 4, page: 1, page_size: 50 })
		.reply(200, page(range(1, 50), 1, 3))
		.post(PAGE_PATH, { type: 4, page: 2, page_size: 50 })
		.reply(200, page(range(51, 50), 2, 3))
		.post(PAGE_PATH, { type: 4, page: 3, page_size: 50 })
		.reply(200, page(range(101, 20), 3, 3));

	const { items, error } = await runChanjing({
		parameters: { resource: 'video', operation: 'getAll', returnAll: true },
	});

	expect(error).toBeUndefined();
	expect(scope.isDone()).toBe(true);
	expect(items).toHaveLength(120);
	expect(items![119].json).toMatchObject({
		creationId: 'id-120',
		status: 'succeeded',
		videoUrl: 'https://v/120.mp4',
		prompt: 'p120',
	});
});

it('Limit asks for no more than it needs, with the filters', async () => {
	const scope = nock(TEST_BASE_URL)
		.post(PAGE_PATH, {
			type: 4,
			page: 1,
			page_size: 3,
			unique_ids: ['id-1', 'id-2', 'id-3', 'id-4'],
			is_success: true,
		})
		.reply(200, page(range(1, 3), 1, 2));

	const { items, error } = await runChanjing({
		parameters: {
			resource: 'video',
			operation: 'getAll',
			limit: 3,
			filters: { creationIds: 'id-1, id-2,id-3 ,id-4', onlySuccessful: true },
		},
	});

	expect(error).toBeUndefined();
	expect(scope.isDone()).toBe(true);
	expect(items?.map((item) => item.json.creationId)).toEqual(['id-1', 'id-2', 'id-3']);
});

it('more than 50 creation IDs are refused before any request', async () => {
	const { error } = await runChanjing({
		parameters: {
			resource: 'video',
			operation: 'getAll',
			filters: {
				creationIds: range(1, 51)
					.map((n) => `id-${n}`)
					.join(','),
			},
		},
	});

	expect(error?.message).toBe('Creation IDs has 51 IDs; Chanjing allows at most 50');
});
