import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { simplifyField } from '../fields/completionFields';
import { readTaskPage } from '../task/taskPage';
import { type PagedList, readListPage } from './listPages';
import { LOOKUP_PAGE_SIZE, MAX_LOOKUP_PAGES } from './paths';

/**
 * Get Many of a lookup (avatars, voices): one item per entry of one or more of Chanjing's lists
 * read in turn, Return All or up to Limit, simplified or as Chanjing sent them.
 */
export interface LookupListing {
	/** The lists this item reads, in order (after its Type and filters). */
	lists(context: IExecuteSingleFunctions): PagedList[];
	/** An entry as Simplify puts it out, or undefined to leave it out. */
	simplified(raw: IDataObject, list: PagedList): IDataObject | undefined;
}

export const DEFAULT_LOOKUP_LIMIT = 50;

function wanted(context: IExecuteSingleFunctions): number {
	return context.getNodeParameter('returnAll', false)
		? Infinity
		: Number(context.getNodeParameter('limit', DEFAULT_LOOKUP_LIMIT));
}

function simplifies(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('simplify', true) !== false;
}

export function lookupGetManyHooks(listing: LookupListing) {
	/** preSend: the first page of the first list is the operation's own request. */
	async function requestFirstPage(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const [first] = listing.lists(this);
		const size = Math.min(LOOKUP_PAGE_SIZE, wanted(this));
		return { ...requestOptions, ...first.request(1, size) };
	}

	/** postReceive: the entries of that page, then of further pages and lists up to Limit. */
	async function collectEntries(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const limit = wanted(this);
		const lists = listing.lists(this);
		const data = (response.body as ChanjingEnvelope).data;
		const raw = (data ?? {}) as IDataObject;
		if (!Array.isArray(raw.list ?? raw.List)) {
			throw new NodeOperationError(
				this.getNode(),
				`Chanjing answered the ${lists[0].name} list without a list of entries`,
				{
					itemIndex: this.getItemIndex(),
					description: `Answer data: ${(JSON.stringify(data) ?? 'none').slice(0, 300)}`,
				},
			);
		}
		const simplify = simplifies(this);
		const out: IDataObject[] = [];
		const take = (entries: IDataObject[], list: number) => {
			for (const entry of entries) {
				const shown = simplify ? listing.simplified(entry, lists[list]) : entry;
				if (shown) out.push(shown);
			}
		};
		let page = readTaskPage(data);
		take(page.tasks, 0);
		for (let list = 0, number = 1; list < lists.length && out.length < limit; ) {
			const size = Math.min(LOOKUP_PAGE_SIZE, wanted(this));
			const last = page.tasks.length < size || number >= page.totalPages;
			if (last) {
				list += 1;
				number = 1;
			} else number += 1;
			if (list >= lists.length || number > MAX_LOOKUP_PAGES) break;
			const read = await readListPage(this, lists[list], number, size);
			page = { tasks: read.entries, totalPages: read.totalPages };
			take(page.tasks, list);
		}
		return out.slice(0, limit).map((json) => ({ json }));
	}

	return { preSend: requestFirstPage, postReceive: collectEntries };
}

/** Return All, Limit and Simplify of a lookup's Get Many. */
export const lookupListFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	simplifyField,
];
