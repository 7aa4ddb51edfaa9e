import type { IDataObject } from 'n8n-workflow';

import type { PagedList } from './listPages';
import {
	type AvatarSource,
	CLONED_VOICES_PATH,
	CUSTOM_AVATARS_PATH,
	PUBLIC_AVATARS_PATH,
	PUBLIC_VOICES_PATH,
} from './paths';

/**
 * The lookup lists' requests, as Chanjing's own scripts send them: list_common_dp and
 * list_common_audio take `page` and `size` in the query (VC list_figures, TTS list_voices), the
 * account's lists a JSON body with `page` and `page_size` (VC list_figures, SPEC).
 */

/** Public avatars; `tagIds` (sub-tag IDs of tag_list) keeps those that carry every one. */
export function publicAvatarList(tagIds: number[] = []): PagedList {
	return {
		name: 'public avatar',
		request: (page, size) => ({
			method: 'GET',
			url: PUBLIC_AVATARS_PATH,
			qs: { page, size, ...(tagIds.length ? { tag_ids: tagIds.join(',') } : {}) },
		}),
	};
}

/** Custom avatars made through the API (`source` 0, Chanjing's default: not sent) or on the website (1). */
export function customAvatarList(source: AvatarSource): PagedList & { source: AvatarSource } {
	return {
		source,
		name: source === 0 ? 'custom avatar' : 'custom avatar (made on the website)',
		request: (page, size) => ({
			method: 'POST',
			url: CUSTOM_AVATARS_PATH,
			body: { page, page_size: size, ...(source === 0 ? {} : { source }) } as IDataObject,
		}),
	};
}

export const publicVoiceList: PagedList = {
	name: 'public voice',
	request: (page, size) => ({ method: 'GET', url: PUBLIC_VOICES_PATH, qs: { page, size } }),
};

export const clonedVoiceList: PagedList = {
	name: 'cloned voice',
	request: (page, size) => ({
		method: 'POST',
		url: CLONED_VOICES_PATH,
		body: { page, page_size: size },
	}),
};
