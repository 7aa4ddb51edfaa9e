'use strict';
/**
 * Digital-human (avatar) video synthesis (数字人视频合成, catalogue 3):
 *   POST /open/v1/create_video {person, audio, bg?, bg_color?, subtitle_config?, …} -> video id
 *   GET  /open/v1/video?id=          -> {id, status, progress, msg, video_url, subtitle_data_url,
 *                                        preview_url, duration, create_time, audio_urls,
 *                                        queue_status, queue_desc}
 *   POST /open/v1/video_list {page, page_size} -> {list, <pager>} (pager key: option `pagerKey`, D6)
 *   POST /open/v1/delete_video {id}  -> the id
 * Status [VC reference, VC poll_task, GO]: 10 generating, 30 success, 4X parameter failure,
 * 5X service failure. The checks follow catalogue 3.1, in the order of its table.
 */
const crypto = require('node:crypto');
const c = require('./checks');
const { AVATARS_BY_ID, FONT_IDS, isUhd } = require('./catalogue');
const { startTask, phaseAt, progressAt, markedOutcome, speechSeconds } = require('./product-store');
const { checkUploadedFile, extensionOf } = require('./uploads');
const { readWav } = require('./wav');
const { checkVoice } = require('./voice-clone');
const { personStatus, STATUS: PERSON } = require('./custom-person');
const { sentences } = require('./speech');

const SUCCESS = 30;
const GENERATING = 10;
const PARAM_FAILURE = 40;
const SERVICE_FAILURE = 50;
const MAX_TEXT_CHARS = 4000;
const DEFAULT_CANVAS = { width: 1080, height: 1920 };
/** Recommended subtitle boxes [VC "官方推荐默认值"]: x, y, width, height. */
const SUBTITLE_DEFAULTS = { hd: [31, 1521, 1000, 200], uhd: [80, 2840, 2000, 1000] };
const AUDIO_EXTENSIONS = ['wav', 'mp3', 'm4a'];
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png'];
/** Seconds assumed for audio the simulator cannot measure (not a WAV). */
const UNKNOWN_AUDIO_SECONDS = 5;
const FAIL_MSG = '视频合成失败:参数异常,请检查脚本与素材';
const ERROR_MSG = '视频合成失败:服务异常,请稍后重试';

/**
 * The figure a request uses: a public avatar's figure of `figure_type`, or a custom avatar.
 * @returns {{kind: 'public', avatar: any, figure: any} | {kind: 'custom', task: import('./product-store').ProductTask}}
 */
function resolvePerson(sim, person, nowMs) {
	const id = c.requiredString(person.id, 'person.id');
	const avatar = AVATARS_BY_ID.get(id);
	if (avatar) {
		if (!c.given(person.figure_type) || person.figure_type === '')
			throw c.param('person.figure_type 不能为空,使用公共数字人时必传');
		const types = avatar.figures.map((f) => f.type);
		const figure = avatar.figures.find((f) => f.type === person.figure_type);
		if (!figure) throw c.param(`person.figure_type 参数错误,该数字人支持 ${types.join('、')}`);
		return { kind: 'public', avatar, figure };
	}
	const task = sim.productStore.get('person', id);
	if (!task || task.deleted) throw c.param(`person.id 不存在: ${id}`);
	const status = personStatus(task, nowMs);
	if (status === PERSON.IN_PRODUCTION) throw c.param('person.id 对应的定制数字人尚未制作完成');
	if (status !== PERSON.DONE) throw c.param('person.id 对应的定制数字人制作失败,不可使用');
	return { kind: 'custom', task };
}

/**
 * drive_mode, backway and is_rgba_mode: inside `person` (SPEC, LNW, GO, EL) or at the body's top
 * level (VC's create_task script) — D1; both are accepted and checked, `person.*` wins.
 */
