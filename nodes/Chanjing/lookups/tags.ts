import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { readListPage } from './listPages';
import { AVATAR_TAG_BUSINESS_TYPE, TAGS_PATH } from './paths';
import { objects, text, whole } from './records';

/**
 * tag_list: categories (`data.list[]`) with their sub-tags (`tag_list[]`); a sub-tag's `id` is
 * what list_common_dp's `tag_ids` takes (VC reference, SPEC).
 */
const avatarTagList = {
	name: 'avatar tag',
	request: () => ({
		method: 'GET' as const,
		url: TAGS_PATH,
		qs: { business_type: AVATAR_TAG_BUSINESS_TYPE },
	}),
};

/** The Tags filter of public avatars: "行业 · 电商带货", in Chanjing's order (category weight first). */
export async function getAvatarTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { entries } = await readListPage(this, avatarTagList, 1);
	const byWeight = (a: IDataObject, b: IDataObject) =>
		(whole(b.weight) || 0) - (whole(a.weight) || 0);
	return [...entries].sort(byWeight).flatMap((category) =>
		[...objects(category.tag_list)].sort(byWeight).flatMap((tag) => {
			const id = whole(tag.id);
			if (!Number.isFinite(id)) return [];
			const name = [text(category.name), text(tag.name)].filter(Boolean).join(' · ');
			return [{ name: name || String(id), value: id }];
		}),
	);
}
