import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { voiceIdLocator } from './voiceIdLocator';
import { voiceWaitFields } from './waitFields';

const properties: INodeProperties[] = [
	voiceIdLocator('The cloned voice to get: the voiceId that Clone output'),
	...voiceWaitFields(false),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['voice'], operation: ['get'] } },
	properties,
);
