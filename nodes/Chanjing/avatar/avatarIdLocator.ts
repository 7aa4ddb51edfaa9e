import type { INodeProperties } from 'n8n-workflow';

/** Get's and Delete's Avatar ID: picked from the account's custom avatars, or given by ID. */
export function avatarIdLocator(description: string): INodeProperties {
	return {
		displayName: 'Avatar ID',
		name: 'avatarId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a custom avatar…',
				typeOptions: { searchListMethod: 'searchCustomAvatars', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. C-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[A-Za-z0-9][A-Za-z0-9_-]{0,127}\\s*$',
							errorMessage: 'An avatar ID has letters, digits, "-" and "_" only',
						},
					},
				],
			},
		],
	};
}
