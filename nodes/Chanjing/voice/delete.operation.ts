import { updateDisplayOptions } from 'n8n-workflow';

import { voiceIdLocator } from './voiceIdLocator';

export const description = updateDisplayOptions(
	{ show: { resource: ['voice'], operation: ['delete'] } },
	[
		voiceIdLocator(
			'The cloned voice to delete, permanently; an empty ID deletes nothing and sends nothing',
		),
	],
);
