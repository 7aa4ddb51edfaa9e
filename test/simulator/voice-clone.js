'use strict';
/**
 * Voice cloning (定制声音, catalogue 7) and the one question every product asks: is this voice
 * id usable as `audio_man`?
 *   POST /open/v1/create_customised_audio {name, url, model_type?, language?, callback?, text?, …} -> "C-Audio-…"
 *   GET  /open/v1/customised_audio?id=   -> {id, name, type, progress, audio_path, err_msg, status, lang}
 *   POST /open/v1/list_customised_audio {page, page_size} -> {list, page_info}
 *   POST /open/v1/delete_customised_audio {id} -> the id
 * Status [VCL, CUI, SDK]: 0 queued, 1 in progress, 2 done, 3 expired, 4 failed, 99 deleted.
 * 3 and 99 are reached through `sim.setVoiceStatus` / `POST /__sim/voice-status`; delete gives 99.
 */
const { ApiError, CODES } = require('./envelope');
const c = require('./checks');
const { VOICES_BY_ID } = require('./catalogue');
const { startTask, phaseAt, progressAt, markedOutcome } = require('./product-store');
const { uploadOfUrl, statusAt, extensionOf } = require('./uploads');
const crypto = require('node:crypto');

/** model_type values: VCL writes `Cicada3.0-turbo`; SDK, CUI, TVD, NEST lower case (D5). */
const MODEL_TYPES = Object.freeze(['Cicada3.0-turbo', 'cicada3.0-turbo', 'cicada3.0', 'cicada1.0']);
const DEFAULT_MODEL_TYPE = 'cicada1.0';
const AUDIO_EXTENSIONS = ['mp3', 'wav', 'm4a', 'mp4'];
const STATUS = Object.freeze({
	QUEUED: 0,
	RUNNING: 1,
	DONE: 2,
	EXPIRED: 3,
	FAILED: 4,
	DELETED: 99,
});
const FAIL_MSG = '声音克隆失败:参考音频质量不合格,请上传 30 秒以上清晰人声';
const ERROR_MSG = '声音克隆失败:系统繁忙,请稍后重试';

/** The status of a cloned voice now. @param {import('./product-store').ProductTask} t */
function voiceStatus(t, nowMs) {
	if (t.deleted) return STATUS.DELETED;
	if (t.forcedStatus !== null) return t.forcedStatus;
	const phase = phaseAt(t, nowMs);
	if (phase === 'queued') return STATUS.QUEUED;
	if (phase === 'running') return STATUS.RUNNING;
	return phase === 'succeeded' ? STATUS.DONE : STATUS.FAILED;
}

/** @param {import('./simulator').Simulator} sim @param {import('./product-store').ProductTask} t */
function detail(sim, t, nowMs) {
	const status = voiceStatus(t, nowMs);
	const failed = status === STATUS.FAILED;
	return {
		id: t.id,
		name: t.body.name,
		type: String(t.body.model_type || DEFAULT_MODEL_TYPE).toLowerCase(),
		progress: status === STATUS.DONE || status === STATUS.EXPIRED ? 100 : progressAt(t, nowMs),
		audio_path: status === STATUS.DONE ? `${sim.baseUrl()}/files/voice/${t.id}.wav` : '',
		err_msg: failed ? failMsg(t) : '',
		status,
		lang: t.body.language || 'cn',
	};
}

/** @param {import('./product-store').ProductTask} t */
function failMsg(t) {
	const o = t.outcome;
	if (!o) return '';
	if (o.kind === 'billing') return o.msg || '';
	return o.kind === 'error' ? ERROR_MSG : FAIL_MSG;
}

/** @type {import('./api-routes').Handler} */
function create(sim, { body, nowMs }) {
	c.objectBody(body);
	c.requiredString(body.name, 'name');
	const url = c.requiredString(body.url, 'url');
	if (!c.isHttpUrl(url)) throw c.param('url 参数错误,须为公网可访问的 http(s) 链接');
	const own = uploadOfUrl(sim, url);
	if (own) {
		if (own.service !== 'prompt_audio')
			throw c.param(`url 的文件用途不符: 须以 service=prompt_audio 上传,该文件为 ${own.service}`);
		const status = statusAt(own, nowMs);
		if (!own.bytes || !(status === 1 || status === 2)) throw c.param('url 文件尚未就绪或不可访问');
		if (!AUDIO_EXTENSIONS.includes(extensionOf(own.name)))
			throw c.param(`url 文件格式不支持,支持 ${AUDIO_EXTENSIONS.join('、')}`);
	}
	c.optionalOneOf(body.model_type, 'model_type', MODEL_TYPES);
	c.optionalOneOf(body.language, 'language', ['cn', 'en']);
	c.optionalString(body.callback, 'callback');
	c.optionalString(body.text, 'text');
	c.optionalBool(body.denoise_flag, 'denoise_flag');
	c.optionalString(body.language_boost, 'language_boost');
	const t = startTask(sim, 'voice', {
		id: `C-Audio-${crypto.randomBytes(16).toString('hex')}`,
		nowMs,
		body,
		outcome: markedOutcome([body.name, body.url]),
	});
	return t.id;
}