function checkDrive(body, resolved) {
	const p = body.person;
	for (const [where, o] of [
		['person.', p],
		['', body],
	]) {
		c.optionalOneOf(o.drive_mode, `${where}drive_mode`, ['', 'random']);
		c.optionalOneOf(o.backway, `${where}backway`, [1, 2]);
		c.optionalBool(o.is_rgba_mode, `${where}is_rgba_mode`);
	}
	const rgba = p.is_rgba_mode ?? body.is_rgba_mode;
	if (rgba === true && !(resolved.kind === 'custom' && resolved.task.extra.rgba))
		throw c.param('is_rgba_mode 仅支持以四通道 webm 视频定制的数字人');
}

/** @returns {number} total characters of the script */
function checkTts(sim, tts, nowMs) {
	if (!c.isObject(tts)) throw c.param('audio.tts 不能为空');
	if (!c.given(tts.text)) throw c.param('audio.tts.text 不能为空');
	if (!Array.isArray(tts.text) || !tts.text.every((s) => typeof s === 'string'))
		throw c.param('audio.tts.text 参数错误,须为字符串数组');
	const chars = tts.text.reduce((n, s) => n + [...s].length, 0);
	if (tts.text.every((s) => s.trim() === '')) throw c.param('audio.tts.text 不能为空');
	if (chars >= MAX_TEXT_CHARS) throw c.param(`audio.tts.text 总长度须小于 ${MAX_TEXT_CHARS} 字符`);
	checkVoice(sim, tts.audio_man, 'audio.tts.audio_man', nowMs);
	c.optionalNumber(tts.speed, 'audio.tts.speed', 0.5, 2);
	c.optionalNumber(tts.pitch, 'audio.tts.pitch', 0.1, 3);
	return chars;
}

/** @returns {number|null} seconds of the uploaded WAV, when it is one */
function checkAudioFile(sim, audio, nowMs) {
	const hasFile = c.given(audio.file_id) && audio.file_id !== '';
	const hasUrl = c.given(audio.wav_url) && audio.wav_url !== '';
	if (!hasFile && !hasUrl) throw c.param('audio.file_id 与 audio.wav_url 不能同时为空');
	if (hasFile) {
		const f = checkUploadedFile(sim, audio.file_id, {
			field: 'audio.file_id',
			service: 'make_video_audio',
			extensions: AUDIO_EXTENSIONS,
			nowMs,
		});
		try {
			return readWav(f.bytes).seconds;
		} catch {
			return null;
		}
	}
	c.optionalUrl(audio.wav_url, 'audio.wav_url');
	return null;
}

function checkBackground(sim, body, nowMs) {
	const bg = body.bg;
	if (c.given(bg)) {
		if (!c.isObject(bg)) throw c.param('bg 参数错误,须为对象');
		if (c.given(bg.file_id) && bg.file_id !== '') {
			checkUploadedFile(sim, bg.file_id, {
				field: 'bg.file_id',
				service: 'make_video_background',
				extensions: IMAGE_EXTENSIONS,
				nowMs,
			});
		} else if (c.given(bg.src_url) && bg.src_url !== '') {
			c.optionalUrl(bg.src_url, 'bg.src_url');
			const ext = extensionOf(new URL(bg.src_url).pathname);
			if (ext && !IMAGE_EXTENSIONS.includes(ext))
				throw c.param('bg.src_url 参数错误,背景图仅支持 jpg、png');
		}
		for (const f of ['x', 'y']) c.optionalInt(bg[f], `bg.${f}`);
		for (const f of ['width', 'height']) c.optionalInt(bg[f], `bg.${f}`, 1);
	}
	c.optionalColor(body.bg_color, 'bg_color');
}

