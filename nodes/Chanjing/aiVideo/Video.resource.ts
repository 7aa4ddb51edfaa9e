import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { addUploadedFrameUrls } from './binaryFrames';
import { completeTask } from '../completion/complete';
import { toCreationResult } from '../submit/creationResult';
import { chanjingRoute } from '../routing/route';
import { prepareSubmit } from './videoBody';
import { submitOnce } from '../submit/submitOnce';
import { explainForModel } from '../completion/agentAnswer';
import { SUBMIT_PATH } from '../api/credential';
import { HAILUO_02_MODEL_CODE, VIDEO_CREATION_TYPE } from './hailuo';
import { listFields } from '../fields/listFields';
import { taskOperations } from '../aiCreation/taskOperations';
import * as generate from './generate.operation';
import * as get from './get.operation';

const videoOperationOptions: INodePropertyOptions[] = [
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
	...taskOperations('video'),
];

export const videoOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['video'] } },
	options: videoOperationOptions,
	default: 'generate',
};

export const videoFields: INodeProperties[] = [
	...generate.description,
	...get.description,
	...listFields('video'),
];
