import { taskIdHooks } from '../lookups/taskIdHooks';
import { toLipSyncTask } from './task';

/** Lip Sync → Get: one lip-sync video by its Video ID. */
export const { idQuery: lipSyncIdQuery, toResult: toLipSyncResult } = taskIdHooks({
	parameter: 'videoId',
	label: 'Video ID',
	noun: 'lip-sync video',
	toTask: toLipSyncTask,
});