function checkSubtitles(body, canvas) {
	const s = body.subtitle_config;
	if (!c.given(s)) return;
	if (!c.isObject(s)) throw c.param('subtitle_config 参数错误,须为对象');
	c.optionalBool(s.show, 'subtitle_config.show');
	for (const f of ['x', 'y']) c.optionalInt(s[f], `subtitle_config.${f}`, 0);
	for (const f of ['width', 'height', 'font_size']) c.optionalInt(s[f], `subtitle_config.${f}`, 1);
	c.optionalColor(s.color, 'subtitle_config.color');
	c.optionalColor(s.stroke_color, 'subtitle_config.stroke_color');
	c.optionalNumber(s.stroke_width, 'subtitle_config.stroke_width', 0, 100);
	if (c.given(s.font_id) && s.font_id !== '' && !FONT_IDS.has(s.font_id))
		throw c.param(`subtitle_config.font_id 不存在: ${s.font_id}`);
	c.optionalOneOf(s.asr_type, 'subtitle_config.asr_type', [0, 1]);
	c.optionalBool(s.disableTrack, 'subtitle_config.disableTrack');
	if (c.given(s.subtitles)) {
		const ok =
			Array.isArray(s.subtitles) &&
			s.subtitles.every(
				(x) =>
					c.isObject(x) &&
					c.isInt(x.begin_time) &&
					c.isInt(x.end_time) &&
					typeof x.text === 'string',
			);
		if (!ok)
			throw c.param('subtitle_config.subtitles 参数错误,须为 {begin_time, end_time, text} 数组');
	}
	if (['x', 'y', 'width', 'height'].some((f) => c.given(s[f]))) {
		const [dx, dy, dw, dh] =
			body.resolution_rate === 1 ? SUBTITLE_DEFAULTS.uhd : SUBTITLE_DEFAULTS.hd;
		const x = s.x ?? dx;
		const y = s.y ?? dy;
		const w = s.width ?? dw;
		const h = s.height ?? dh;
		if (x + w > canvas.width || y + h > canvas.height)
			throw c.param(
				`subtitle_config 字幕区域超出画布范围: x+width 须 ≤ ${canvas.width}, y+height 须 ≤ ${canvas.height}`,
			);
	}
}

/** @type {import('./api-routes').Handler} */
function create(sim, { body, nowMs }) {
	c.objectBody(body);
	if (!c.isObject(body.person)) throw c.param('person 不能为空');
	const p = body.person;
	const resolved = resolvePerson(sim, p, nowMs);
	for (const f of ['x', 'y']) c.optionalInt(p[f], `person.${f}`);
	for (const f of ['width', 'height']) c.optionalInt(p[f], `person.${f}`, 1);
	checkDrive(body, resolved);
	if (!c.isObject(body.audio)) throw c.param('audio 不能为空');
	const audio = body.audio;
	if (!c.given(audio.type) || audio.type === '') throw c.param('audio.type 不能为空');
	c.optionalOneOf(audio.type, 'audio.type', ['tts', 'audio']);
	let seconds;
	if (audio.type === 'tts') {
		checkTts(sim, audio.tts, nowMs);
		seconds = Math.ceil(speechSeconds(audio.tts.text.join(''), audio.tts.speed));
	} else {
		const measured = checkAudioFile(sim, audio, nowMs);
		seconds = Math.max(1, Math.ceil(measured ?? UNKNOWN_AUDIO_SECONDS));
	}
	c.optionalInt(audio.volume, 'audio.volume', 1, 100);
	c.optionalString(audio.language, 'audio.language');
	c.optionalString(audio.language_boost, 'audio.language_boost');
	checkBackground(sim, body, nowMs);
	c.optionalInt(body.screen_width, 'screen_width', 1);
	c.optionalInt(body.screen_height, 'screen_height', 1);
	c.optionalOneOf(body.model, 'model', [0, 1]);
	c.optionalOneOf(body.resolution_rate, 'resolution_rate', [0, 1]);
	if (body.resolution_rate === 1) {
		const uhd =
			resolved.kind === 'public' ? isUhd(resolved.figure) : resolved.task.extra.support4k === true;
		if (!uhd) throw c.param('resolution_rate 参数错误,该数字人不支持 4K');
	}
	const canvas = {
		width: body.screen_width ?? DEFAULT_CANVAS.width,
		height: body.screen_height ?? DEFAULT_CANVAS.height,
	};
	checkSubtitles(body, canvas);
	for (const f of ['hide_subtitle', 'add_compliance_watermark']) c.optionalBool(body[f], f);
	c.optionalInt(body.compliance_watermark_position, 'compliance_watermark_position', 0, 3);
	c.optionalString(body.callback, 'callback');
	c.optionalOneOf(body.source, 'source', [0, 1]);
	c.optionalInt(body.audio_source, 'audio_source');
	const texts = audio.type === 'tts' ? [audio.tts.text] : [audio.wav_url];
	const t = startTask(sim, 'video', {
		id: crypto.randomBytes(16).toString('hex'),
		nowMs,
		body,
		outcome: markedOutcome(texts),
		extra: { seconds },
	});
	return t.id;
}

