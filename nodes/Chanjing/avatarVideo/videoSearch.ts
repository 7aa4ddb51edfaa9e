import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { createdAt } from '../aiCreation/taskSearch';
import { capitalized } from '../lookups/records';
import { searchLists } from '../lookups/listSearch';
import { videoList } from './getAll.operation';
import { toAvatarVideoTask } from './task';

/**
 * An avatar video as the Video ID picker names it: "Succeeded · 2026-11-25 17:40 GMT+8 · 12 s ·
 * 5f0c9a1b…" — video_list keeps no script or avatar, so the status, time and length tell
 * videos apart, and the start of the ID.
 */
export function videoName(raw: IDataObject, timeZone = 'UTC'): string {
	const task = toAvatarVideoTask(raw);
	const id = String(raw.id ?? '');
	return [
		capitalized(String(task.status)),
		createdAt(raw, timeZone),
		task.duration ? `${String(task.duration)} s` : '',
		id.length > 12 ? `${id.slice(0, 8)}…` : id,
	]
		.filter((part) => part !== '')
		.join(' · ');
}

/** The Video ID picker: the account's avatar videos, as video_list gives them. */
export async function searchAvatarVideos(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const timeZone = this.getTimezone();
	const toItems = (entries: IDataObject[]): INodeListSearchItems[] =>
		entries
			.filter((raw) => String(raw.id ?? '') !== '')
			.map((raw) => ({
				name: videoName(raw, timeZone),
				value: String(raw.id),
				...(typeof raw.video_url === 'string' && raw.video_url ? { url: raw.video_url } : {}),
			}));
	return await searchLists(this, [{ list: videoList, toItems }], filter, paginationToken);
}
