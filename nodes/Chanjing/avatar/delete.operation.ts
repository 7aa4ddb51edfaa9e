import { updateDisplayOptions } from 'n8n-workflow';

import { avatarIdLocator } from './avatarIdLocator';

export const description = updateDisplayOptions(
	{ show: { resource: ['avatar'], operation: ['delete'] } },
	[
		avatarIdLocator(
			'The custom avatar to delete, permanently; an empty ID deletes nothing and sends nothing',
		),
	],
);
