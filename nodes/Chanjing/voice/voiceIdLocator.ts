import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../fields/idLocator';

/** Get's and Delete's Voice ID: picked from the account's cloned voices, or given by ID. */
export function voiceIdLocator(description: string): INodeProperties {
	return idLocator(
		{
			name: 'voiceId',
			displayName: 'Voice ID',
			anId: 'A voice ID',
			searchListMethod: 'searchClonedVoices',
			listPlaceholder: 'Select a cloned voice…',
			idPlaceholder: 'e.g. C-Audio-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		},
		description,
	);
}
