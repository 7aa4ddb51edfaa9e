import type { IDataObject } from 'n8n-workflow';

import type { AgentWords, TaskAdapter, TaskOutputs, TaskTrigger } from '../task/adapter';
import { readTaskPage } from '../task/taskPage';
import { isTaskId } from '../task/taskId';
import {
	AI_CREATION_UPLOAD_SERVICE,
	IMAGE_CREATION_TYPE,
	MAX_PAGE_SIZE,
	TASK_LIST_PATH,
	TASK_PATH,
	VIDEO_CREATION_TYPE,
} from './paths';
import { isImageTask, toTask } from './task';
import { taskMatchesSubmit } from './taskMatch';

/**
 * What the Chanjing Trigger reads of AI creation: a task record names its `unique_id` (callbacks
 * post the detail [chanjing-api.md]); video and image share the record and are told apart by
 * its `type`, 3 for an image task (any other creation type is a video model's, as a Custom
 * model may send). The poll reads the task list of the product's creation type.
 */
function aiCreationTrigger(creationType: number): TaskTrigger {
	const image = creationType === IMAGE_CREATION_TYPE;
	return {
		taskIdIn: (record) =>
			isTaskId(record.unique_id) && isImageTask(record) === image
				? record.unique_id.trim()
				: undefined,
		listRequest: (page) => ({
			method: 'POST',
			url: TASK_LIST_PATH,
			body: { type: creationType, page, page_size: MAX_PAGE_SIZE },
		}),
	};
}

/**
 * The adapter of an AI-creation product (a video or an image model): the same endpoint, task
 * record and list for both; what the task makes, its noun and its agent words differ.
 */
export function aiCreationAdapter(
	{ noun, taskName, creationType }: { noun: string; taskName: string; creationType: number },
	outputs: TaskOutputs,
	agent: AgentWords,
): TaskAdapter {
	return {
		noun,
		taskName,
		idField: 'creationId',
		idName: 'creation ID',
		submittedId: (data) => (isTaskId(data) ? data.trim() : undefined),
		detailRequest: (id) => ({ method: 'GET', url: TASK_PATH, qs: { unique_id: id } }),
		toTask,
		outputs,
		agent,
		reconcile: {
			pageSize: MAX_PAGE_SIZE,
			// A Custom model may name another creation type: its tasks are listed under it.
			listRequest: (body, page) => ({
				method: 'POST',
				url: TASK_LIST_PATH,
				body: {
					type: Number(body.creation_type) || VIDEO_CREATION_TYPE,
					page,
					page_size: MAX_PAGE_SIZE,
				},
			}),
			readPage: readTaskPage,
			idOf: (raw: IDataObject) => String(raw.unique_id),
			createdAtS: (raw: IDataObject) => Number(raw.create_time),
			matches: taskMatchesSubmit,
			matchedFields: 'model, prompt, frames, clarity and duration',
			lookFor: (body) => `the prompt "${String(body.ref_prompt).slice(0, 80)}"`,
		},
		uploadService: AI_CREATION_UPLOAD_SERVICE,
		trigger: aiCreationTrigger(creationType),
	};
}
