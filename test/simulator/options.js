'use strict';
/**
 * The simulator's options: defaults, and checking/normalising a patch (at start, from
 * `sim.configure(patch)` or from `POST /__sim/config`). JSON cannot carry Infinity, so
 * `creditsLeft: null` (or the string "Infinity") means unlimited; `qps: 0` or null means no cap.
 */

/**
 * @typedef {object} FaultRule the next `count` calls to `path` get fault `kind`
 * @property {string} path exact path (no query), a prefix ending in `*`, or `*` for every path
 * @property {number} [count] default 1
 * @property {'http5xx'|'drop'|'hang'|'delay'|'code'|'data'|'body'|'bigFile'} kind
 * @property {boolean} [afterHandling] http5xx/drop/hang: handle the request first (a submit
 *   creates its task), then lose the answer; delay: handle it first, then answer late
 * @property {number} [delayMs] for kind `delay`
 * @property {number} [status] HTTP status for kind `http5xx` (default 502) or `body` (200)
 * @property {unknown} [data] for kind `data`: the `data` of a code-0 answer (request handled first)
 * @property {boolean} [omitData] for kind `data`: no `data` key at all
 * @property {string} [contentType] for kind `body` (default text/html)
 * @property {string} [body] for kind `body`: the answer text
 * @property {number} [contentLength] for kind `body`: the length announced (may lie)
 * @property {number} [bytes] for kind `bigFile`: size of the streamed MP4 (default 200 MB)
 * @property {number} [code] envelope code for kind `code` (default 50000)
 * @property {string} [msg] envelope msg for kind `code`
 */

/**
 * @typedef {object} SimulatorOptions
 * @property {number} [port] 0 = any free port
 * @property {{appId: string, secretKey: string}[]} [accounts]
 * @property {string[]} [staticTokens] tokens that never expire ("Access Token" mode)
 * @property {number} [tokenTtlS] life of a fetched token, seconds
 * @property {number} [renderMs] time from submit to the end of a task
 * @property {number} [queuedFraction] share of renderMs spent `Queued` before `Generating`
 * @property {number} [failRate] 0..1, chance that a task ends in `Fail`
 * @property {number|null} [creditsLeft] submits left before `蝉豆不足`; null/Infinity = unlimited
 * @property {number|null} [qps] requests per second per access token; 0/null = no cap
 * @property {number} [http5xxRate] 0..1, chance of an HTTP 502 with a non-JSON body
 * @property {number} [dropRate] 0..1, chance of destroying the socket without an answer
 * @property {number} [delayMs] latency added to every API and file request
 * @property {number|{count: number, code?: number, msg?: string}} [failNextSubmits]
 * @property {number} [failNextSubmitsCode] code for failNextSubmits given as a number
 * @property {string} [failNextSubmitsMsg]
 * @property {FaultRule[]} [faultsFor] deterministic faults; a patch replaces the list
 * @property {number} [seed] seed of the PRNG for the random rates (a patch re-seeds)
 * @property {string|null} [publicUrl] base of output_url; default the simulator's own URL
 * @property {number} [tickMs] how often ended tasks are looked for (to send callbacks)
 * @property {number} [callbackTimeoutMs]
 * @property {boolean} [callbackEnvelope] wrap the callback body in `{trace_id, code, msg, data}`
 * @property {import('./product-store').Product[]} [bareCallbackProducts] products whose callbacks
 *   post the bare detail even when callbackEnvelope is true (custom avatars: CP says the body is
 *   the detail's `data`)
 * @property {() => number} [now] clock in ms (programmatic only)
 * @property {number} [fileCheckMs] after an upload's PUT, file_detail answers status 0 this long
 * @property {1|2} [fileReadyStatus] the status a checked file ends in (clients disagree on 2)
 * @property {number|{count: number, service?: string}} [rejectNextFiles] the next n upload URLs
 *   (of `service` only, when given) end in status 98 (content check)
 * @property {number|null} [fileApiPerMinute] file API requests per minute per token; 0/null = no cap
 * @property {'page_info'|'pageInfo'|'PageInfo'} [pagerKey] pager of video_list and
 *   video_lip_sync/list ('PageInfo' also capitalises `List`), catalogue D6
 * @property {Partial<Record<import('./product-store').Product, number|null>>} [productRenderMs]
 *   render time per product (video, speech, lipSync, person, voice); absent/null = renderMs
 * @property {string} [billingFailureMsg] msg of a product task created with no credits left
 * @property {number|null} [customPersonLimit] live custom avatars per account (40002 beyond)
 * @property {number|null} [personCreatePerMinute] create_customised_person per token per minute
 * @property {number} [videoCreateLimit] user_info.video_create_limit
 * @property {number} [beansExpiring30d] user_duration.bean_day30 (at most the balance)
 * @property {'full'|'short'|'empty'|'null'|'html'|'404'} [imageDelivery] how image tasks
 *   submitted from now on deliver output_url (see README)
 * @property {string[]} [offlineModels] model codes whose submit answers 40000 `模型已下线`
 * @property {string[]} [sensitiveWords] a ref_prompt containing one answers 40000 `提示词包含敏感词`
 * @property {string} [noCreditsMsg] the submit answer when creditsLeft is 0
 * @property {IdenticalSubmitFault|null} [identicalSubmitFault] one shot: the next create whose
 *   body equals an earlier one that created a task loses its answer
 */

