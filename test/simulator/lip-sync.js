'use strict';
/**
 * Lip sync (对口型, catalogue 4):
 *   POST /open/v1/video_lip_sync/create {video_file_id | video_url, audio_type?, tts_config? |
 *        audio_file_id | audio_url, model?, …} -> video id
 *   GET  /open/v1/video_lip_sync/detail?id= -> {id, status, progress, msg, video_url, preview_url,
 *                                              duration (ms), create_time}
 *   POST /open/v1/video_lip_sync/list {page, page_size} -> {list, <pager>} (option `pagerKey`, D6)
 * Status [AV, SDK, CUI]: 0 queued, 10 generating, 20 success, 30 failed — 30 is success for
 * create_video (D9). A failed charge ends as 30 with the billing msg [CUI, SDK].
 */
const crypto = require('node:crypto');
const c = require('./checks');
const { startTask, phaseAt, progressAt, markedOutcome, speechSeconds } = require('./product-store');
const { checkUploadedFile } = require('./uploads');
const { readWav } = require('./wav');
const { checkVoice } = require('./voice-clone');

const QUEUED = 0;
const GENERATING = 10;
const SUCCESS = 20;
const FAILED = 30;
const MAX_TEXT_CHARS = 4000;
const VIDEO_EXTENSIONS = ['mp4', 'mov', 'webm'];
const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'wav'];
const UNKNOWN_AUDIO_MS = 5000;
const FAIL_MSG = '对口型视频生成失败:素材中未检测到人脸或音频无法识别';
const ERROR_MSG = '对口型视频生成失败:服务异常,请稍后重试';

/** tts_config.text as a string or a string array (D4: AV's table and NEST vs AV's script and SPEC). */
function ttsText(text) {
	if (!c.given(text) || text === '') throw c.param('tts_config.text 不能为空');
	if (typeof text === 'string') return text;
	if (Array.isArray(text) && text.every((s) => typeof s === 'string')) return text.join('');
	throw c.param('tts_config.text 参数错误,须为字符串或字符串数组');
}

/** @type {import('./api-routes').Handler} */
function create(sim, { body, nowMs }) {
	c.objectBody(body);
	if (c.given(body.video_file_id) && body.video_file_id !== '') {
		checkUploadedFile(sim, body.video_file_id, {
			field: 'video_file_id',
			service: 'lip_sync_video',
			extensions: VIDEO_EXTENSIONS,
			nowMs,
		});
	} else if (c.given(body.video_url) && body.video_url !== '') {
		c.optionalUrl(body.video_url, 'video_url');
	} else {
		throw c.param('video_file_id 不能为空');
	}
	c.optionalInt(body.screen_width, 'screen_width', 1);
	c.optionalInt(body.screen_height, 'screen_height', 1);
	c.optionalOneOf(body.backway, 'backway', [1, 2]);
	c.optionalOneOf(body.drive_mode, 'drive_mode', ['', 'random']);
	c.optionalString(body.callback, 'callback');
	c.optionalOneOf(body.model, 'model', [0, 1, 2]);
	c.optionalOneOf(body.audio_type, 'audio_type', ['tts', 'audio']);
	c.optionalInt(body.volume, 'volume', 1, 100);
	const audioType = body.audio_type || 'tts';
	let durationMs;
	let marked = [body.video_url];
	if (audioType === 'tts') {
		const tts = body.tts_config;
		if (!c.isObject(tts)) throw c.param('tts_config 不能为空');
		const text = ttsText(tts.text);
		if (text.trim() === '') throw c.param('tts_config.text 不能为空');
		if ([...text].length >= MAX_TEXT_CHARS)
			throw c.param(`tts_config.text 长度须小于 ${MAX_TEXT_CHARS} 字符`);
		// AV names the voice audio_man_id; audio_man (create_video's name) is taken too.
		const field =
			c.given(tts.audio_man_id) || !c.given(tts.audio_man) ? 'audio_man_id' : 'audio_man';
		checkVoice(sim, tts[field], `tts_config.${field}`, nowMs);
		c.optionalNumber(tts.speed, 'tts_config.speed', 0.5, 2);
		c.optionalNumber(tts.pitch, 'tts_config.pitch', 0.1, 3);
		durationMs = Math.round(speechSeconds(text, tts.speed) * 1000);
		marked = [...marked, text];
	} else if (c.given(body.audio_file_id) && body.audio_file_id !== '') {
		const f = checkUploadedFile(sim, body.audio_file_id, {
			field: 'audio_file_id',
			service: 'lip_sync_audio',
			extensions: AUDIO_EXTENSIONS,
			nowMs,
		});
		try {
			durationMs = Math.round(readWav(f.bytes).seconds * 1000);
		} catch {
			durationMs = UNKNOWN_AUDIO_MS;
		}
	} else if (c.given(body.audio_url) && body.audio_url !== '') {
		c.optionalUrl(body.audio_url, 'audio_url');
		durationMs = UNKNOWN_AUDIO_MS;
		marked = [...marked, body.audio_url];
	} else {
		throw c.param('audio_file_id 不能为空');
	}
	const t = startTask(sim, 'lipSync', {
		id: crypto.randomBytes(16).toString('hex'),
		nowMs,
		body,
		outcome: markedOutcome(marked),
		extra: { durationMs },
	});
	return t.id;
}

/** @param {import('./product-store').ProductTask} t */
function failMsg(t) {
	const o = t.outcome;
	if (o && o.kind === 'billing') return o.msg || '';
	return o && o.kind === 'error' ? ERROR_MSG : FAIL_MSG;
}

/** @param {import('./simulator').Simulator} sim @param {import('./product-store').ProductTask} t */
function detail(sim, t, nowMs) {
	const phase = phaseAt(t, nowMs);
	const done = phase === 'succeeded';
	const base = `${sim.baseUrl()}/files/lipsync/${t.id}`;
	const status = { queued: QUEUED, running: GENERATING, succeeded: SUCCESS, failed: FAILED }[phase];
	return {
		id: t.id,
		status,
		progress: progressAt(t, nowMs),
		msg: done ? 'success' : phase === 'failed' ? failMsg(t) : '',
		video_url: done ? `${base}.mp4` : '',
		preview_url: done ? `${base}.png` : '',
		duration: done ? t.extra.durationMs : 0,
		create_time: Math.floor(t.createdMs / 1000),
	};
}

/** @type {import('./api-routes').Handler} */
function get(sim, { query, nowMs }) {
	const id = c.requiredString(query.id, 'id');
	const t = sim.productStore.get('lipSync', id);
	if (!t) throw c.param('视频不存在');
	return detail(sim, t, nowMs);
}

/** @type {import('./api-routes').Handler} */
function list(sim, { body, nowMs }) {
	const b = body === undefined ? {} : c.objectBody(body);
	const pg = c.pageOf(b.page, b.page_size);
	const items = sim.productStore.all('lipSync').map((t) => detail(sim, t, nowMs));
	return c.pagerAnswer(c.paged(items, pg), sim.config.pagerKey);
}

const ROUTES = {
	'POST /open/v1/video_lip_sync/create': { handler: create, auth: true, creates: true },
	'GET /open/v1/video_lip_sync/detail': { handler: get, auth: true },
	'POST /open/v1/video_lip_sync/list': { handler: list, auth: true },
};

module.exports = {
	ROUTES,
	detail,
	STATUS: { QUEUED, GENERATING, SUCCESS, FAILED },
	FAIL_MSG,
	ERROR_MSG,
};
