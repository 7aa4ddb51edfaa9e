import type { INodeProperties } from 'n8n-workflow';

import { addUploadedFrameUrls } from '../../hooks/binaryFrames';
import { completeTask } from '../../hooks/complete';
import { toCreationResult } from '../../hooks/creation';
import { buildListBody, collectTasks } from '../../hooks/list';
import { chanjingRoute } from '../../hooks/route';
import { prepareSubmit } from '../../hooks/submit';
import { submitOnce } from '../../hooks/submitOnce';
import { toTaskResult, trimCreationId } from '../../hooks/task';
import { explainForModel } from '../../hooks/tool';
import { SUBMIT_PATH, TASK_LIST_PATH, TASK_PATH } from '../../shared/api';
import { HAILUO_02_MODEL_CODE, VIDEO_CREATION_TYPE } from '../../shared/hailuo';
import * as generate from './generate.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const videoOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['video'] } },
	options: [
		{
			name: 'Generate',
			value: 'generate',
			action: 'Generate video',
			description:
				'Submit a video task to the chosen model from a prompt and optional frames; each task costs Chanjing credits',
			routing: chanjingRoute(
				{
					method: 'POST',
					url: SUBMIT_PATH,
					body: { creation_type: VIDEO_CREATION_TYPE, model_code: HAILUO_02_MODEL_CODE },
				},
				{
					preSend: [prepareSubmit],
					postReceive: [toCreationResult],
					// A submit is paid: sent at most once per outcome (see submitOnce).
					send: submitOnce,
					after: [addUploadedFrameUrls, completeTask({ downloadNeedsWait: true }), explainForModel],
				},
			),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get video',
			description:
				'Get a video task by its creation ID, optionally waiting for it and downloading the video',
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
			action: 'Get many videos',
			description: 'List video tasks, newest first',
			routing: chanjingRoute(
				{ method: 'POST', url: TASK_LIST_PATH },
				{ preSend: [buildListBody], postReceive: [collectTasks] },
			),
		},
	],
	default: 'generate',
};

export const videoFields: INodeProperties[] = [
	...generate.description,
	...get.description,
	...getAll.description,
];
