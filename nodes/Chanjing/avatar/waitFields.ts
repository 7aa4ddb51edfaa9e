import type { INodeProperties } from 'n8n-workflow';

import { simplifyField, waitSettingFields } from '../fields/completionFields';
import { DEFAULT_AVATAR_WAIT_MINUTES } from './paths';

const WHEN_WAITING = { show: { waitForCompletion: [true] } };

/**
 * Waiting for a custom avatar (no file to download: the avatar ID is what training delivers).
 * Off by default, as training takes up to half an hour; Max Wait is 30 minutes by default.
 */
export const avatarWaitFields: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to output the item only when the avatar is trained or has failed (all items wait at the same time; training takes up to half an hour)',
	},
	...waitSettingFields.map((field) => ({
		...field,
		...(field.name === 'maxWaitMinutes' ? { default: DEFAULT_AVATAR_WAIT_MINUTES } : {}),
		displayOptions: WHEN_WAITING,
	})),
	simplifyField,
];
