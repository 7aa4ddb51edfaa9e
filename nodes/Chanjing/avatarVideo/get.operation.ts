import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';
import { videoIdLocator } from './videoIdLocator';

const properties: INodeProperties[] = [
	videoIdLocator('The avatar video to get: the videoId that Create output'),
	...completionFields({ output: 'video', downloadNeedsWait: false }),
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['avatarVideo'], operation: ['get'] } },
	properties,
);