/** A cloned voice by id, or 40000. */
function voiceOf(sim, id) {
	const t = typeof id === 'string' ? sim.productStore.get('voice', id.trim()) : undefined;
	if (!t) throw c.param('定制声音不存在');
	return t;
}

/** @type {import('./api-routes').Handler} */
function get(sim, { query, nowMs }) {
	c.requiredString(query.id, 'id');
	return detail(sim, voiceOf(sim, query.id), nowMs);
}

/** @type {import('./api-routes').Handler} */
function list(sim, { body, nowMs }) {
	const b = body === undefined ? {} : c.objectBody(body);
	const pg = c.pageOf(b.page, b.page_size);
	const items = sim.productStore
		.all('voice')
		.filter((t) => voiceStatus(t, nowMs) !== STATUS.DELETED)
		.map((t) => detail(sim, t, nowMs));
	return c.pagerAnswer(c.paged(items, pg));
}

/** @type {import('./api-routes').Handler} */
function remove(sim, { body }) {
	c.objectBody(body);
	c.requiredString(body.id, 'id');
	const t = voiceOf(sim, body.id);
	if (t.deleted) throw c.param('定制声音不存在');
	t.deleted = true;
	return t.id;
}

/**
 * Throws 40000 naming `field` unless `id` can speak: a public voice, a cloned voice with
 * status 2, or the audio_man_id of a custom avatar trained with its voice.
 * @param {import('./simulator').Simulator} sim
 * @param {unknown} id
 * @param {string} field
 * @param {number} nowMs
 */
function checkVoice(sim, id, field, nowMs) {
	const v = c.requiredString(id, field);
	if (VOICES_BY_ID.has(v)) return;
	const cloned = sim.productStore.get('voice', v);
	if (cloned) {
		const status = voiceStatus(cloned, nowMs);
		if (status === STATUS.DONE) return;
		if (status === STATUS.QUEUED || status === STATUS.RUNNING)
			throw c.param(`${field} 对应的定制声音尚未完成`);
		if (status === STATUS.EXPIRED) throw c.param(`${field} 对应的定制声音已过期`);
		if (status === STATUS.FAILED) throw c.param(`${field} 对应的定制声音克隆失败,不可使用`);
		throw c.param(`${field} 不存在: ${v}`);
	}
	const person = sim.productStore
		.all('person')
		.find((p) => p.extra.audioManId === v && !p.deleted && phaseAt(p, nowMs) === 'succeeded');
	if (person) return;
	throw c.param(`${field} 不存在: ${v}`);
}

/**
 * Sets a cloned voice's status to 3 (expired) or 99 (deleted) for tests; 2 puts it back to
 * done if it had succeeded. Returns false for an unknown id.
 * @param {import('./simulator').Simulator} sim @param {string} id @param {number} status
 */
function setVoiceStatus(sim, id, status) {
	if (![STATUS.DONE, STATUS.EXPIRED, STATUS.DELETED].includes(status))
		throw new ApiError(CODES.PARAM_ERROR, 'status must be 2, 3 or 99');
	const t = sim.productStore.get('voice', id);
	if (!t) return false;
	t.forcedStatus = status === STATUS.DONE ? null : status;
	return true;
}

const ROUTES = {
	'POST /open/v1/create_customised_audio': { handler: create, auth: true, creates: true },
	'GET /open/v1/customised_audio': { handler: get, auth: true },
	'POST /open/v1/list_customised_audio': { handler: list, auth: true },
	'POST /open/v1/delete_customised_audio': { handler: remove, auth: true },
};

/** The body a forged callback shows (no such voice exists). */
const FORGED_BODY = { name: '伪造声音', url: 'https://example.invalid/voice.wav' };

module.exports = {
	ROUTES,
	detail,
	checkVoice,
	setVoiceStatus,
	voiceStatus,
	STATUS,
	MODEL_TYPES,
	FAIL_MSG,
	ERROR_MSG,
	FORGED_BODY,
};
