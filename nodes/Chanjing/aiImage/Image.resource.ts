import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { completeTask } from '../completion/complete';
import { toCreationResult } from '../submit/creationResult';
import { prepareImageSubmit } from './imageBody';
import { chanjingRoute } from '../routing/route';
import { submitOnce } from '../submit/submitOnce';
import { explainForModel } from '../completion/agentAnswer';
import { listFields } from '../aiCreation/listFields';
import { taskSearch } from '../aiCreation/taskSearch';
import type { ChanjingResource } from '../fields/resource';
import { taskOperations } from '../aiCreation/taskOperations';
import { aiImageAdapter } from './adapter';
import * as generate from './generate.operation';
import * as get from './get.operation';
import { SUBMIT_PATH, IMAGE_CREATION_TYPE } from '../aiCreation/paths';
import { IMAGE_MODELS } from './imageModels';

const imageOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Generate',
		value: 'generate',
		action: 'Generate image',
		description:
			'Submit an image task to the chosen model from a prompt; each task costs Chanjing credits',
		routing: chanjingRoute(
			{
				method: 'POST',
				url: SUBMIT_PATH,
				body: { creation_type: IMAGE_CREATION_TYPE, model_code: IMAGE_MODELS[0].code },
			},
			{
				preSend: [prepareImageSubmit],
				postReceive: [toCreationResult(aiImageAdapter)],
				// A submit is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(aiImageAdapter),
				after: [
					completeTask(aiImageAdapter, { downloadNeedsWait: true }),
					explainForModel(aiImageAdapter),
				],
			},
		),
	},
	...taskOperations('image', aiImageAdapter),
];

const imageOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['image'] } },
	options: imageOperationOptions,
	default: 'generate',
};

const imageFields: INodeProperties[] = [
	...generate.description,
	...get.description,
	...listFields('image'),
];

/** Image: the AI-creation image models. */
export const aiImageResource: ChanjingResource = {
	name: 'Image',
	value: 'image',
	properties: [imageOperations, ...imageFields],
	listSearch: { searchImageTasks: taskSearch(IMAGE_CREATION_TYPE, IMAGE_MODELS) },
};
