'use strict';
/**
 * Tasks created by submit. A task's state is a function of the clock: `Queued` for the first
 * `queuedFraction` of its render time, then `Generating`, then `Success` or `Fail`. Render time
 * and the failure are fixed at submit, so later config changes do not alter running tasks.
 */
const crypto = require('node:crypto');
const { TYPE_IMAGE, TYPE_VIDEO, modelOf, extraFieldsOf } = require('./models');

const FAIL_MSG = '任务失败,本次生成不消耗蝉豆';
/** err_msg of a task whose prompt carries `[violation]` (issue 21). */
const VIOLATION_MSG = '内容违规,请修改提示词';

/**
 * @typedef {object} TaskRecord
 * @property {string} uniqueId
 * @property {number} id
 * @property {number} createdMs
 * @property {number} renderMs
 * @property {number} queuedMs
 * @property {boolean} willFail
 * @property {string|null} failMsg err_msg when it fails (null: FAIL_MSG)
 * @property {'full'|'short'|'empty'|'null'|'html'|'404'} delivery how an image task delivers
 *   its output_url (the imageDelivery option at submit)
 * @property {boolean} settled whether the end was seen (callback sent, credit refunded)
 * @property {3|4} type creation_type: 3 image, 4 video
 * @property {Record<string, any>} body the submit body
 * @property {Record<string, any>} extraFields the fields of the body that no page documents
 */

/** The frames of a submit: start_frame/end_frame if any, else ref_img_url. */
function framesOf(body) {
	const frames = [body.start_frame, body.end_frame].filter(
		(f) => typeof f === 'string' && f !== '',
	);
	if (frames.length > 0) return frames;
	return Array.isArray(body.ref_img_url) ? [...body.ref_img_url] : [];
}

/**
 * @param {TaskRecord} t
 * @param {number} nowMs
 * @returns {'Queued'|'Generating'|'Success'|'Fail'}
 */
function progressAt(t, nowMs) {
	const elapsed = nowMs - t.createdMs;
	if (elapsed >= t.renderMs) return t.willFail ? 'Fail' : 'Success';
	return elapsed < t.queuedMs ? 'Queued' : 'Generating';
}

/** @param {string} state */
function isEnded(state) {
	return state === 'Success' || state === 'Fail';
}

class TaskStore {
	constructor() {
		/** @type {Map<string, TaskRecord>} */
		this.byId = new Map();
		this.nextId = 1;
	}

	/**
	 * @param {Record<string, any>} body a valid submit body
	 * @param {{nowMs: number, renderMs: number, queuedFraction: number, willFail: boolean, failMsg?: string|null, delivery?: TaskRecord['delivery']}} how
	 * @returns {TaskRecord}
	 */
	create(body, how) {
		/** @type {TaskRecord} */
		const t = {
			uniqueId: crypto.randomUUID(),
			id: this.nextId++,
			createdMs: how.nowMs,
			renderMs: how.renderMs,
			queuedMs: how.renderMs * how.queuedFraction,
			willFail: how.willFail,
			failMsg: how.failMsg ?? null,
			delivery: how.delivery ?? 'full',
			settled: false,
			type: body.creation_type,
			body: structuredClone(body),
			extraFields: structuredClone(extraFieldsOf(body)),
		};
		this.byId.set(t.uniqueId, t);
		return t;
	}

	/** @param {string} uniqueId */
	get(uniqueId) {
		return this.byId.get(uniqueId);
	}

	/** Newest first. @returns {TaskRecord[]} */
	all() {
		return [...this.byId.values()].sort((a, b) => b.createdMs - a.createdMs || b.id - a.id);
	}

	clear() {
		this.byId.clear();
		this.nextId = 1;
	}
}

/** A field as sent, else the model page's stated default, else `fallback`. */
function sentOrDefault(t, field, fallback) {
	const model = modelOf(t.body.model_code);
	return t.body[field] ?? (model && model.defaults[field]) ?? fallback;
}

