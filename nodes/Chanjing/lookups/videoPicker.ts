import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { createdAt } from '../task/createdAt';
import { type PagedList } from './listPages';
import { searchLists } from './listSearch';
import { capitalized } from './records';

/**
 * A video as a Video ID picker names it: "Succeeded · 2026-11-25 17:40 GMT+8 · 12 s · 5f0c9a1b…".
 * Chanjing's video lists keep no script, avatar or footage name, so the status, time and length
 * tell videos apart, and the start of the ID.
 */
export function videoPickerName(
	raw: IDataObject,
	status: unknown,
	seconds: string,
	timeZone = 'UTC',
): string {
	const id = String(raw.id ?? '');
	return [
		capitalized(String(status)),
		createdAt(raw, timeZone),
		seconds ? `${seconds} s` : '',
		id.length > 12 ? `${id.slice(0, 8)}…` : id,
	]
		.filter((part) => part !== '')
		.join(' · ');
}

/** A Video ID picker over one of Chanjing's video lists, each entry named by `name`. */
export async function searchVideoList(
	context: ILoadOptionsFunctions,
	list: PagedList,
	name: (raw: IDataObject, timeZone: string) => string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const timeZone = context.getTimezone();
	const toItems = (entries: IDataObject[]): INodeListSearchItems[] =>
		entries
			.filter((raw) => String(raw.id ?? '') !== '')
			.map((raw) => ({
				name: name(raw, timeZone),
				value: String(raw.id),
				...(typeof raw.video_url === 'string' && raw.video_url ? { url: raw.video_url } : {}),
			}));
	return await searchLists(context, [{ list, toItems }], filter, paginationToken);
}
