import type { IDataObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { type LookupListing, lookupListFields } from '../lookups/getMany';
import type { PagedList } from '../lookups/listPages';
import { VIDEO_LIST_PATH } from './paths';
import { toAvatarVideoTask } from './task';

/** video_list: `{page, page_size}` → `{list, <pager>}` [SPEC, LNW, MCL]; the pager read leniently (D6). */
export const videoList: PagedList = {
	name: 'avatar video',
	request: (page, size) => ({
		method: 'POST',
		url: VIDEO_LIST_PATH,
		body: { page, page_size: size },
	}),
};

export const videoListing: LookupListing = {
	lists: () => [videoList],
	simplified: (raw: IDataObject) => toAvatarVideoTask(raw),
};

export const description = updateDisplayOptions(
	{ show: { resource: ['avatarVideo'], operation: ['getAll'] } },
	lookupListFields,
);
