import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { addUploadedFrameUrls } from '../../hooks/binaryFrames';
import { completeTask } from '../../hooks/complete';
import { toCreationResult } from '../../hooks/creation';
import { chanjingRoute } from '../../hooks/route';
import { prepareSubmit } from '../../hooks/submit';
import { submitOnce } from '../../hooks/submitOnce';
import { explainForModel } from '../../hooks/tool';
import { SUBMIT_PATH } from '../../shared/api';
import { HAILUO_02_MODEL_CODE, VIDEO_CREATION_TYPE } from '../../shared/hailuo';
import { listFields } from '../shared/listFields';
import { taskOperations } from '../shared/taskOperations';
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
