'use strict';
/**
 * The lookups (catalogue 3.4 and 6), the same for every account:
 *   GET /open/v1/list_common_dp?page=&size=&tag_ids=&source= -> {list, page_info} (60 avatars)
 *   GET /open/v1/common/tag_list?business_type=            -> {list} (categories with tag_list)
 *   GET /open/v1/font_list                                  -> [{id, name, preview, ttf_path}]
 *   GET /open/v1/list_common_audio?page=&size=              -> {list, page_info} (98 voices)
 * `tag_ids` and `business_type` take CSV or repeated keys; several tag ids are ANDed, several
 * business types give the union [VC, SPEC].
 */
const c = require('./checks');
const {
	TAG_LIST,
	PUBLIC_AVATARS,
	PUBLIC_VOICES,
	FONTS,
	avatarItem,
	voiceItem,
	fontItem,
} = require('./catalogue');

/** The integers of a CSV-or-repeated query key; throws 40000 naming `field` on anything else. */
function intList(ctx, field) {
	const raw = (ctx.queryAll ? ctx.queryAll(field) : [ctx.query[field]])
		.filter((v) => v !== undefined)
		.flatMap((v) => String(v).split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
	if (!raw.every((v) => /^\d+$/.test(v)))
		throw c.param(`${field} 参数错误,须为整数,多个以逗号分隔`);
	return raw.map(Number);
}

/** A GET's page and size from the query (or, as the TTS skill's text shows, a JSON body). */
function queryPage(ctx) {
	const b = c.isObject(ctx.body) ? ctx.body : {};
	return c.pageOf(ctx.query.page ?? b.page, ctx.query.size ?? b.size, 'size');
}

/** @type {import('./api-routes').Handler} */
function listCommonDp(sim, ctx) {
	const pg = queryPage(ctx);
	const tags = intList(ctx, 'tag_ids');
	if (c.given(ctx.query.source) && ctx.query.source !== '' && !/^\d+$/.test(ctx.query.source))
		throw c.param('source 参数错误,须为整数');
	const base = sim.baseUrl();
	const items = PUBLIC_AVATARS.filter((a) => tags.every((t) => a.tagIds.includes(t))).map((a) =>
		avatarItem(a, base),
	);
	return c.pagerAnswer(c.paged(items, pg));
}

/** @type {import('./api-routes').Handler} */
function tagList(_sim, ctx) {
	const types = intList(ctx, 'business_type');
	return {
		list: structuredClone(
			TAG_LIST.filter((t) => types.length === 0 || types.includes(t.business_type)),
		),
	};
}

/** @type {import('./api-routes').Handler} */
function fontList(sim) {
	const base = sim.baseUrl();
	return FONTS.map((f) => fontItem(f, base));
}

/** @type {import('./api-routes').Handler} */
function listCommonAudio(sim, ctx) {
	const pg = queryPage(ctx);
	const base = sim.baseUrl();
	return c.pagerAnswer(
		c.paged(
			PUBLIC_VOICES.map((v) => voiceItem(v, base)),
			pg,
		),
	);
}

const ROUTES = {
	'GET /open/v1/list_common_dp': { handler: listCommonDp, auth: true },
	'GET /open/v1/common/tag_list': { handler: tagList, auth: true },
	'GET /open/v1/font_list': { handler: fontList, auth: true },
	'GET /open/v1/list_common_audio': { handler: listCommonAudio, auth: true },
};

module.exports = { ROUTES };
