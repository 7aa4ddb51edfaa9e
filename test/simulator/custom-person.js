'use strict';
/**
 * Custom avatars (定制数字人, catalogue 5):
 *   POST /open/v1/create_customised_person {name, file_id | material_video, train_type?, …} -> "C-<32 hex>"
 *   GET  /open/v1/customised_person?id=   -> the detail
 *   POST /open/v1/list_customised_person {page, page_size, source?, id?} -> {list, page_info}
 *   POST /open/v1/delete_customised_person {id} -> the id (SPEC; CP says a bare success)
 * Status per CP's official poller (D2): 1 in production, 2 success, 4 failed, 5 system error.
 * Creation is capped per access token (`personCreatePerMinute`, CP: 10/min) and per account
 * (`customPersonLimit` live avatars -> 40002 `定制数字人数量到达上限`, CP).
 */
const crypto = require('node:crypto');
const { ApiError, CODES, MESSAGES } = require('./envelope');
const c = require('./checks');
const { startTask, phaseAt, progressAt, markedOutcome } = require('./product-store');
const { checkUploadedFile, extensionOf } = require('./uploads');

const STATUS = Object.freeze({ IN_PRODUCTION: 1, DONE: 2, FAILED: 4, SYSTEM_ERROR: 5 });
const VIDEO_EXTENSIONS = ['mp4', 'mov', 'webm'];
const TRAIN_TYPES = Object.freeze(['', 'figure', 'both', 'voice']);
const PERSON_LIMIT_CODE = 40002;
const LIMIT_MSG = '定制数字人数量到达上限';
const FAIL_MSG = '定制失败:视频中未检测到清晰完整的人脸,请更换素材';
const ERROR_MSG = '系统错误,请重新提交';
const VOICE_FAIL_MSG = '声音克隆失败';
const WINDOW_MS = 60_000;

/** @param {import('./product-store').ProductTask} t @param {number} nowMs */
function personStatus(t, nowMs) {
	const phase = phaseAt(t, nowMs);
	if (phase === 'succeeded') return STATUS.DONE;
	if (phase !== 'failed') return STATUS.IN_PRODUCTION;
	return t.outcome && t.outcome.kind === 'error' ? STATUS.SYSTEM_ERROR : STATUS.FAILED;
}

/** @param {import('./product-store').ProductTask} t */
function errReason(t) {
	const o = t.outcome;
	if (!o) return '';
	if (o.kind === 'billing') return o.msg || '';
	if (o.kind === 'voice') return VOICE_FAIL_MSG;
	return o.kind === 'error' ? ERROR_MSG : FAIL_MSG;
}

/** @param {import('./simulator').Simulator} sim @param {import('./product-store').ProductTask} t */
function detail(sim, t, nowMs) {
	const status = personStatus(t, nowMs);
	const done = status === STATUS.DONE;
	const base = sim.baseUrl();
	const uhd = t.extra.support4k;
	return {
		id: t.id,
		name: t.body.name,
		type: 'person',
		pic_url: done ? `${base}/files/person/${t.id}.png` : '',
		preview_url: done ? `${base}/files/person/${t.id}.mp4` : '',
		width: 1080,
		height: 1920,
		width_4k: uhd ? 2160 : 0,
		height_4k: uhd ? 3840 : 0,
		support_4k: uhd,
		audio_man_id: done ? t.extra.audioManId : '',
		status,
		progress: progressAt(t, nowMs),
		err_reason: status === STATUS.FAILED || status === STATUS.SYSTEM_ERROR ? errReason(t) : '',
		reason: '',
		is_open: 1,
		create_time: Math.floor(t.createdMs / 1000),
	};
}

/** Custom avatars that count against the account's limit: not deleted, not failed. */
function liveCount(sim, nowMs) {
	return sim.productStore.all('person').filter((t) => !t.deleted && phaseAt(t, nowMs) !== 'failed')
		.length;
}

