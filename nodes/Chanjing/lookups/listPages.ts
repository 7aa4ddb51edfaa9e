import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RequestContext } from '../api/context';
import { readTaskPage } from '../task/taskPage';
import { chanjingRequest } from '../transport/request';
import { LOOKUP_PAGE_SIZE, MAX_LOOKUP_PAGES } from './paths';

/** One list of Chanjing: the request of page `page` (from 1), and how messages name the list. */
export interface PagedList {
	name: string;
	request(page: number, size: number): IHttpRequestOptions;
}

export interface ListPage {
	entries: IDataObject[];
	/** The pager's total_page; 0 when the answer has no pager (then it is the only page). */
	totalPages: number;
}

export interface ListReading {
	entries: IDataObject[];
	/** Whether every page was read (false: the list is longer than the bound). */
	complete: boolean;
}

function incompleteAnswer(ctx: RequestContext, list: PagedList, data: unknown): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`Chanjing answered the ${list.name} list without a list of entries`,
		{
			itemIndex: 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined,
			description: `Nothing was created. Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
		},
	);
}

/**
 * One page of a lookup list, checked: `data` is `{list, <pager>}` (the pager as page_info,
 * pageInfo or PageInfo, catalogue D6) or, for lists without pages (fonts), an array.
 */
export async function readListPage(
	ctx: RequestContext,
	list: PagedList,
	page: number,
	size = LOOKUP_PAGE_SIZE,
): Promise<ListPage> {
	const answer = await chanjingRequest.call(ctx, list.request(page, size));
	const data = answer.data;
	if (Array.isArray(data)) return { entries: readTaskPage({ list: data }).tasks, totalPages: 1 };
	const raw = (data ?? {}) as IDataObject;
	if (!Array.isArray(raw.list ?? raw.List)) throw incompleteAnswer(ctx, list, data);
	const { tasks, totalPages } = readTaskPage(data);
	return { entries: tasks, totalPages };
}

/**
 * A whole list, page after page, up to `maxPages` pages: what the node checks an input against
 * (is this voice one the account can use?) and what Get Many with Return All puts out.
 */
export async function readWholeList(
	ctx: RequestContext,
	list: PagedList,
	{ maxPages = MAX_LOOKUP_PAGES, wanted = Infinity } = {},
): Promise<ListReading> {
	const entries: IDataObject[] = [];
	for (let page = 1; page <= maxPages; page++) {
		const read = await readListPage(ctx, list, page);
		entries.push(...read.entries);
		const last = read.entries.length < LOOKUP_PAGE_SIZE || page >= read.totalPages;
		if (last) return { entries, complete: true };
		if (entries.length >= wanted) return { entries, complete: false };
	}
	return { entries, complete: false };
}
