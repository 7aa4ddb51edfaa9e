import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionOptions } from './completionOptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Creation ID',
		name: 'creationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. a60747d7-dc05-4afc-b2ef-ee4370ed53c6',
		description: 'The creation ID that Generate output',
		routing: { send: { type: 'query', property: 'unique_id' } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: completionOptions,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['get'] } },
	properties,
);
