'use strict';
/**
 * The models the simulator knows, keyed by `model_code` exactly as Chanjing's documentation pages
 * write it (case matters), with the rules those pages state. Where a page is silent about a field
 * or its values, the value passes: no rule here is the simulator's own invention.
 *
 * Field rules:
 * - `prompt`: 'required' (a non-empty string) or 'optional' (a string when given).
 * - `clarity`: 'any' (the page has no clarity row: anything passes), 'int' (a row without a value
 *   set: an integer), or an array of the values the page allows.
 * - `aspectRatios`, `qualityModes`: null (not stated: anything passes) or the values the page allows.
 * - `refImages`: 'list' (an array of strings, any count), 'atMostOne', or 'unsupported'.
 * - `defaults`: what the task detail shows for a field that was not sent (the page's stated default).
 * - `envelopeOnly`: a code Chanjing's official sources name without a documentation page; only the
 *   envelope is checked (creation_type by kind, ref_prompt), so that unknown fields can be tried.
 */

const TYPE_IMAGE = 3;
const TYPE_VIDEO = 4;

const PAGES = 'https://doc.chanjing.cc/api/ai-creation/';
const IMAGE_ASPECT_RATIOS = Object.freeze(['1:1', '3:4', '4:3', '9:16', '16:9']);
const STD_PRO = Object.freeze(['std', 'pro']);

/**
 * @typedef {object} ModelSpec
 * @property {3|4} type creation_type
 * @property {string} name `model_name` in the task detail
 * @property {'required'|'optional'} prompt
 * @property {'any'|'int'|readonly number[]} clarity
 * @property {readonly string[]|null} aspectRatios
 * @property {readonly string[]|null} qualityModes
 * @property {'list'|'atMostOne'|'unsupported'} refImages
 * @property {{clarity?: number, aspect_ratio?: string, quality_mode?: string}} defaults
 * @property {boolean} envelopeOnly
 * @property {string} source
 */

/** @param {Partial<ModelSpec> & {type: 3|4, name: string, source: string}} spec @returns {ModelSpec} */
function model(spec) {
	return Object.freeze({
		prompt: 'required',
		clarity: 'any',
		aspectRatios: null,
		qualityModes: null,
		refImages: 'list',
		defaults: {},
		envelopeOnly: false,
		...spec,
	});
}

/** @type {Readonly<Record<string, ModelSpec>>} */
const MODELS = Object.freeze({
	// Video (creation_type 4)
	'MiniMax-Hailuo-02': model({
		type: TYPE_VIDEO,
		name: 'Hailuo 02',
		clarity: 'int',
		defaults: { clarity: 720 },
		source: `${PAGES}video-minimax-hailuo-02.html`,
	}),
	'Doubao-Seedance-1.0-lite-i2v': model({
		type: TYPE_VIDEO,
		name: '豆包 Seedance 1.0 Lite',
		clarity: 'int',
		defaults: { clarity: 1080 },
		source: `${PAGES}video-doubao-seedance-1.0-lite-i2v.html`,
	}),
	'tx_kling2.5': model({
		type: TYPE_VIDEO,
		name: '腾讯 Kling 2.5',
		prompt: 'optional',
		clarity: 'int',
		source: `${PAGES}video-tx-kling2.5.html`,
	}),
	'tx_kling-v2-1-master': model({
		type: TYPE_VIDEO,
		name: '腾讯 Kling v2.1 Master',
		prompt: 'optional',
		clarity: 'int',
		source: `${PAGES}video-tx-kling-v2-1-master.html`,
	}),
	'kling-v2-5-turbo-normal': model({
		type: TYPE_VIDEO,
		name: 'Kling v2.5 Turbo',
		qualityModes: STD_PRO,
		source: `${PAGES}video-kling-v2-5-turbo-normal.html`,
	}),
	// Image (creation_type 3)
	'doubao-seedream-3.0-t2i': model({
		type: TYPE_IMAGE,
		name: 'Seedream 3.0',
		clarity: [1024, 2048, 4096],
		aspectRatios: IMAGE_ASPECT_RATIOS,
		refImages: 'unsupported',
		defaults: { clarity: 2048, aspect_ratio: '1:1' },
		source: `${PAGES}pic-seedream-3.0.html`,
	}),
	'doubao-seedream-4.0': model({
		type: TYPE_IMAGE,
		name: 'Seedream 4.0',
		clarity: [1024, 2048, 4096],
		aspectRatios: IMAGE_ASPECT_RATIOS,
		defaults: { clarity: 2048, aspect_ratio: '1:1' },
		source: `${PAGES}pic-seedream-4.0.html`,
	}),
	'kling-v2-1': model({
		type: TYPE_IMAGE,
		name: 'kling-v2-1',
		clarity: [1024, 2048],
		aspectRatios: IMAGE_ASPECT_RATIOS,
		refImages: 'atMostOne',
		defaults: { clarity: 1024, aspect_ratio: '1:1' },
		source: `${PAGES}pic-kling-v2-1.html`,
	}),
	'wan2.2-t2i': model({
		type: TYPE_IMAGE,
		name: 'wan2.2-t2i',
		aspectRatios: IMAGE_ASPECT_RATIOS,
		qualityModes: STD_PRO,
		defaults: { quality_mode: 'std' },
		source: `${PAGES}pic-wan2.2-t2i.html`,
	}),
	// Named by official sources without a page: for a custom model code and its own fields.
	'Doubao-Seedance-1.0-pro': model({
		type: TYPE_VIDEO,
		name: '',
		envelopeOnly: true,
		source: 'chanjing-ai/chan-skills skills/chanjing-ai-creation/reference.md',
	}),
	'doubao-seedream-4.5': model({
		type: TYPE_IMAGE,
		name: '', // the task-list page's example task of this model has an empty model_name
		envelopeOnly: true,
		source: `${PAGES}get-ai-creation-task-list.html`,
	}),
});

/** The submit fields some page documents; any other field of a submit is recorded as extra. */
const DOCUMENTED_FIELDS = Object.freeze([
	'model_code',
	'creation_type',
	'ref_prompt',
	'clarity',
	'aspect_ratio',
	'quality_mode',
	'style',
	'video_duration',
	'number_of_images',
	'start_frame',
	'end_frame',
	'ref_img_url',
	'callback',
]);

/** @param {unknown} code @returns {ModelSpec|undefined} */
function modelOf(code) {
	return typeof code === 'string' && Object.hasOwn(MODELS, code) ? MODELS[code] : undefined;
}

/** The fields of a submit body that no page documents, as sent. @param {Record<string, unknown>} body */
function extraFieldsOf(body) {
	return Object.fromEntries(Object.entries(body).filter(([k]) => !DOCUMENTED_FIELDS.includes(k)));
}

module.exports = {
	MODELS,
	TYPE_IMAGE,
	TYPE_VIDEO,
	IMAGE_ASPECT_RATIOS,
	DOCUMENTED_FIELDS,
	modelOf,
	extraFieldsOf,
};
