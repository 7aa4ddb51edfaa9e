import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { completionFields, simplifyField } from '../fields/completionFields';
import { creationIdLocator } from '../fields/idLocator';

const properties: INodeProperties[] = [
	creationIdLocator('image'),
	...completionFields({ output: 'images', downloadNeedsWait: false }),
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['image'], operation: ['get'] } },
	properties,
);
