import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ChanjingResource } from '../fields/resource';
import { chanjingRoute } from '../routing/route';
import { avatarListing, avatarTypeFields } from '../lookups/avatarListing';
import { lookupGetManyHooks, lookupListFields } from '../lookups/getMany';
import { PUBLIC_AVATARS_PATH } from '../lookups/paths';
import { searchAvatars } from '../lookups/avatarSearch';
import { getAvatarTags } from '../lookups/tags';

const getMany = lookupGetManyHooks(avatarListing);

const avatarOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many avatars',
		description:
			"List Chanjing's public avatars (digital humans), filtered by tags, or your custom avatars: the avatarId, figure types and voiceId that Avatar Video → Create takes",
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

/** Avatar: Chanjing's digital humans, public and the account's own. */
export const avatarResource: ChanjingResource = {
	name: 'Avatar',
	value: 'avatar',
	properties: [
		avatarOperations,
		...updateDisplayOptions({ show: { resource: ['avatar'], operation: ['getAll'] } }, [
			...avatarTypeFields,
			...lookupListFields,
		]),
	],
	listSearch: { searchAvatars },
	loadOptions: { getAvatarTags },
};
