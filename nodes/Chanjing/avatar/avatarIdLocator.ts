import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../fields/idLocator';

/** Get's and Delete's Avatar ID: picked from the account's custom avatars, or given by ID. */
export function avatarIdLocator(description: string): INodeProperties {
	return idLocator(
		{
			name: 'avatarId',
			displayName: 'Avatar ID',
			anId: 'An avatar ID',
			searchListMethod: 'searchCustomAvatars',
			listPlaceholder: 'Select a custom avatar…',
			idPlaceholder: 'e.g. C-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		},
		description,
	);
}