/**
 * @typedef {object} IdenticalSubmitFault
 * @property {'drop'|'http5xx'|'hang'} kind
 * @property {boolean} [afterHandling] true: the task is created, then the answer lost; false:
 *   the answer is lost before anything is created
 * @property {number} [status] for http5xx (default 502)
 * @property {string} [path] which create route (default the AI-creation submit)
 */

/** @type {Required<SimulatorOptions>} */
const DEFAULTS = Object.freeze({
	port: 0,
	accounts: [{ appId: 'sim-app-id', secretKey: 'sim-secret-key' }],
	staticTokens: ['sim-static-token'],
	tokenTtlS: 86400,
	renderMs: 3000,
	queuedFraction: 0.2,
	failRate: 0,
	creditsLeft: Infinity,
	qps: 20,
	http5xxRate: 0,
	dropRate: 0,
	delayMs: 0,
	failNextSubmits: 0,
	failNextSubmitsCode: 50000,
	failNextSubmitsMsg: '系统内部错误',
	faultsFor: [],
	seed: 1,
	publicUrl: null,
	tickMs: 100,
	callbackTimeoutMs: 5000,
	callbackEnvelope: true,
	bareCallbackProducts: ['person'],
	now: Date.now,
	fileCheckMs: 1000,
	fileReadyStatus: 1,
	rejectNextFiles: 0,
	fileApiPerMinute: 30,
	pagerKey: 'page_info',
	productRenderMs: {},
	billingFailureMsg: '扣费失败,蝉豆不足',
	customPersonLimit: 20,
	personCreatePerMinute: 10,
	videoCreateLimit: 36000,
	beansExpiring30d: 0,
	imageDelivery: 'full',
	offlineModels: [],
	sensitiveWords: [],
	noCreditsMsg: '账户蝉豆不足,请充值后再试',
	identicalSubmitFault: null,
});

const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const PAGER_KEYS = ['page_info', 'pageInfo', 'PageInfo'];
const PRODUCT_KEYS = ['video', 'speech', 'lipSync', 'person', 'voice'];
const IMAGE_DELIVERIES = ['full', 'short', 'empty', 'null', 'html', '404'];
const IDENTICAL_KINDS = ['drop', 'http5xx', 'hang'];

/** Options that only make sense at start. */
const START_ONLY = new Set(['port']);
const FAULT_KINDS = new Set([
	'http5xx',
	'drop',
	'hang',
	'delay',
	'code',
	'data',
	'body',
	'bigFile',
]);

function fail(message) {
	throw new TypeError(`simulator option ${message}`);
}

function nonNegative(name, v) {
	if (typeof v !== 'number' || !(v >= 0)) fail(`${name} must be a number >= 0`);
	return v;
}

