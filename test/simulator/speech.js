'use strict';
/**
 * Text to speech (语音合成, catalogue 6):
 *   POST /open/v1/create_audio_task {audio_man, speed, pitch?, text: {text, plain_text?}, …} -> {task_id}
 *   POST /open/v1/create_audio_task_v2 (same body; SPEC only)            -> {task_id}
 *   POST /open/v1/audio_task_state {task_id} -> {id, type, status, text, full, slice, errMsg,
 *                                               errReason, subtitles, focus_titles, plain_text, key}
 * Status [TTS]: 1 generating, 9 finished — success and failure alike, told apart by a non-empty
 * errMsg [CUI, SDK] (D7). `full.url` is a WAV the simulator serves, as long as `full.duration`.
 * Subtitle times are seconds (SPEC: "这里的单位是秒", D8).
 */
const crypto = require('node:crypto');
const c = require('./checks');
const { startTask, phaseAt, markedOutcome, speechSeconds } = require('./product-store');
const { checkUploadedFile } = require('./uploads');
const { checkVoice } = require('./voice-clone');

const GENERATING = 1;
const FINISHED = 9;
const MAX_TEXT_CHARS = 4000;
const FAIL_MSG = '语音合成失败:文本包含无法合成的内容';
const FAIL_REASON = '文本内容异常';
const ERROR_MSG = '语音合成失败:服务繁忙,请稍后重试';
const ERROR_REASON = '系统内部错误';

/** A SHA-1 key like the ones in the TTS skill's example. @param {string} s */
function keyOf(s) {
	return crypto.createHash('sha1').update(s).digest('hex');
}

/**
 * The script cut into sentences at punctuation, with start/end seconds at 0.2 s per character
 * (the same rate as full.duration); tags of rich text are left out of the timing and the text.
 * @param {string} text @param {number} [speed]
 * @returns {{start: number, end: number, text: string, tagged: string}[]}
 */
function sentences(text, speed = 1) {
	const perChar = 0.2 / (typeof speed === 'number' && speed > 0 ? speed : 1);
	const parts = String(text)
		.split(/(?<=[，。！？；、,.!?;\n])/)
		.map((tagged) => ({ tagged, text: tagged.replace(/<[^>]*>/g, '').trim() }))
		.filter((p) => p.text !== '');
	let at = 0;
	const round = (x) => Math.round(x * 100) / 100;
	return parts.map((p) => {
		const start = at;
		at += [...p.text].length * perChar;
		return { start: round(start), end: round(at), text: p.text, tagged: p.tagged.trim() };
	});
}

/** @type {import('./api-routes').Handler} */
function create(sim, { body, nowMs }) {
	c.objectBody(body);
	checkVoice(sim, body.audio_man, 'audio_man', nowMs);
	if (!c.given(body.speed)) throw c.param('speed 不能为空');
	c.optionalNumber(body.speed, 'speed', 0.5, 2);
	c.optionalNumber(body.pitch, 'pitch', 0.1, 3);
	if (!c.isObject(body.text)) throw c.param('text 不能为空');
	const text = c.requiredString(body.text.text, 'text.text');
	if ([...text].length >= MAX_TEXT_CHARS)
		throw c.param(`text.text 长度须小于 ${MAX_TEXT_CHARS} 字符`);
	c.optionalString(body.text.plain_text, 'text.plain_text');
	c.optionalBool(body.aigc_watermark, 'aigc_watermark');
	c.optionalString(body.callback, 'callback');
	c.optionalString(body.language_boost, 'language_boost');
	for (const f of ['font_size', 'width', 'height', 'mss']) c.optionalInt(body[f], f);
	if (c.given(body.prompt_audio) && body.prompt_audio !== '')
		checkUploadedFile(sim, body.prompt_audio, {
			field: 'prompt_audio',
			service: 'prompt_audio',
			nowMs,
		});
	const t = startTask(sim, 'speech', {
		id: crypto.randomBytes(16).toString('hex'),
		nowMs,
		body,
		outcome: markedOutcome([text]),
		extra: { seconds: speechSeconds(text, body.speed) },
	});
	return { task_id: t.id };
}

/** @param {import('./product-store').ProductTask} t */
function errorsOf(t) {
	const o = t.outcome;
	if (!o) return ['', ''];
	if (o.kind === 'billing') return [o.msg || '', '扣费失败'];
	return o.kind === 'error' ? [ERROR_MSG, ERROR_REASON] : [FAIL_MSG, FAIL_REASON];
}

/** @param {import('./simulator').Simulator} sim @param {import('./product-store').ProductTask} t */
function detail(sim, t, nowMs) {
	const phase = phaseAt(t, nowMs);
	const done = phase === 'succeeded';
	const failed = phase === 'failed';
	const text = t.body.text.text;
	const base = `${sim.baseUrl()}/files/tts/${t.id}`;
	const [errMsg, errReason] = failed ? errorsOf(t) : ['', ''];
	return {
		id: t.id,
		type: 'tts',
		status: done || failed ? FINISHED : GENERATING,
		text: [text],
		full: done
			? {
					url: `${base}.wav`,
					path: `${t.id}.wav`,
					duration: t.extra.seconds,
					watermark_url: t.body.aigc_watermark === true ? `${base}-watermark.wav` : '',
				}
			: null,
		slice: null,
		errMsg,
		errReason,
		subtitles: done
			? sentences(text, t.body.speed).map((s, i) => ({
					key: keyOf(`${t.id}:${i}:${s.text}`),
					start_time: s.start,
					end_time: s.end,
					subtitle: s.text,
					alt_subtitle: '',
					subtitle_tag: s.tagged,
					keywords: [],
					words: [],
				}))
			: [],
		focus_titles: [],
		plain_text: t.body.text.plain_text ?? '',
		key: keyOf(t.id),
	};
}

/** @type {import('./api-routes').Handler} */
function state(sim, { body, nowMs }) {
	c.objectBody(body);
	const id = c.requiredString(body.task_id, 'task_id');
	const t = sim.productStore.get('speech', id);
	if (!t) throw c.param('任务不存在');
	return detail(sim, t, nowMs);
}

const ROUTES = {
	'POST /open/v1/create_audio_task': { handler: create, auth: true, creates: true },
	'POST /open/v1/create_audio_task_v2': { handler: create, auth: true, creates: true },
	'POST /open/v1/audio_task_state': { handler: state, auth: true },
};

module.exports = {
	ROUTES,
	detail,
	sentences,
	STATUS: { GENERATING, FINISHED },
	FAIL_MSG,
	ERROR_MSG,
	MAX_TEXT_CHARS,
};