/** How many images an image task makes: number_of_images (checked where the page states it), else 1. */
function imageCount(t) {
	const n = t.body.number_of_images;
	return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * The URLs of a task's output: one MP4 for a video, `number_of_images` PNGs for an image. An
 * image task's `delivery` changes its last URL: `short` leaves it out, `empty` makes it '',
 * `null` null; `html` and `404` keep it (the file route answers HTML or 404 for it).
 * @param {TaskRecord} t
 * @param {string} baseUrl
 * @returns {(string|null)[]}
 */
function outputUrls(t, baseUrl) {
	if (t.type !== TYPE_IMAGE) return [`${baseUrl}/files/${t.uniqueId}.mp4`];
	/** @type {(string|null)[]} */
	const urls = Array.from(
		{ length: imageCount(t) },
		(_, i) => `${baseUrl}/files/${t.uniqueId}-${i + 1}.png`,
	);
	if (t.delivery === 'short') urls.pop();
	else if (t.delivery === 'empty') urls[urls.length - 1] = '';
	else if (t.delivery === 'null') urls[urls.length - 1] = null;
	return urls;
}

/**
 * How image `n` of a task is answered: 'png', or 'html' / '404' for the last image of a task
 * delivered that way.
 * @param {TaskRecord} t @param {number} n
 */
function imageAnswer(t, n) {
	if (n === imageCount(t) && (t.delivery === 'html' || t.delivery === '404')) return t.delivery;
	return 'png';
}

/** @param {TaskRecord} t */
function motionInfo(t) {
	const frames = framesOf(t.body);
	return {
		photo_path_url: frames[0] || '',
		ref_prompt: t.body.ref_prompt ?? '',
		clarity: sentOrDefault(t, 'clarity', null),
		quality_mode: t.body.quality_mode ?? '',
		style: t.body.style ?? '',
		aspect_ratio: t.body.aspect_ratio ?? '',
		video_duration: t.body.video_duration ?? null,
	};
}

/** The shape of the task-list page's image task. @param {TaskRecord} t */
function photoInfo(t) {
	return {
		ref_img_url: Array.isArray(t.body.ref_img_url) ? [...t.body.ref_img_url] : [],
		ref_prompt: t.body.ref_prompt ?? '',
		clarity: sentOrDefault(t, 'clarity', null),
		aspect_ratio: sentOrDefault(t, 'aspect_ratio', ''),
		quality_mode: sentOrDefault(t, 'quality_mode', ''),
		number_of_images: imageCount(t),
	};
}

/**
 * The task as `GET /open/v1/ai_creation/task` answers it in `data`.
 * @param {TaskRecord} t
 * @param {number} nowMs
 * @param {string} baseUrl where /files/… is served
 */
function taskDetail(t, nowMs, baseUrl) {
	const state = progressAt(t, nowMs);
	const isImage = t.type === TYPE_IMAGE;
	const model = modelOf(t.body.model_code);
	return {
		unique_id: t.uniqueId,
		id: t.id,
		create_time: Math.floor(t.createdMs / 1000),
		type: t.type,
		progress_desc: state,
		err_msg: state === 'Fail' ? t.failMsg || FAIL_MSG : '',
		output_url: state === 'Success' ? outputUrls(t, baseUrl) : [],
		model_code: t.body.model_code,
		model_name: model ? model.name : '',
		ref_img_url: isImage ? photoInfo(t).ref_img_url : framesOf(t.body),
		motion_info: isImage ? null : motionInfo(t),
		photo_info: isImage ? photoInfo(t) : null,
	};
}

module.exports = {
	TaskStore,
	taskDetail,
	progressAt,
	isEnded,
	imageCount,
	imageAnswer,
	TYPE_IMAGE,
	TYPE_VIDEO,
	FAIL_MSG,
	VIOLATION_MSG,
};