function rate(name, v) {
	if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`${name} must be a number in 0..1`);
	return v;
}

function unlimited(name, v) {
	if (v === null || v === 'Infinity') return Infinity;
	return nonNegative(name, v);
}

/** @param {string} name @param {unknown} v @returns {string[]} */
function stringList(name, v) {
	if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
		fail(`${name} must be an array of strings`);
	return [...v];
}

/** @param {unknown} list @returns {FaultRule[]} */
function faultRules(list) {
	if (!Array.isArray(list)) fail('faultsFor must be an array');
	return list.map((r, i) => {
		if (!r || typeof r.path !== 'string') fail(`faultsFor[${i}].path must be a string`);
		if (!FAULT_KINDS.has(r.kind))
			fail(`faultsFor[${i}].kind must be one of ${[...FAULT_KINDS].join(', ')}`);
		return {
			...r,
			count: r.count === undefined ? 1 : nonNegative(`faultsFor[${i}].count`, r.count),
		};
	});
}

/** Checks for every option that needs more than a type. */
const CHECKS = {
	port: (v) => nonNegative('port', v),
	accounts: (v) => {
		if (
			!Array.isArray(v) ||
			v.some((a) => !a || typeof a.appId !== 'string' || typeof a.secretKey !== 'string')
		) {
			fail('accounts must be [{appId, secretKey}]');
		}
		return v.map((a) => ({ appId: a.appId, secretKey: a.secretKey }));
	},
	staticTokens: (v) => {
		if (!Array.isArray(v) || v.some((t) => typeof t !== 'string'))
			fail('staticTokens must be an array of strings');
		return [...v];
	},
	tokenTtlS: (v) => nonNegative('tokenTtlS', v),
	renderMs: (v) => nonNegative('renderMs', v),
	queuedFraction: (v) => rate('queuedFraction', v),
	failRate: (v) => rate('failRate', v),
	creditsLeft: (v) => unlimited('creditsLeft', v),
	qps: (v) => unlimited('qps', v),
	http5xxRate: (v) => rate('http5xxRate', v),
	dropRate: (v) => rate('dropRate', v),
	delayMs: (v) => nonNegative('delayMs', v),
	failNextSubmits: (v) =>
		typeof v === 'object' && v !== null ? v : nonNegative('failNextSubmits', v),
	failNextSubmitsCode: (v) => nonNegative('failNextSubmitsCode', v),
	failNextSubmitsMsg: (v) => String(v),
	faultsFor: faultRules,
	seed: (v) => nonNegative('seed', v),
	publicUrl: (v) => (v === null ? null : String(v).replace(/\/+$/, '')),
	tickMs: (v) => nonNegative('tickMs', v),
	callbackTimeoutMs: (v) => nonNegative('callbackTimeoutMs', v),
	callbackEnvelope: (v) => Boolean(v),
	bareCallbackProducts: (v) => {
		if (!Array.isArray(v)) fail('bareCallbackProducts must be an array');
		for (const k of v)
			if (!PRODUCT_KEYS.includes(k))
				fail(`bareCallbackProducts: ${String(k)} is unknown (${PRODUCT_KEYS.join(', ')})`);
		return [...v];
	},
	fileCheckMs: (v) => nonNegative('fileCheckMs', v),
	fileReadyStatus: (v) => {
		if (v !== 1 && v !== 2) fail('fileReadyStatus must be 1 or 2');
		return v;
	},
	rejectNextFiles: (v) => {
		if (typeof v === 'object' && v !== null) {
			if (v.service !== undefined && typeof v.service !== 'string')
				fail('rejectNextFiles.service must be a string');
			return { count: nonNegative('rejectNextFiles.count', v.count ?? 1), service: v.service };
		}
		return nonNegative('rejectNextFiles', v);
	},
	pagerKey: (v) => {
		if (!PAGER_KEYS.includes(v)) fail(`pagerKey must be one of ${PAGER_KEYS.join(', ')}`);
		return v;
	},
	productRenderMs: (v) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v))
			fail('productRenderMs must be an object');
		const out = {};
		for (const [k, ms] of Object.entries(v)) {
			if (!PRODUCT_KEYS.includes(k))
				fail(`productRenderMs.${k} is unknown (${PRODUCT_KEYS.join(', ')})`);
			if (ms !== null) out[k] = nonNegative(`productRenderMs.${k}`, ms);
		}
		return out;
	},
	billingFailureMsg: (v) => String(v),
	customPersonLimit: (v) => unlimited('customPersonLimit', v),
	personCreatePerMinute: (v) => unlimited('personCreatePerMinute', v),
	videoCreateLimit: (v) => nonNegative('videoCreateLimit', v),
	beansExpiring30d: (v) => nonNegative('beansExpiring30d', v),
	imageDelivery: (v) => {
		if (!IMAGE_DELIVERIES.includes(v))
			fail(`imageDelivery must be one of ${IMAGE_DELIVERIES.join(', ')}`);
		return v;
	},
	offlineModels: (v) => stringList('offlineModels', v),
	sensitiveWords: (v) => stringList('sensitiveWords', v),
	noCreditsMsg: (v) => String(v),
	identicalSubmitFault: (v) => {
		if (v === null) return null;
		if (typeof v !== 'object' || !IDENTICAL_KINDS.includes(v.kind))
			fail(
				`identicalSubmitFault must be null or {kind: ${IDENTICAL_KINDS.join('|')}, afterHandling?, status?, path?}`,
			);
		return {
			kind: v.kind,
			afterHandling: !!v.afterHandling,
			...(v.status !== undefined
				? { status: nonNegative('identicalSubmitFault.status', v.status) }
				: {}),
			path: typeof v.path === 'string' ? v.path : SUBMIT_PATH,
		};
	},
	fileApiPerMinute: (v) => unlimited('fileApiPerMinute', v),
	now: (v) => {
		if (typeof v !== 'function') fail('now must be a function');
		return v;
	},
};

