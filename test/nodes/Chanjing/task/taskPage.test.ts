import { readTaskPage } from '../../../../nodes/Chanjing/task/taskPage';

const A = { unique_id: 'a' };
const B = { unique_id: 'b' };

describe('readTaskPage', () => {
	it.each([
		['page_info (Chanjing’s answers)', { list: [A, B], page_info: { total_page: 3 } }],
		['pageInfo', { list: [A, B], pageInfo: { total_page: 3 } }],
		['PageInfo', { list: [A, B], PageInfo: { total_page: 3 } }],
		['List and totalPage', { List: [A, B], page_info: { totalPage: 3 } }],
		['the total as text', { list: [A, B], pageInfo: { totalPage: '3' } }],
	])('reads the list and the pager as %s', (_form, data) => {
		expect(readTaskPage(data)).toEqual({ tasks: [A, B], totalPages: 3 });
	});

	it('prefers list to List and page_info to pageInfo to PageInfo', () => {
		expect(
			readTaskPage({
				list: [A],
				List: [B],
				page_info: { total_page: 1 },
				pageInfo: { total_page: 2 },
				PageInfo: { total_page: 3 },
			}),
		).toEqual({ tasks: [A], totalPages: 1 });
		expect(
			readTaskPage({ list: [A], pageInfo: { total_page: 2 }, PageInfo: { total_page: 3 } })
				.totalPages,
		).toBe(2);
	});

	it('leaves out entries that are not task records', () => {
		expect(
			readTaskPage({ list: [A, null, 'b', 7, undefined, B], page_info: { total_page: 1 } }),
		).toEqual({ tasks: [A, B], totalPages: 1 });
	});

	it.each([
		['no data', undefined],
		['null', null],
		['an empty object', {}],
		['a list that is not a list', { list: { unique_id: 'a' }, page_info: { total_page: 1 } }],
	])('reads %s as no tasks', (_what, data) => {
		expect(readTaskPage(data).tasks).toEqual([]);
	});

	it('a missing or unreadable pager gives 0 pages', () => {
		expect(readTaskPage({ list: [A] })).toEqual({ tasks: [A], totalPages: 0 });
		expect(readTaskPage({ list: [A], page_info: { total_page: 'many' } }).totalPages).toBe(0);
		expect(readTaskPage({ list: [A], page_info: null }).totalPages).toBe(0);
	});
});
