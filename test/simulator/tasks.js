'use strict';
/**
 * Tasks created by submit. A task's state is a function of the clock: `Queued` for the first
 * `queuedFraction` of its render time, then `Generating`, then `Success` or `Fail`. Render time
 * and the failure are fixed at submit, so later config changes do not alter running tasks.
 */
const crypto = require('node:crypto');

const TYPE_VIDEO = 4;
const MODEL_NAME = 'Hailuo 02';
const DEFAULT_CLARITY = 720;
const FAIL_MSG = '任务失败,本次生成不消耗蝉豆';

/**
 * @typedef {object} TaskRecord
 * @property {string} uniqueId
 * @property {number} id
 * @property {number} createdMs
 * @property {number} renderMs
 * @property {number} queuedMs
 * @property {boolean} willFail
 * @property {boolean} settled whether the end was seen (callback sent, credit refunded)
 * @property {Record<string, any>} body the submit body
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
	 * @param {{nowMs: number, renderMs: number, queuedFraction: number, willFail: boolean}} how
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
			settled: false,
			body: structuredClone(body),
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

/**
 * The task as `GET /open/v1/ai_creation/task` answers it in `data`.
 * @param {TaskRecord} t
 * @param {number} nowMs
 * @param {string} baseUrl where /files/<id>.mp4 is served
 */
function taskDetail(t, nowMs, baseUrl) {
	const state = progressAt(t, nowMs);
	const frames = framesOf(t.body);
	return {
		unique_id: t.uniqueId,
		id: t.id,
		create_time: Math.floor(t.createdMs / 1000),
		type: TYPE_VIDEO,
		progress_desc: state,
		err_msg: state === 'Fail' ? FAIL_MSG : '',
		output_url: state === 'Success' ? [`${baseUrl}/files/${t.uniqueId}.mp4`] : [],
		model_code: t.body.model_code,
		model_name: MODEL_NAME,
		ref_img_url: frames,
		motion_info: {
			photo_path_url: frames[0] || '',
			ref_prompt: t.body.ref_prompt,
			clarity: t.body.clarity ?? DEFAULT_CLARITY,
			quality_mode: '',
			style: '',
			aspect_ratio: '',
			video_duration: t.body.video_duration,
		},
		photo_info: null,
	};
}

module.exports = { TaskStore, taskDetail, progressAt, isEnded, TYPE_VIDEO, FAIL_MSG };
