import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { completeTask } from '../../hooks/complete';
import { toCreationResult } from '../../hooks/creation';
import { prepareImageSubmit } from '../../hooks/imageSubmit';
import { chanjingRoute } from '../../hooks/route';
import { submitOnce } from '../../hooks/submitOnce';
import { explainForModel } from '../../hooks/tool';
import { SUBMIT_PATH } from '../../shared/api';
import { IMAGE_CREATION_TYPE, IMAGE_MODELS } from '../../shared/models';
import { listFields } from '../shared/listFields';
import { taskOperations } from '../shared/taskOperations';
import * as generate from './generate.operation';
import * as get from './get.operation';

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
				postReceive: [toCreationResult],
				// A submit is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce,
				after: [completeTask({ downloadNeedsWait: true }), explainForModel],
			},
		),
	},
	...taskOperations('image'),
];

export const imageOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['image'] } },
	options: imageOperationOptions,
	default: 'generate',
};

export const imageFields: INodeProperties[] = [
	...generate.description,
	...get.description,
	...listFields('image'),
];
