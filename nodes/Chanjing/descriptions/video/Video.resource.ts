import type { INodeProperties } from 'n8n-workflow';

import { HAILUO_02_MODEL_CODE, VIDEO_CREATION_TYPE } from '../../hailuo';
import { completeTaskIfAsked } from '../../hooks/complete';
import { toCreationResult } from '../../hooks/creation';
import { throwOnChanjingError } from '../../hooks/errors';
import { addUploadedFrameUrls, uploadBinaryFrames } from '../../hooks/binaryFrames';
import { addFrameFields } from '../../hooks/frames';
import { prepareAccessToken, retryOnRejectedToken } from '../../hooks/token';
import { buildListBody, collectTasks } from '../../hooks/list';
import { toTaskResult } from '../../hooks/task';
import { validateGenerateInput } from '../../hooks/validate';
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
			name: 'Generate (Hailuo 02)',
			value: 'generate',
			action: 'Generate a video',
			description: 'Submit a MiniMax Hailuo 02 video task from a prompt and optional frames',
			routing: {
				request: {
					method: 'POST',
					url: '/open/v1/ai_creation/task/submit',
					body: { creation_type: VIDEO_CREATION_TYPE, model_code: HAILUO_02_MODEL_CODE },
				},
				send: {
					preSend: [validateGenerateInput, uploadBinaryFrames, addFrameFields, prepareAccessToken],
				},
				output: {
					postReceive: [
						retryOnRejectedToken,
						throwOnChanjingError,
						toCreationResult,
						addUploadedFrameUrls,
						completeTaskIfAsked,
					],
				},
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a video',
			description:
				'Get a video task by its creation ID, optionally waiting for it and downloading the video',
			routing: {
				request: { method: 'GET', url: '/open/v1/ai_creation/task' },
				send: { preSend: [prepareAccessToken] },
				output: {
					postReceive: [
						retryOnRejectedToken,
						throwOnChanjingError,
						toTaskResult,
						completeTaskIfAsked,
					],
				},
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many videos',
			description: 'List video tasks, newest first',
			routing: {
				request: { method: 'POST', url: '/open/v1/ai_creation/task/page' },
				send: { preSend: [buildListBody, prepareAccessToken] },
				output: { postReceive: [retryOnRejectedToken, throwOnChanjingError, collectTasks] },
			},
		},
	],
	default: 'generate',
};

export const videoFields: INodeProperties[] = [
	...generate.description,
	...get.description,
	...getAll.description,
];
