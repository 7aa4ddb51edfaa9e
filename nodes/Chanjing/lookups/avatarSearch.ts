import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import {
	type Avatar,
	type CustomAvatar,
	figureTypeName,
	genderName,
	type PublicAvatar,
	offers4k,
	toCustomAvatar,
	toPublicAvatar,
} from './avatars';
import { customAvatarList, publicAvatarList } from './lists';
import { searchLists, type SearchSource } from './listSearch';
import { AVATAR_SOURCES } from './paths';

/**
 * An avatar as the picker names it: "带货主播小芸 · Female · Whole Body, Sitting, Circle · 4K"
 * (public) or "My presenter · Custom · 4K" (custom). n8n's dropdown shows about 50 characters, so
 * the name comes first; the figures say which Figure Type the avatar offers.
 */
export function avatarName(avatar: Avatar): string {
	const parts =
		avatar.kind === 'public'
			? [
					avatar.name,
					genderName(avatar.gender),
					avatar.figures.map((figure) => figureTypeName(figure.type)).join(', '),
				]
			: [avatar.name, avatar.source === 1 ? 'Custom (Website)' : 'Custom'];
	if (offers4k(avatar)) parts.push('4K');
	return parts.filter((part) => part !== '').join(' · ');
}

function toItem(avatar: Avatar): INodeListSearchItems {
	const preview =
		avatar.kind === 'public'
			? (avatar.figures[0]?.previewUrl ?? avatar.figures[0]?.coverUrl)
			: (avatar.previewUrl ?? avatar.coverUrl);
	return { name: avatarName(avatar), value: avatar.id, ...(preview ? { url: preview } : {}) };
}

const publicSource: SearchSource = {
	list: publicAvatarList(),
	toItems: (entries: IDataObject[]) =>
		entries
			.map(toPublicAvatar)
			.filter((avatar): avatar is PublicAvatar => avatar !== undefined)
			.map(toItem),
};

/** Custom avatars that can drive a video now (ready, not disabled). */
const customSources: SearchSource[] = AVATAR_SOURCES.map((source) => ({
	list: customAvatarList(source),
	toItems: (entries: IDataObject[]) =>
		entries
			.map((raw) => toCustomAvatar(raw, source))
			.filter((avatar): avatar is CustomAvatar => avatar?.usable === true)
			.map(toItem),
}));

/** The Avatar picker: Chanjing's public avatars, then the account's custom avatars that are ready. */
export async function searchAvatars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchLists(this, [publicSource, ...customSources], filter, paginationToken);
}
