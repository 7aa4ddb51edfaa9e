import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../fields/completionFields';
import { onVersion } from '../fields/versions';
import { MAX_CREATION_IDS } from './paths';

/** Get Many's Limit when none is set (n8n's lint wants the field's default written as 50). */
export const DEFAULT_LIST_LIMIT = 50;

/** Get Many of a resource: Return All / Limit, filters, and (version 2) Simplify. */
export function listFields(resource: 'video' | 'image'): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: ['getAll'] } }, [
		...properties(resource),
		...onVersion(2, [simplifyField]),
	]);
}

const properties = (resource: 'video' | 'image'): INodeProperties[] => [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Creation IDs',
				name: 'creationIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. a60747d7-…, 5b1c…',
				description: `Only these tasks: comma-separated creation IDs (at most ${MAX_CREATION_IDS})`,
			},
			{
				displayName: 'Only Successful',
				name: 'onlySuccessful',
				type: 'boolean',
				default: false,
				description: `Whether to return only tasks whose ${resource === 'video' ? 'video is' : 'images are'} ready`,
			},
		],
	},
];
