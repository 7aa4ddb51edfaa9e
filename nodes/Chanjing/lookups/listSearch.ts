import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { type PagedList, readListPage } from './listPages';
import { LOOKUP_PAGE_SIZE } from './paths';

/**
 * The "From List" of a picker that shows several lists one after the other (public avatars, then
 * custom ones): one page of Chanjing's list per read, named entries filtered by the search box,
 * until a page's worth is found or a few pages were read; the pagination token says which list
 * and page come next, so scrolling reads on.
 */
export interface SearchSource {
	list: PagedList;
	/** The entries of a page as the picker names them (entries that cannot be used left out). */
	toItems(entries: IDataObject[]): INodeListSearchItems[];
}

/** Pages one search reads at most while its filter matches too little. */
export const MAX_PAGES_PER_SEARCH = 5;

function startOf(token: unknown): { source: number; page: number } {
	const [source, page] = String(token ?? '')
		.split(':')
		.map(Number);
	return Number.isInteger(source) && source >= 0 && Number.isInteger(page) && page >= 1
		? { source, page }
		: { source: 0, page: 1 };
}

/** Whether the search box's text (any case) is part of the entry's name or ID. */
export function matchesFilter(item: INodeListSearchItems, filter = ''): boolean {
	const wanted = filter.trim().toLowerCase();
	return (
		wanted === '' ||
		item.name.toLowerCase().includes(wanted) ||
		String(item.value).toLowerCase().includes(wanted)
	);
}

export async function searchLists(
	ctx: ILoadOptionsFunctions,
	sources: SearchSource[],
	filter?: string,
	paginationToken?: string,
	first: INodeListSearchItems[] = [],
): Promise<INodeListSearchResult> {
	let { source, page } = startOf(paginationToken);
	const results = first.filter((item) => matchesFilter(item, filter));
	for (let read = 0; read < MAX_PAGES_PER_SEARCH && source < sources.length; read++) {
		const { entries, totalPages } = await readListPage(ctx, sources[source].list, page);
		results.push(...sources[source].toItems(entries).filter((item) => matchesFilter(item, filter)));
		const last = entries.length < LOOKUP_PAGE_SIZE || page >= totalPages;
		if (last) {
			source += 1;
			page = 1;
		} else page += 1;
		if (results.length >= LOOKUP_PAGE_SIZE) break;
	}
	return source < sources.length ? { results, paginationToken: `${source}:${page}` } : { results };
}
