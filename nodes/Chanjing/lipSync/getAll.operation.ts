import type { IDataObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { type LookupListing, lookupListFields } from '../lookups/getMany';
import type { PagedList } from '../lookups/listPages';
import { LIP_SYNC_LIST_PATH } from './paths';
import { toLipSyncTask } from './task';

/** video_lip_sync/list: `{page, page_size}` → `{list, <pager>}` [AV]; the pager read leniently (D6). */
export const lipSyncList: PagedList = {
	name: 'lip-sync video',
	request: (page, size) => ({
		method: 'POST',
		url: LIP_SYNC_LIST_PATH,
		body: { page, page_size: size },
	}),
};

export const lipSyncListing: LookupListing = {
	lists: () => [lipSyncList],
	simplified: (raw: IDataObject) => toLipSyncTask(raw),
};

export const description = updateDisplayOptions(
	{ show: { resource: ['lipSync'], operation: ['getAll'] } },
	lookupListFields,
);
