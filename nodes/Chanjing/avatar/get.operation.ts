import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { avatarIdLocator } from './avatarIdLocator';
import { avatarWaitFields } from './waitFields';

const properties: INodeProperties[] = [
	avatarIdLocator('The custom avatar to get: the avatarId that Create Custom Avatar output'),
	...avatarWaitFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['avatar'], operation: ['get'] } },
	properties,
);
