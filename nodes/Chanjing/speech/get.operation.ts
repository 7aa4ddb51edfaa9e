import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 9f3c2a7b5d1e4f60a8b7c6d5e4f3a2b1',
		description:
			'The taskId that Generate output (Chanjing keeps no list of speech tasks to pick from)',
	},
	...completionFields({ output: 'audio', downloadNeedsWait: false }),
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['speech'], operation: ['get'] } },
	properties,
);
