import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchVideoList, videoPickerName } from '../lookups/videoPicker';
import { videoList } from './getAll.operation';
import { toAvatarVideoTask } from './task';

/** An avatar video as the Video ID picker names it. */
export function videoName(raw: IDataObject, timeZone = 'UTC'): string {
	const task = toAvatarVideoTask(raw);
	return videoPickerName(raw, task.status, task.duration ? String(task.duration) : '', timeZone);
}

/** The Video ID picker: the account's avatar videos, as video_list gives them. */
export async function searchAvatarVideos(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchVideoList(this, videoList, videoName, filter, paginationToken);
}
