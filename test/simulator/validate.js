'use strict';
/**
 * Checks of request bodies as Chanjing's documentation pages state them (the models and their
 * rules are in models.js). Each returns null when the body is valid, or an ApiError to answer with.
 */
const { ApiError, CODES, MESSAGES } = require('./envelope');
const { TYPE_VIDEO, modelOf } = require('./models');

const MAX_PAGE_SIZE = 50;
const MAX_UNIQUE_IDS = 50;
const MIN_IMAGES = 1;
const MAX_IMAGES = 4;

const param = (msg) => new ApiError(CODES.PARAM_ERROR, msg);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
const given = (v) => v !== undefined && v !== null;
const optional = (v, test) => !given(v) || test(v);
const isStringArray = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
const listed = (values) => values.join('、');

/** @param {import('./models').ModelSpec} model @param {Record<string, any>} body */
function checkPrompt(model, body) {
	if (model && model.prompt === 'optional') {
		return optional(body.ref_prompt, (v) => typeof v === 'string')
			? null
			: param('ref_prompt 参数错误,须为字符串');
	}
	return isNonEmptyString(body.ref_prompt) ? null : param('ref_prompt 不能为空');
}

/** creation_type, then video_duration (video) or number_of_images (image). */
function checkKind(model, body) {
	if (model.type === TYPE_VIDEO) {
		if (body.creation_type !== TYPE_VIDEO) return param('creation_type 参数错误,视频生成为 4');
		if (model.envelopeOnly) return null;
		return isInt(body.video_duration) ? null : param('video_duration 参数错误,须为整数');
	}
	if (body.creation_type !== model.type) return param('creation_type 参数错误,图片生成为 3');
	if (model.envelopeOnly) return null;
	const n = body.number_of_images;
	return isInt(n) && n >= MIN_IMAGES && n <= MAX_IMAGES
		? null
		: param(`number_of_images 参数错误,须为 ${MIN_IMAGES}-${MAX_IMAGES} 的整数`);
}

/** clarity, aspect_ratio and quality_mode, where the model's page states what is allowed. */
function checkSettings(model, body) {
	const { clarity } = model;
	if (clarity === 'int' && !optional(body.clarity, isInt))
		return param('clarity 参数错误,须为整数');
	if (Array.isArray(clarity) && !optional(body.clarity, (v) => clarity.includes(v)))
		return param(`clarity 参数错误,支持 ${listed(clarity)}`);
	const ratios = model.aspectRatios;
	if (ratios && !optional(body.aspect_ratio, (v) => ratios.includes(v)))
		return param(`aspect_ratio 参数错误,支持 ${listed(ratios)}`);
	const modes = model.qualityModes;
	if (modes && !optional(body.quality_mode, (v) => modes.includes(v)))
		return param(`quality_mode 参数错误,支持 ${listed(modes)}`);
	return null;
}

/** start_frame, end_frame, callback (strings) and ref_img_url (an array of strings, per model). */
function checkReferences(model, body) {
	for (const f of ['start_frame', 'end_frame', 'callback']) {
		if (!optional(body[f], (v) => typeof v === 'string')) return param(`${f} 参数错误,须为字符串`);
	}
	const refs = body.ref_img_url;
	if (
		model.refImages === 'unsupported' &&
		given(refs) &&
		!(Array.isArray(refs) && refs.length === 0)
	)
		return param(`${model.name} 为文生图模型,不支持 ref_img_url 参考图输入`);
	if (!optional(refs, isStringArray)) return param('ref_img_url 参数错误,须为字符串数组');
	if (model.refImages === 'atMostOne' && given(refs) && refs.length > 1)
		return param('ref_img_url 参数错误,只支持传 1 张');
	return null;
}

/** @param {unknown} body */
function validateSubmit(body) {
	if (!isObject(body)) return new ApiError(CODES.BAD_FORMAT, MESSAGES.BAD_FORMAT);
	const model = modelOf(body.model_code);
	const prompt = checkPrompt(model, body);
	if (prompt) return prompt;
	if (!model) return param('模型不存在');
	if (model.envelopeOnly) return checkKind(model, body);
	return checkKind(model, body) || checkSettings(model, body) || checkReferences(model, body);
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

module.exports = { validateSubmit, validatePage, MAX_PAGE_SIZE };
