'use strict';
/**
 * Small checks shared by the product routes (avatar video, speech, lip sync, custom avatars,
 * voice clones). A check that fails throws an ApiError 40000 whose `msg` names the field in
 * Chinese, as Chanjing's answers do (`<field> 不能为空`, `<field> 参数错误,…`).
 */
const { ApiError, CODES, MESSAGES } = require('./envelope');

const param = (msg) => new ApiError(CODES.PARAM_ERROR, msg);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
const given = (v) => v !== undefined && v !== null;
const isNonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** A JSON object body, else 400 (the envelope's "parameter format" code). @param {unknown} body */
function objectBody(body) {
	if (!isObject(body)) throw new ApiError(CODES.BAD_FORMAT, MESSAGES.BAD_FORMAT);
	return body;
}

/** @param {unknown} v @param {string} field */
function requiredString(v, field) {
	if (!given(v) || v === '') throw param(`${field} 不能为空`);
	if (!isNonEmptyString(v)) throw param(`${field} 参数错误,须为字符串`);
	return /** @type {string} */ (v).trim();
}

/** @param {unknown} v @param {string} field */
function optionalString(v, field) {
	if (given(v) && typeof v !== 'string') throw param(`${field} 参数错误,须为字符串`);
}

/** @param {unknown} v @param {string} field */
function optionalBool(v, field) {
	if (given(v) && typeof v !== 'boolean') throw param(`${field} 参数错误,须为布尔值`);
}

/**
 * An integer in [min, max] when given.
 * @param {unknown} v @param {string} field @param {number} [min] @param {number} [max]
 */
function optionalInt(v, field, min = -Infinity, max = Infinity) {
	if (!given(v)) return;
	if (!isInt(v)) throw param(`${field} 参数错误,须为整数`);
	if (v >= min && v <= max) return;
	if (max === Infinity) throw param(`${field} 参数错误,须 ≥ ${min}`);
	if (min === -Infinity) throw param(`${field} 参数错误,须 ≤ ${max}`);
	throw param(`${field} 参数错误,取值范围 ${min}-${max}`);
}

/**
 * A number in [min, max] when given.
 * @param {unknown} v @param {string} field @param {number} min @param {number} max
 */
function optionalNumber(v, field, min, max) {
	if (!given(v)) return;
	if (typeof v !== 'number' || !Number.isFinite(v)) throw param(`${field} 参数错误,须为数字`);
	if (v < min || v > max) throw param(`${field} 参数错误,取值范围 ${min}-${max}`);
}

/** One of `values` when given. @param {unknown} v @param {string} field @param {readonly unknown[]} values */
function optionalOneOf(v, field, values) {
	if (given(v) && !values.includes(v))
		throw param(`${field} 参数错误,支持 ${values.map((x) => (x === '' ? '""' : x)).join('、')}`);
}

/** `#RRGGBB` when given. @param {unknown} v @param {string} field */
function optionalColor(v, field) {
	if (given(v) && !(typeof v === 'string' && COLOR.test(v)))
		throw param(`${field} 参数错误,须为 #RRGGBB 格式`);
}

/** @param {unknown} v */
function isHttpUrl(v) {
	if (typeof v !== 'string') return false;
	try {
		const u = new URL(v);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/** An http(s) URL when given. @param {unknown} v @param {string} field */
function optionalUrl(v, field) {
	if (given(v) && v !== '' && !isHttpUrl(v)) throw param(`${field} 参数错误,须为 http(s) 链接`);
}

/** Page and page size of a list request (body or query), with defaults. */
function pageOf(page, size, sizeField = 'page_size', defaultSize = 10) {
	const p = given(page) && page !== '' ? Number(page) : 1;
	const s = given(size) && size !== '' ? Number(size) : defaultSize;
	if (!Number.isInteger(p) || p < 1) throw param('page 参数错误,须为正整数');
	if (!Number.isInteger(s) || s < 1) throw param(`${sizeField} 参数错误,须为正整数`);
	return { page: p, size: s };
}

/** One page of `items` and its pager `{page, size, total_count, total_page}`. */
function paged(items, { page, size }) {
	return {
		list: items.slice((page - 1) * size, page * size),
		pageInfo: {
			page,
			size,
			total_count: items.length,
			total_page: Math.ceil(items.length / size),
		},
	};
}

/**
 * A list answer with its pager under `pagerKey`: `{list, page_info}` (every list the official
 * skills read), `{list, pageInfo}` (SPEC for video_list and video_lip_sync/list) or
 * `{List, PageInfo}` (MCL and EL for video_list) — catalogue D6.
 * @param {{list: unknown[], pageInfo: object}} page
 * @param {'page_info'|'pageInfo'|'PageInfo'} [pagerKey]
 */
function pagerAnswer(page, pagerKey = 'page_info') {
	if (pagerKey === 'PageInfo') return { List: page.list, PageInfo: page.pageInfo };
	return { list: page.list, [pagerKey]: page.pageInfo };
}

/** Whether `value` (a string, or strings in an array) contains `marker`, also URL-encoded. */
function hasMarker(value, marker) {
	if (Array.isArray(value)) return value.some((v) => hasMarker(v, marker));
	if (typeof value !== 'string') return false;
	if (value.includes(marker)) return true;
	try {
		return decodeURIComponent(value).includes(marker);
	} catch {
		return false;
	}
}

module.exports = {
	param,
	isObject,
	isInt,
	given,
	isNonEmptyString,
	isHttpUrl,
	objectBody,
	requiredString,
	optionalString,
	optionalBool,
	optionalInt,
	optionalNumber,
	optionalOneOf,
	optionalColor,
	optionalUrl,
	pageOf,
	paged,
	pagerAnswer,
	hasMarker,
};
