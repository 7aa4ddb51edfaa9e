import type { INodeProperties } from 'n8n-workflow';

/** Get's Video ID: picked from the account's lip-sync videos, or given by ID. */
export function lipSyncVideoIdLocator(description: string): INodeProperties {
	return {
		displayName: 'Video ID',
		name: 'videoId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a lip-sync video…',
				typeOptions: { searchListMethod: 'searchLipSyncVideos', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 5f0c9a1b2c3d4e5f60718293a4b5c6d7',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,127}\\s*$',
							errorMessage: 'A video ID has letters, digits, "-" and "_" only',
						},
					},
				],
			},
		],
	};
}
