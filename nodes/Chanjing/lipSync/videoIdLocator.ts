import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../fields/idLocator';

/** Get's Video ID: picked from the account's lip-sync videos, or given by ID. */
export function lipSyncVideoIdLocator(description: string): INodeProperties {
	return idLocator(
		{
			name: 'videoId',
			displayName: 'Video ID',
			anId: 'A video ID',
			searchListMethod: 'searchLipSyncVideos',
			listPlaceholder: 'Select a lip-sync video…',
			idPlaceholder: 'e.g. 5f0c9a1b2c3d4e5f60718293a4b5c6d7',
		},
		description,
	);
}