/** The failed status: `[fail:NN]` picks NN, `[fail]` and billing 40, service failures 50. */
function failedStatus(t) {
	const o = t.outcome;
	if (o && o.status) return o.status;
	return o && o.kind === 'error' ? SERVICE_FAILURE : PARAM_FAILURE;
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
	const base = `${sim.baseUrl()}/files/video/${t.id}`;
	const tts = t.body.audio && t.body.audio.type === 'tts';
	const queue = {
		queued: ['queued', '排队中'],
		running: ['processing', '视频合成中'],
		succeeded: ['completed', ''],
		failed: ['failed', ''],
	}[phase];
	return {
		id: t.id,
		status: done ? SUCCESS : phase === 'failed' ? failedStatus(t) : GENERATING,
		progress: progressAt(t, nowMs),
		msg: done ? 'success' : phase === 'failed' ? failMsg(t) : '',
		video_url: done ? `${base}.mp4` : '',
		subtitle_data_url: done && tts ? `${base}.srt` : '',
		preview_url: done ? `${base}.png` : '',
		duration: done ? t.extra.seconds : 0,
		create_time: Math.floor(t.createdMs / 1000),
		audio_urls: done ? [`${base}.wav`] : [],
		queue_status: queue[0],
		queue_desc: queue[1],
	};
}

/** A video by id (not deleted), or 40000 `视频不存在`. */
function videoOf(sim, id) {
	const t = typeof id === 'string' ? sim.productStore.get('video', id.trim()) : undefined;
	if (!t || t.deleted) throw c.param('视频不存在');
	return t;
}

/** @type {import('./api-routes').Handler} */
function get(sim, { query, nowMs }) {
	c.requiredString(query.id, 'id');
	return detail(sim, videoOf(sim, query.id), nowMs);
}

/** @type {import('./api-routes').Handler} */
function list(sim, { body, nowMs }) {
	const b = body === undefined ? {} : c.objectBody(body);
	const pg = c.pageOf(b.page, b.page_size);
	const items = sim.productStore
		.all('video')
		.filter((t) => !t.deleted)
		.map((t) => detail(sim, t, nowMs));
	return c.pagerAnswer(c.paged(items, pg), sim.config.pagerKey);
}

/** @type {import('./api-routes').Handler} */
function remove(sim, { body }) {
	c.objectBody(body);
	c.requiredString(body.id, 'id');
	const t = videoOf(sim, body.id);
	t.deleted = true;
	return t.id;
}

/**
 * The subtitle file of a video: SRT, one cue per sentence of the script (no source states the
 * format of subtitle_data_url; SRT is the simulator's choice).
 * @param {import('./product-store').ProductTask} t
 */
function subtitleSrt(t) {
	const tts = t.body.audio.tts;
	const cues = sentences(tts.text.join(''), tts.speed);
	const stamp = (s) => {
		const ms = Math.round(s * 1000);
		const pad = (n, w = 2) => String(n).padStart(w, '0');
		return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
	};
	return cues
		.map((q, i) => `${i + 1}\n${stamp(q.start)} --> ${stamp(q.end)}\n${q.text}\n`)
		.join('\n');
}

const ROUTES = {
	'POST /open/v1/create_video': { handler: create, auth: true, creates: true },
	'GET /open/v1/video': { handler: get, auth: true },
	'POST /open/v1/video_list': { handler: list, auth: true },
	'POST /open/v1/delete_video': { handler: remove, auth: true },
};

module.exports = {
	ROUTES,
	detail,
	subtitleSrt,
	STATUS: { GENERATING, SUCCESS, PARAM_FAILURE, SERVICE_FAILURE },
	FAIL_MSG,
	ERROR_MSG,
	MAX_TEXT_CHARS,
};
