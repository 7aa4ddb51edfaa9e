import { updateDisplayOptions } from 'n8n-workflow';

import { videoIdLocator } from './videoIdLocator';

export const description = updateDisplayOptions(
	{ show: { resource: ['avatarVideo'], operation: ['delete'] } },
	[videoIdLocator('The avatar video to delete from your Chanjing account')],
);