/**
 * Checks a patch and returns it normalised. Unknown keys throw.
 * @param {Record<string, unknown>} patch
 * @param {{atStart?: boolean}} [how]
 * @returns {Partial<SimulatorOptions>}
 */
function normalizePatch(patch, how = {}) {
	if (!patch || typeof patch !== 'object' || Array.isArray(patch)) fail('patch must be an object');
	/** @type {Record<string, unknown>} */
	const out = {};
	for (const [key, value] of Object.entries(patch)) {
		if (value === undefined) continue;
		if (!Object.prototype.hasOwnProperty.call(CHECKS, key)) fail(`${key} is unknown`);
		if (!how.atStart && START_ONLY.has(key)) fail(`${key} can only be set at start`);
		out[key] = CHECKS[key](value);
	}
	return out;
}

/**
 * The failNextSubmits option as `{count, code, msg}`.
 * @param {SimulatorOptions} o
 */
function submitFailures(o) {
	const v = o.failNextSubmits;
	if (typeof v === 'object' && v !== null) {
		return {
			count: nonNegative('failNextSubmits.count', v.count ?? 1),
			code: v.code ?? o.failNextSubmitsCode,
			msg: v.msg ?? o.failNextSubmitsMsg,
		};
	}
	return { count: v || 0, code: o.failNextSubmitsCode, msg: o.failNextSubmitsMsg };
}

/** The pending content-check rejections `{count, service}` of the rejectNextFiles option. */
function rejectionsOf(v) {
	return typeof v === 'object' && v !== null
		? { count: v.count, service: v.service }
		: { count: v || 0, service: undefined };
}

/** The pending identical-submit fault, or null. */
function identicalFaultOf(v) {
	return v ? { ...v } : null;
}

/**
 * The options as JSON-safe data (Infinity as null, no clock function).
 * @param {SimulatorOptions} o
 */
function publicOptions(o) {
	const { now, ...rest } = o;
	return JSON.parse(JSON.stringify(rest, (_k, v) => (v === Infinity ? null : v)));
}

module.exports = {
	DEFAULTS,
	normalizePatch,
	submitFailures,
	publicOptions,
	rejectionsOf,
	identicalFaultOf,
	SUBMIT_PATH,
};
