import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { type CustomAvatar, toCustomAvatar } from '../lookups/avatars';
import { customAvatarList } from '../lookups/lists';
import { searchLists, type SearchSource } from '../lookups/listSearch';
import { AVATAR_SOURCES } from '../lookups/paths';
import { capitalized } from '../lookups/records';

/** A custom avatar as the Avatar ID picker names it: "My presenter · Training · Website". */
export function customAvatarName(avatar: CustomAvatar): string {
	return [avatar.name, capitalized(avatar.status), avatar.source === 1 ? 'Website' : '']
		.filter((part) => part !== '')
		.join(' · ');
}

const sources: SearchSource[] = AVATAR_SOURCES.map((source) => ({
	list: customAvatarList(source),
	toItems: (entries: IDataObject[]): INodeListSearchItems[] =>
		entries
			.map((raw) => toCustomAvatar(raw, source))
			.filter((avatar): avatar is CustomAvatar => avatar !== undefined)
			.map((avatar) => ({
				name: customAvatarName(avatar),
				value: avatar.id,
				...(avatar.previewUrl ? { url: avatar.previewUrl } : {}),
			})),
}));

/** The Avatar ID picker of Get and Delete: every custom avatar, made on the API or the website, whatever its state. */
export async function searchCustomAvatars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchLists(this, sources, filter, paginationToken);
}
