import type { INodeProperties } from 'n8n-workflow';

import { HAILUO_02_MODEL_CODE, VIDEO_CREATION_TYPE } from '../../hailuo';
import { toCreationResult } from '../../hooks/creation';
import { throwOnChanjingError } from '../../hooks/errors';
import { addFrameFields } from '../../hooks/frames';
import { prepareAccessToken, retryOnRejectedToken } from '../../hooks/token';
import { validateGenerateInput } from '../../hooks/validate';
import * as generate from './generate.operation';

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
				send: { preSend: [validateGenerateInput, addFrameFields, prepareAccessToken] },
				output: { postReceive: [retryOnRejectedToken, throwOnChanjingError, toCreationResult] },
			},
		},
	],
	default: 'generate',
};

export const videoFields: INodeProperties[] = [...generate.description];
