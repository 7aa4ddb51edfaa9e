'use strict';
/**
 * Checks of request bodies as Chanjing's documentation page implies. Each returns null when the body is valid, or
 * an ApiError to answer with.
 */
const { ApiError, CODES, MESSAGES } = require('./envelope');
const { TYPE_VIDEO } = require('./tasks');

const MODEL_CODE = 'MiniMax-Hailuo-02';
const MAX_PAGE_SIZE = 50;
const MAX_UNIQUE_IDS = 50;

const param = (msg) => new ApiError(CODES.PARAM_ERROR, msg);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
const optional = (v, test) => v === undefined || v === null || test(v);
const isStringArray = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** @param {unknown} body */
function validateSubmit(body) {
	if (!isObject(body)) return new ApiError(CODES.BAD_FORMAT, MESSAGES.BAD_FORMAT);
	if (typeof body.ref_prompt !== 'string' || body.ref_prompt.trim() === '')
		return param('ref_prompt 不能为空');
	if (body.model_code !== MODEL_CODE) return param('模型不存在');
	if (body.creation_type !== TYPE_VIDEO) return param('creation_type 参数错误,视频生成为 4');
	if (!isInt(body.video_duration)) return param('video_duration 参数错误,须为整数');
	if (!optional(body.clarity, isInt)) return param('clarity 参数错误,须为整数');
	for (const f of ['start_frame', 'end_frame', 'callback']) {
		if (!optional(body[f], (v) => typeof v === 'string')) return param(`${f} 参数错误,须为字符串`);
	}
	if (!optional(body.ref_img_url, isStringArray))
		return param('ref_img_url 参数错误,须为字符串数组');
	return null;
}

/** @param {unknown} body */
function validatePage(body) {
	if (!isObject(body)) return new ApiError(CODES.BAD_FORMAT, MESSAGES.BAD_FORMAT);
	if (!optional(body.unique_ids, isStringArray)) return param('unique_ids 参数错误,须为字符串数组');
	if ((body.unique_ids || []).length > MAX_UNIQUE_IDS)
		return param(`unique_ids 最多 ${MAX_UNIQUE_IDS} 个`);
	if (!optional(body.page, (v) => isInt(v) && v >= 1)) return param('page 参数错误');
	if (!optional(body.page_size, (v) => isInt(v) && v >= 1)) return param('page_size 参数错误');
	if ((body.page_size || 0) > MAX_PAGE_SIZE) return param(`page_size 最大为 ${MAX_PAGE_SIZE}`);
	if (!optional(body.type, isInt)) return param('type 参数错误');
	if (!optional(body.is_success, (v) => typeof v === 'boolean'))
		return param('is_success 参数错误');
	return null;
}

module.exports = { validateSubmit, validatePage, MODEL_CODE, MAX_PAGE_SIZE };
