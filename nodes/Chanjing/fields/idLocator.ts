import type { INodeProperties } from 'n8n-workflow';

/** From version 2: Get's Creation ID, picked from the newest tasks or given by ID. */
export function creationIdLocator(kind: 'video' | 'image'): INodeProperties {
	return {
		displayName: 'Creation ID',
		name: 'creationId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The task to get: the creation ID that Generate output',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: kind === 'image' ? 'Select an image task…' : 'Select a video task…',
				typeOptions: {
					searchListMethod: kind === 'video' ? 'searchVideoTasks' : 'searchImageTasks',
					searchable: true,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. a60747d7-dc05-4afc-b2ef-ee4370ed53c6',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,127}\\s*$',
							errorMessage: 'A creation ID has letters, digits, "-" and "_" only',
						},
					},
				],
			},
		],
		routing: { send: { type: 'query', property: 'unique_id' } },
	};
}
