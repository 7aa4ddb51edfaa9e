import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../fields/idLocator';

/** Get's and Delete's Video ID: picked from the account's avatar videos, or given by ID. */
export function videoIdLocator(description: string): INodeProperties {
	return idLocator(
		{
			name: 'videoId',
			displayName: 'Video ID',
			anId: 'A video ID',
			searchListMethod: 'searchAvatarVideos',
			listPlaceholder: 'Select an avatar video…',
			idPlaceholder: 'e.g. 5f0c9a1b2c3d4e5f60718293a4b5c6d7',
		},
		description,
	);
}
