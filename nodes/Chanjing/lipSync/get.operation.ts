import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';
import { lipSyncVideoIdLocator } from './videoIdLocator';

const properties: INodeProperties[] = [
	lipSyncVideoIdLocator('The lip-sync video to get: the videoId that Create output'),
	...completionFields({ output: 'video', downloadNeedsWait: false }),
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lipSync'], operation: ['get'] } },
	properties,
);
