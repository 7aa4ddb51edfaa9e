import type { IDataObject } from 'n8n-workflow';

import type { TaskPage } from './adapter';

/**
 * A page of a Chanjing task list, read leniently: the list as `list` (or `List`), the pager as
 * `page_info`, `pageInfo` or `PageInfo` — Chanjing's sources disagree (products catalogue D6).
 * Entries that are not objects are left out; no pager means one page.
 */
export function readTaskPage(data: unknown): TaskPage {
	const page = (data ?? {}) as IDataObject;
	const list = page.list ?? page.List;
	const pager = (page.page_info ?? page.pageInfo ?? page.PageInfo ?? {}) as IDataObject;
	const tasks = (Array.isArray(list) ? list : []).filter(
		(task): task is IDataObject => typeof task === 'object' && task !== null,
	);
	return { tasks, totalPages: Number(pager.total_page ?? pager.totalPage) || 0 };
}
