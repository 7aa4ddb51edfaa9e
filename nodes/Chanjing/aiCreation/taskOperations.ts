import type { INodePropertyOptions } from 'n8n-workflow';

import { completeTask } from '../completion/complete';
import { buildListBody, collectTasks } from './list';
import { chanjingRoute } from '../routing/route';
import { toTaskResult, trimCreationId } from './task';
import { explainForModel } from '../completion/agentAnswer';
import { TASK_LIST_PATH, TASK_PATH } from '../api/credential';

const WORDS = {
	video: { one: 'video', many: 'videos', files: 'the video' },
	image: { one: 'image', many: 'images', files: 'the images' },
};

/** Get and Get Many of a resource: the same requests, the resource decides the task type. */
export function taskOperations(resource: 'video' | 'image'): INodePropertyOptions[] {
	const words = WORDS[resource];
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
					after: [completeTask({ downloadNeedsWait: false }), explainForModel],
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
				{ preSend: [buildListBody], postReceive: [collectTasks] },
			),
		},
	];
}
