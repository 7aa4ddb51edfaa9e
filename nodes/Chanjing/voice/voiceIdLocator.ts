import type { INodeProperties } from 'n8n-workflow';

/** Get's and Delete's Voice ID: picked from the account's cloned voices, or given by ID. */
export function voiceIdLocator(description: string): INodeProperties {
	return {
		displayName: 'Voice ID',
		name: 'voiceId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a cloned voice…',
				typeOptions: { searchListMethod: 'searchClonedVoices', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. C-Audio-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,127}\\s*$',
							errorMessage: 'A voice ID has letters, digits, "-" and "_" only',
						},
					},
				],
			},
		],
	};
}
