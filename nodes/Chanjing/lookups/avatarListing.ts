import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { show } from '../input/checks';
import { badInputError } from '../input/problem';
import { toCustomAvatar, toPublicAvatar } from './avatars';
import type { LookupListing } from './getMany';
import { customAvatarList, publicAvatarList } from './lists';
import type { PagedList } from './listPages';
import { type AvatarSource } from './paths';
import { customAvatarOutput, publicAvatarOutput } from './outputs';

/** Get Many of avatars: public ones (Tags filter) or the account's custom ones (Made On). */

type MadeOn = 'both' | 'api' | 'website';

const SOURCES_MADE_ON: Record<MadeOn, AvatarSource[]> = {
	both: [0, 1],
	api: [0],
	website: [1],
};

/**
 * The Tags filter as whole numbers. A value that is no tag ID stops the item: dropping it
 * would list avatars the user did not ask for.
 */
function tagIdsOf(context: IExecuteSingleFunctions): number[] {
	const value = context.getNodeParameter('tagIds', []) as unknown;
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	const entries = list.map((id) => String(id).trim()).filter((id) => id !== '');
	const bad = entries.filter((id) => !/^[1-9]\d*$/.test(id));
	if (bad.length > 0) {
		throw badInputError(context, {
			field: 'Tag Names or IDs',
			message: `must be tag IDs, whole numbers above 0 (e.g. 101) chosen from the list or separated by commas; got ${bad.map(show).join(', ')}`,
		});
	}
	return entries.map(Number);
}

export const avatarListing: LookupListing = {
	lists(context: IExecuteSingleFunctions): PagedList[] {
		if (context.getNodeParameter('avatarType', 'public') === 'public') {
			return [publicAvatarList(tagIdsOf(context))];
		}
		const madeOn = context.getNodeParameter('madeOn', 'both') as MadeOn;
		return (SOURCES_MADE_ON[madeOn] ?? SOURCES_MADE_ON.both).map(customAvatarList);
	},
	simplified(raw: IDataObject, list: PagedList): IDataObject | undefined {
		if (!('source' in list)) {
			const avatar = toPublicAvatar(raw);
			return avatar && publicAvatarOutput(avatar);
		}
		const avatar = toCustomAvatar(raw, (list as { source: AvatarSource }).source);
		return avatar && customAvatarOutput(avatar);
	},
};

export const avatarTypeFields: INodeProperties[] = [
	{
		displayName: 'Avatar Type',
		name: 'avatarType',
		type: 'options',
		options: [
			{ name: 'Public', value: 'public', description: "Chanjing's avatars, open to every account" },
			{ name: 'Custom', value: 'custom', description: 'The avatars made for your account' },
		],
		default: 'public',
	},
	{
		displayName: 'Tag Names or IDs',
		name: 'tagIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAvatarTags' },
		default: [],
		description:
			'Only avatars that carry every one of these tags (industry, scene, style, age …). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { avatarType: ['public'] } },
	},
	{
		displayName: 'Made On',
		name: 'madeOn',
		type: 'options',
		options: [
			{ name: 'API and Website', value: 'both' },
			{ name: 'API', value: 'api', description: 'Custom avatars made through the Open API' },
			{
				name: 'Website',
				value: 'website',
				description: "Custom avatars made on Chanjing's website",
			},
		],
		default: 'both',
		description: 'Where the custom avatars were made (Chanjing lists the two apart)',
		displayOptions: { show: { avatarType: ['custom'] } },
	},
];
