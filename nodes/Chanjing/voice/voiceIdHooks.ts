import { taskIdHooks } from '../lookups/taskIdHooks';
import { toClonedVoiceTask } from './task';

/** Voice → Get and Delete: one cloned voice by its Voice ID. */
export const {
	idQuery: voiceIdQuery,
	toResult: toClonedVoiceResult,
	nothingToDelete,
	idBody: voiceIdBody,
	toDeleted: toDeletedVoice,
} = taskIdHooks({
	parameter: 'voiceId',
	label: 'Voice ID',
	noun: 'cloned voice',
	toTask: toClonedVoiceTask,
});
