import type { IDataObject } from 'n8n-workflow';

import { type TaskAdapter, unlistedTasks } from '../task/adapter';
import { isTaskId } from '../task/taskId';
import { SPEECH_AGENT_WORDS } from './agentWords';
import { SPEECH_STATE_PATH } from './paths';
import { toSpeechTask } from './task';

/** Speech: a text to speech task; it delivers one audio file, attached to its item. */
export const speechAdapter: TaskAdapter = {
	noun: 'speech',
	taskName: 'speech task',
	idField: 'taskId',
	idName: 'task ID',
	// create_audio_task answers `data: {task_id}` [TTS, SPEC, SDK]
	submittedId: (data) => {
		const id = (data as IDataObject | null)?.task_id;
		return isTaskId(id) ? id.trim() : undefined;
	},
	detailRequest: (id) => ({ method: 'POST', url: SPEECH_STATE_PATH, body: { task_id: id } }),
	toTask: toSpeechTask,
	outputs: {
		kind: 'audio',
		layout: 'attach',
		urls: (task) => [task.audioUrl],
		fileName: (id) => id,
	},
	agent: SPEECH_AGENT_WORDS,
	reconcile: unlistedTasks(
		'Chanjing offers no list of speech tasks, so a task made by a lost answer cannot be found.',
		(body) =>
			`a speech of the text "${String((body.text as IDataObject | undefined)?.text ?? '').slice(0, 80)}"`,
	),
	// What the speech callback posts is not documented (catalogue 12): the state's record, with
	// `type: "tts"` or `full`, as the other products post their detail. No list: callbacks only.
	trigger: {
		taskIdIn: (record) =>
			isTaskId(record.id) && (record.type === 'tts' || 'full' in record)
				? record.id.trim()
				: undefined,
	},
	failedNote: 'Whether Chanjing charges for a failed speech task is not documented.',
};
