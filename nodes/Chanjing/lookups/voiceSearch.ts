import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { findAvatar } from './catalogue';
import { clonedVoiceList, publicVoiceList } from './lists';
import { searchLists, type SearchSource } from './listSearch';
import { genderName } from './avatars';
import { languageName, toClonedVoice, toPublicVoice, type Voice } from './voices';

/** A voice as the picker names it: "温柔小芸 · Female · Chinese", "My narrator · Cloned". */
export function voiceName(voice: Voice): string {
	const parts =
		voice.kind === 'public'
			? [voice.name, genderName(voice.gender), languageName(voice.language)]
			: [voice.name, 'Cloned', languageName(voice.language)];
	return parts.filter((part) => part !== '').join(' · ');
}

function toItems(entries: IDataObject[], read: typeof toPublicVoice): INodeListSearchItems[] {
	return entries
		.map(read)
		.filter((voice): voice is Voice => voice?.status === 'ready')
		.map((voice) => ({
			name: voiceName(voice),
			value: voice.id,
			...(voice.sampleUrl ? { url: voice.sampleUrl } : {}),
		}));
}

const SOURCES: SearchSource[] = [
	{ list: publicVoiceList, toItems: (entries) => toItems(entries, toPublicVoice) },
	{ list: clonedVoiceList, toItems: (entries) => toItems(entries, toClonedVoice) },
];

/** The ID of the Avatar chosen on an Avatar Video panel, when it is one (not an expression). */
function chosenAvatarId(ctx: ILoadOptionsFunctions): string | undefined {
	let value: unknown;
	try {
		// n8n keeps a hidden field's value when the resource changes: only Avatar Video has an avatar
		if (ctx.getCurrentNodeParameter('resource') !== 'avatarVideo') return undefined;
		value = ctx.getCurrentNodeParameter('avatar');
	} catch {
		return undefined;
	}
	const id = typeof value === 'object' && value !== null ? (value as IDataObject).value : value;
	return typeof id === 'string' && id.trim() !== '' && !id.startsWith('=') ? id.trim() : undefined;
}

/** "Avatar's Voice: 温柔小芸 (带货主播小芸)": the voice Chanjing advises for the avatar, listed first. */
async function avatarVoice(ctx: ILoadOptionsFunctions): Promise<INodeListSearchItems[]> {
	const id = chosenAvatarId(ctx);
	if (!id) return [];
	const { avatar } = await findAvatar(ctx, id);
	if (!avatar?.voiceId) return [];
	const voiceName = avatar.kind === 'public' && avatar.voiceName ? `${avatar.voiceName} ` : '';
	return [{ name: `Avatar's Voice: ${voiceName}(${avatar.name})`, value: avatar.voiceId }];
}

/**
 * The Voice picker: the chosen avatar's own voice first (Avatar Video), then Chanjing's public
 * voices, then the account's cloned voices that are ready.
 */
export async function searchVoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const first = paginationToken ? [] : await avatarVoice(this);
	return await searchLists(this, SOURCES, filter, paginationToken, first);
}
