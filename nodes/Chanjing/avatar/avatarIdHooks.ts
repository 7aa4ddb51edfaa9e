import { taskIdHooks } from '../lookups/taskIdHooks';
import { toCustomAvatarTask } from './task';

/** Avatar → Get and Delete: one custom avatar by its Avatar ID. */
export const {
	idQuery: avatarIdQuery,
	toResult: toCustomAvatarResult,
	nothingToDelete,
	idBody: avatarIdBody,
	toDeleted: toDeletedAvatar,
} = taskIdHooks({
	parameter: 'avatarId',
	label: 'Avatar ID',
	noun: 'custom avatar',
	toTask: toCustomAvatarTask,
});
