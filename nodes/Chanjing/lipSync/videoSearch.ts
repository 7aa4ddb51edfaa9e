import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { createdAt } from '../aiCreation/taskSearch';
import { searchLists } from '../lookups/listSearch';
import { capitalized } from '../lookups/records';
import { lipSyncList } from './getAll.operation';
import { toLipSyncTask } from './task';

/**
 * A lip-sync video as the Video ID picker names it: "Succeeded · 2026-11-25 17:40 GMT+8 · 12 s ·
 * 5f0c9a1b…" — the list keeps no script or footage name, so the status, time and length tell
 * videos apart, and the start of the ID.
 */
export function lipSyncVideoName(raw: IDataObject, timeZone = 'UTC'): string {
	const task = toLipSyncTask(raw);
	const id = String(raw.id ?? '');
	return [
		capitalized(String(task.status)),
		createdAt(raw, timeZone),
		task.durationSeconds ? `${Math.round(Number(task.durationSeconds))} s` : '',
		id.length > 12 ? `${id.slice(0, 8)}…` : id,
	]
		.filter((part) => part !== '')
		.join(' · ');
}

/** The Video ID picker: the account's lip-sync videos, as video_lip_sync/list gives them. */
export async function searchLipSyncVideos(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const timeZone = this.getTimezone();
	const toItems = (entries: IDataObject[]): INodeListSearchItems[] =>
		entries
			.filter((raw) => String(raw.id ?? '') !== '')
			.map((raw) => ({
				name: lipSyncVideoName(raw, timeZone),
				value: String(raw.id),
				...(typeof raw.video_url === 'string' && raw.video_url ? { url: raw.video_url } : {}),
			}));
	return await searchLists(this, [{ list: lipSyncList, toItems }], filter, paginationToken);
}
