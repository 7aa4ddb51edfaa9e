import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { addUploadedFrameUrls } from './binaryFrames';
import { completeTask } from '../completion/complete';
import { toCreationResult } from '../submit/creationResult';
import { chanjingRoute } from '../routing/route';
import { prepareSubmit } from './videoBody';
import { submitOnce } from '../submit/submitOnce';
import { explainForModel } from '../completion/agentAnswer';
import { HAILUO_02_MODEL_CODE } from './hailuo';
import { listFields } from '../aiCreation/listFields';
import { taskSearch } from '../aiCreation/taskSearch';
import type { ChanjingResource } from '../fields/resource';
import { taskOperations } from '../aiCreation/taskOperations';
import { aiVideoAdapter } from './adapter';
import { VIDEO_MODELS } from './videoModels';
import * as generate from './generate.operation';
import * as get from './get.operation';
import { SUBMIT_PATH, VIDEO_CREATION_TYPE } from '../aiCreation/paths';

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
				postReceive: [toCreationResult(aiVideoAdapter)],
				// A submit is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(aiVideoAdapter),
				after: [
					addUploadedFrameUrls,
					completeTask(aiVideoAdapter, { downloadNeedsWait: true }),
					explainForModel(aiVideoAdapter),
				],
			},
		),
	},
	...taskOperations('video', aiVideoAdapter),
];

const videoOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['video'] } },
	options: videoOperationOptions,
	default: 'generate',
};

const videoFields: INodeProperties[] = [
	...generate.description,
	...get.description,
	...listFields('video'),
];

/** Video: the AI-creation video models. */
export const aiVideoResource: ChanjingResource = {
	name: 'Video',
	value: 'video',
	properties: [videoOperations, ...videoFields],
	listSearch: { searchVideoTasks: taskSearch(VIDEO_CREATION_TYPE, VIDEO_MODELS) },
};
