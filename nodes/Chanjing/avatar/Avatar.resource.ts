import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { explainForModel } from '../completion/agentAnswer';
import { completeTask } from '../completion/complete';
import type { ChanjingResource } from '../fields/resource';
import { avatarListing, avatarTypeFields } from '../lookups/avatarListing';
import { searchAvatars } from '../lookups/avatarSearch';
import { lookupGetManyHooks, lookupListFields } from '../lookups/getMany';
import { PUBLIC_AVATARS_PATH } from '../lookups/paths';
import { getAvatarTags } from '../lookups/tags';
import { chanjingRoute } from '../routing/route';
import { toCreationResult } from '../submit/creationResult';
import { submitOnce } from '../submit/submitOnce';
import { customAvatarAdapter } from './adapter';
import {
	avatarIdBody,
	avatarIdQuery,
	nothingToDelete,
	toCustomAvatarResult,
	toDeletedAvatar,
} from './avatarIdHooks';
import * as create from './create.operation';
import { prepareCustomAvatar } from './createBody';
import { searchCustomAvatars } from './customAvatarSearch';
import * as del from './delete.operation';
import * as get from './get.operation';
import { CREATE_CUSTOM_AVATAR_PATH, CUSTOM_AVATAR_PATH, DELETE_CUSTOM_AVATAR_PATH } from './paths';

const getMany = lookupGetManyHooks(avatarListing);

const avatarOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Create Custom Avatar',
		value: 'createCustom',
		action: 'Create custom avatar',
		description:
			'Train a digital human of a person from a video of them (binary or URL; MP4, MOV or WebM, at most 5 minutes), with their voice or without: the avatarId (and voiceId) that Avatar Video → Create takes; training takes up to half an hour and each avatar uses your Chanjing quota',
		routing: chanjingRoute(
			{ method: 'POST', url: CREATE_CUSTOM_AVATAR_PATH },
			{
				preSend: [prepareCustomAvatar],
				postReceive: [toCreationResult(customAvatarAdapter)],
				// A create is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(customAvatarAdapter),
				after: [
					completeTask(customAvatarAdapter, { downloadNeedsWait: true }),
					explainForModel(customAvatarAdapter),
				],
			},
		),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete custom avatar',
		description:
			'Permanently delete a custom avatar from your Chanjing account by its avatar ID (it can no longer make videos; this cannot be undone). An empty ID deletes nothing.',
		routing: chanjingRoute(
			{ method: 'POST', url: DELETE_CUSTOM_AVATAR_PATH },
			{ withoutRequest: nothingToDelete, preSend: [avatarIdBody], postReceive: [toDeletedAvatar] },
		),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get custom avatar',
		description:
			'Get a custom avatar by its avatar ID: status (training, ready, failed with the reason), progress, its voice, preview and cover, optionally waiting until it is trained',
		routing: chanjingRoute(
			{ method: 'GET', url: CUSTOM_AVATAR_PATH },
			{
				preSend: [avatarIdQuery],
				postReceive: [toCustomAvatarResult],
				after: [
					completeTask(customAvatarAdapter, { downloadNeedsWait: false }),
					explainForModel(customAvatarAdapter),
				],
			},
		),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many avatars',
		description:
			"List Chanjing's public avatars (digital humans), filtered by tags, or your custom avatars made through the API and on the website: the avatarId, figure types and voiceId that Avatar Video → Create takes",
		routing: chanjingRoute(
			{ method: 'GET', url: PUBLIC_AVATARS_PATH },
			{ preSend: [getMany.preSend], postReceive: [getMany.postReceive] },
		),
	},
];

const avatarOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['avatar'] } },
	options: avatarOperationOptions,
	default: 'getAll',
};

/** Avatar: Chanjing's digital humans, public and the account's own (定制数字人). */
export const avatarResource: ChanjingResource = {
	name: 'Avatar',
	value: 'avatar',
	properties: [
		avatarOperations,
		...create.description,
		...get.description,
		...updateDisplayOptions({ show: { resource: ['avatar'], operation: ['getAll'] } }, [
			...avatarTypeFields,
			...lookupListFields,
		]),
		...del.description,
	],
	listSearch: { searchAvatars, searchCustomAvatars },
	loadOptions: { getAvatarTags },
};
