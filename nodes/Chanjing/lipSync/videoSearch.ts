import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchVideoList, videoPickerName } from '../lookups/videoPicker';
import { lipSyncList } from './getAll.operation';
import { toLipSyncTask } from './task';

/** A lip-sync video as the Video ID picker names it (its length rounded from milliseconds). */
export function lipSyncVideoName(raw: IDataObject, timeZone = 'UTC'): string {
	const task = toLipSyncTask(raw);
	const seconds = task.durationSeconds ? String(Math.round(Number(task.durationSeconds))) : '';
	return videoPickerName(raw, task.status, seconds, timeZone);
}

/** The Video ID picker: the account's lip-sync videos, as video_lip_sync/list gives them. */
export async function searchLipSyncVideos(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchVideoList(this, lipSyncList, lipSyncVideoName, filter, paginationToken);
}
