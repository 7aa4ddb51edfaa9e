import { taskIdHooks } from '../lookups/taskIdHooks';
import { toAvatarVideoTask } from './task';

/** Avatar Video → Get and Delete: one avatar video by its Video ID. */
export const {
	idQuery: videoIdQuery,
	toResult: toAvatarVideoResult,
	idBody: videoIdBody,
	toDeleted,
} = taskIdHooks({
	parameter: 'videoId',
	label: 'Video ID',
	noun: 'avatar video',
	toTask: toAvatarVideoTask,
});
