'use strict';
/**
 * The Chanjing Open API routes. A handler gets the simulator and the request context and
 * returns the envelope's `data`, or throws an ApiError for a non-zero code.
 */
const { ApiError, CODES } = require('./envelope');
const { validateSubmit, validatePage } = require('./validate');
const { progressAt, VIOLATION_MSG, TYPE_IMAGE } = require('./tasks');
const { hasMarker, isObject } = require('./checks');

/**
 * @typedef {object} ApiContext
 * @property {any} body parsed JSON body
 * @property {Record<string, string>} query
 * @property {number} nowMs
 */

/** @typedef {(sim: import('./simulator').Simulator, ctx: ApiContext) => unknown} Handler */

const DEFAULT_PAGE_SIZE = 10;
const FAIL_MARKER = '[fail]';
/** Prompt markers for issue 21's messages (README "Submit answers and task failures"). */
const MARKERS = Object.freeze({
	offline: '[offline]',
	noPoints: '[no-points]',
	sensitive: '[sensitive]',
	violation: '[violation]',
});
const SUBMIT_MESSAGES = Object.freeze({
	offline: '模型已下线',
	noPoints: '积分不足',
	sensitive: '提示词包含敏感词',
});

/** @type {Handler} */
function accessToken(sim, { body, nowMs }) {
	const b = body || {};
	const account = sim.config.accounts.find(
		(a) => a.appId === b.app_id && a.secretKey === b.secret_key,
	);
	if (!account) throw new ApiError(CODES.PARAM_ERROR, 'app_id 或 secret_key 无效');
	return sim.tokenStore.issue(account.appId, nowMs, sim.config.tokenTtlS);
}

/** @type {Handler} */
function submit(sim, { body, nowMs }) {
	const failure = sim.submitFailures;
	if (failure.count > 0) {
		failure.count--;
		throw new ApiError(failure.code, failure.msg);
	}
	const cfg = sim.config;
	const prompt = isObject(body) ? body.ref_prompt : undefined;
	if (
		isObject(body) &&
		(cfg.offlineModels.includes(body.model_code) || hasMarker(prompt, MARKERS.offline))
	)
		throw new ApiError(CODES.PARAM_ERROR, SUBMIT_MESSAGES.offline);
	const invalid = validateSubmit(body);
	if (invalid) throw invalid;
	if (
		hasMarker(prompt, MARKERS.sensitive) ||
		cfg.sensitiveWords.some((w) => w !== '' && hasMarker(prompt, w))
	)
		throw new ApiError(CODES.PARAM_ERROR, SUBMIT_MESSAGES.sensitive);
	if (hasMarker(prompt, MARKERS.noPoints))
		throw new ApiError(CODES.PARAM_ERROR, SUBMIT_MESSAGES.noPoints);
	if (cfg.creditsLeft <= 0) throw new ApiError(CODES.PARAM_ERROR, cfg.noCreditsMsg);
	const violation = hasMarker(prompt, MARKERS.violation);
	const willFail =
		violation ||
		hasMarker(prompt, FAIL_MARKER) ||
		(cfg.failRate > 0 && sim.faults.random() < cfg.failRate);
	if (Number.isFinite(cfg.creditsLeft)) cfg.creditsLeft--;
	const task = sim.taskStore.create(body, {
		nowMs,
		renderMs: cfg.renderMs,
		queuedFraction: cfg.queuedFraction,
		willFail,
		failMsg: violation ? VIOLATION_MSG : null,
		delivery: body.creation_type === TYPE_IMAGE ? cfg.imageDelivery : 'full',
	});
	return task.uniqueId;
}

/** @type {Handler} */
function taskDetail(sim, { query, nowMs }) {
	if (!query.unique_id) throw new ApiError(CODES.PARAM_ERROR, 'unique_id 不能为空');
	const task = sim.taskStore.get(query.unique_id);
	if (!task) throw new ApiError(CODES.PARAM_ERROR, '任务不存在');
	return sim.detail(task, nowMs);
}

/**
 * `type` keeps the tasks of that creation_type (3 image, 4 video); absent keeps all.
 * `is_success: true` keeps only `Success` tasks; false or absent keeps all.
 * @type {Handler}
 */
function taskPage(sim, { body, nowMs }) {
	const invalid = validatePage(body);
	if (invalid) throw invalid;
	const ids = body.unique_ids || [];
	const page = body.page || 1;
	const size = body.page_size || DEFAULT_PAGE_SIZE;
	const matching = sim.taskStore
		.all()
		.filter((t) => ids.length === 0 || ids.includes(t.uniqueId))
		.filter((t) => body.type === undefined || body.type === null || t.type === body.type)
		.filter((t) => !body.is_success || progressAt(t, nowMs) === 'Success');
	const list = matching.slice((page - 1) * size, page * size).map((t) => sim.detail(t, nowMs));
	return {
		list,
		total: matching.length,
		page_info: {
			page,
			size,
			total_count: matching.length,
			total_page: Math.ceil(matching.length / size),
		},
	};
}

/** @type {Record<string, {handler: Handler, auth: boolean}>} keyed by "METHOD path" */
const API_ROUTES = {
	'POST /open/v1/access_token': { handler: accessToken, auth: false },
	'POST /open/v1/ai_creation/task/submit': { handler: submit, auth: true, creates: true },
	'GET /open/v1/ai_creation/task': { handler: taskDetail, auth: true },
	'POST /open/v1/ai_creation/task/page': { handler: taskPage, auth: true },
};

module.exports = { API_ROUTES, FAIL_MARKER, MARKERS, SUBMIT_MESSAGES };
