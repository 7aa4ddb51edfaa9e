import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { clonedVoiceList } from '../lookups/lists';
import { searchLists } from '../lookups/listSearch';
import { capitalized } from '../lookups/records';
import { languageName, toClonedVoice, type Voice } from '../lookups/voices';

/** A cloned voice as the Voice ID picker names it: "My narrator · Ready · Chinese · cicada3.0-turbo". */
export function clonedVoiceName(voice: Voice): string {
	return [voice.name, capitalized(voice.status), languageName(voice.language), voice.description]
		.filter((part) => part !== '')
		.join(' · ');
}

/** The Voice ID picker of Get and Delete: every cloned voice of the account, whatever its state. */
export async function searchClonedVoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const toItems = (entries: IDataObject[]): INodeListSearchItems[] =>
		entries
			.map(toClonedVoice)
			.filter((voice): voice is Voice => voice !== undefined)
			.map((voice) => ({
				name: clonedVoiceName(voice),
				value: voice.id,
				...(voice.sampleUrl ? { url: voice.sampleUrl } : {}),
			}));
	return await searchLists(this, [{ list: clonedVoiceList, toItems }], filter, paginationToken);
}