/** @type {import('./api-routes').Handler} */
function create(sim, { body, nowMs, headers }) {
	c.objectBody(body);
	c.requiredString(body.name, 'name');
	let rgba = false;
	if (c.given(body.file_id) && body.file_id !== '') {
		const f = checkUploadedFile(sim, body.file_id, {
			field: 'file_id',
			service: 'customised_person',
			extensions: VIDEO_EXTENSIONS,
			nowMs,
		});
		rgba = extensionOf(f.name) === 'webm';
	} else if (c.given(body.material_video) && body.material_video !== '') {
		c.optionalUrl(body.material_video, 'material_video');
		rgba = extensionOf(new URL(body.material_video).pathname) === 'webm';
	} else {
		throw c.param('file_id 不能为空');
	}
	c.optionalOneOf(body.train_type, 'train_type', TRAIN_TYPES);
	c.optionalOneOf(body.language, 'language', ['cn', 'en']);
	c.optionalBool(body.error_skip, 'error_skip');
	c.optionalOneOf(body.resolution_rate, 'resolution_rate', [0, 1]);
	c.optionalString(body.callback, 'callback');
	c.optionalOneOf(body.version, 'version', ['1.0', '2.0']);
	for (const f of ['auth_video', 'auth_video_file_id', 'auth_text', 'language_boost'])
		c.optionalString(body[f], f);
	for (const f of ['denoise_flag', 'is_high_quality']) c.optionalBool(body[f], f);
	if (
		body.version === '2.0' &&
		!(
			(c.isNonEmptyString(body.auth_video) || c.isNonEmptyString(body.auth_video_file_id)) &&
			c.isNonEmptyString(body.auth_text)
		)
	)
		throw c.param(
			'version 为 2.0 时须上传授权视频(auth_video 或 auth_video_file_id)和授权文案(auth_text)',
		);
	const token = typeof headers.access_token === 'string' ? headers.access_token : 'anonymous';
	if (!sim.personLimiter.admit(token, nowMs, sim.config.personCreatePerMinute, WINDOW_MS))
		throw new ApiError(CODES.QPS_EXCEEDED, MESSAGES.QPS_EXCEEDED);
	if (liveCount(sim, nowMs) >= sim.config.customPersonLimit)
		throw new ApiError(PERSON_LIMIT_CODE, LIMIT_MSG);
	const withVoice = body.train_type === 'both' || body.train_type === 'voice';
	const voiceFails = withVoice && c.hasMarker(body.name, '[voice-fail]');
	const outcome =
		markedOutcome([body.name]) || (voiceFails && !body.error_skip ? { kind: 'voice' } : null);
	const t = startTask(sim, 'person', {
		id: `C-${crypto.randomBytes(16).toString('hex')}`,
		nowMs,
		body,
		outcome,
		extra: {
			audioManId: withVoice && !voiceFails ? `C-${crypto.randomBytes(16).toString('hex')}` : '',
			support4k: body.resolution_rate === 1,
			rgba,
		},
	});
	return t.id;
}

/** A custom avatar by id (not deleted), or 40000. */
function personOf(sim, id) {
	const t = typeof id === 'string' ? sim.productStore.get('person', id.trim()) : undefined;
	if (!t || t.deleted) throw c.param('定制数字人不存在');
	return t;
}

/** @type {import('./api-routes').Handler} */
function get(sim, { query, nowMs }) {
	c.requiredString(query.id, 'id');
	return detail(sim, personOf(sim, query.id), nowMs);
}

/**
 * `source` 0 (or absent) lists the avatars made through the API; 1 (made on the website) lists
 * none, as the simulator has no website. `id` keeps that avatar only.
 * @type {import('./api-routes').Handler}
 */
function list(sim, { body, nowMs }) {
	const b = body === undefined ? {} : c.objectBody(body);
	const pg = c.pageOf(b.page, b.page_size);
	c.optionalOneOf(b.source, 'source', [0, 1]);
	c.optionalString(b.id, 'id');
	const items =
		b.source === 1
			? []
			: sim.productStore
					.all('person')
					.filter((t) => !t.deleted && (!b.id || t.id === b.id))
					.map((t) => detail(sim, t, nowMs));
	return c.pagerAnswer(c.paged(items, pg));
}

/** @type {import('./api-routes').Handler} */
function remove(sim, { body }) {
	c.objectBody(body);
	c.requiredString(body.id, 'id');
	const t = personOf(sim, body.id);
	t.deleted = true;
	return t.id;
}

const ROUTES = {
	'POST /open/v1/create_customised_person': { handler: create, auth: true, creates: true },
	'GET /open/v1/customised_person': { handler: get, auth: true },
	'POST /open/v1/list_customised_person': { handler: list, auth: true },
	'POST /open/v1/delete_customised_person': { handler: remove, auth: true },
};

const FORGED_BODY = { name: '伪造数字人', train_type: 'figure' };

module.exports = {
	ROUTES,
	detail,
	personStatus,
	liveCount,
	STATUS,
	FAIL_MSG,
	ERROR_MSG,
	VOICE_FAIL_MSG,
	LIMIT_MSG,
	FORGED_BODY,
};
