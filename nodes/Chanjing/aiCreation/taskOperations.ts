import type { INodePropertyOptions } from 'n8n-workflow';

import { completeTask } from '../completion/complete';
import { taskListHooks } from './list';
import { chanjingRoute } from '../routing/route';
import { toTaskResult, trimCreationId } from './task';
import { explainForModel } from '../completion/agentAnswer';
import type { TaskAdapter } from '../task/adapter';
import { IMAGE_CREATION_TYPE, TASK_LIST_PATH, TASK_PATH, VIDEO_CREATION_TYPE } from './paths';

const WORDS = {
	video: { one: 'video', many: 'videos', files: 'the video' },
	image: { one: 'image', many: 'images', files: 'the images' },
};

/** Get and Get Many of a resource: the same requests, the resource decides the task type. */
export function taskOperations(
	resource: 'video' | 'image',
	adapter: TaskAdapter,
): INodePropertyOptions[] {
	const words = WORDS[resource];
	const list = taskListHooks(resource === 'video' ? VIDEO_CREATION_TYPE : IMAGE_CREATION_TYPE);
	return [
		{
			name: 'Get',
			value: 'get',
			action: `Get ${words.one}`,
			description: `Get ${resource === 'video' ? 'a video' : 'an image'} task by its creation ID, optionally waiting for it and downloading ${words.files}`,
			routing: chanjingRoute(
				{ method: 'GET', url: TASK_PATH },
				{
					preSend: [trimCreationId],
					postReceive: [toTaskResult],
					after: [completeTask(adapter, { downloadNeedsWait: false }), explainForModel(adapter)],
				},
			),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: `Get many ${words.many}`,
			description: `List ${words.one} tasks, newest first`,
			routing: chanjingRoute(
				{ method: 'POST', url: TASK_LIST_PATH },
				{ preSend: [list.preSend], postReceive: [list.postReceive] },
			),
		},
	];
}
