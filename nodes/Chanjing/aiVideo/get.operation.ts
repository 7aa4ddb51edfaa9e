import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';
import { creationIdLocator } from '../fields/idLocator';
import { onVersion, optionsCollection } from '../fields/versions';
import { completionOptions } from './completionOptions';

const properties: INodeProperties[] = [
	...onVersion(1, [
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
		optionsCollection(completionOptions),
	]),
	...onVersion(2, [
		creationIdLocator('video'),
		...completionFields({ output: 'video', downloadNeedsWait: false }),
		simplifyField,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['get'] } },
	properties,
);
