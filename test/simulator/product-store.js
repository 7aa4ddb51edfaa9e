'use strict';
/**
 * The tasks of Chanjing's own products (avatar video, speech, lip sync, custom avatar, voice
 * clone), kept in memory for the life of the simulator (reset() forgets them). Like the
 * AI-creation tasks, a task's state is a function of the clock: queued for the first
 * `queuedFraction` of its render time, then running, then succeeded or failed. How it ends is
 * fixed at creation (markers in its text, `failRate`, the balance), so later config changes do
 * not alter running tasks. Each product maps these phases to its own status numbers.
 */
const { hasMarker } = require('./checks');

/** @typedef {'video'|'speech'|'lipSync'|'person'|'voice'} Product */
const PRODUCTS = Object.freeze(['video', 'speech', 'lipSync', 'person', 'voice']);

/**
 * How a task ends when it does not succeed.
 * - `fail`: the marker `[fail]` (a parameter / content failure; video: status 40, or NN of `[fail:NN]`)
 * - `error`: the marker `[error]` or `failRate` (a service failure; video: 50, custom avatar: 5)
 * - `billing`: created while the balance was 0 (catalogue 1: the charge fails later)
 * - `voice`: a custom avatar whose voice training failed (`[voice-fail]`, without error_skip)
 * @typedef {{kind: 'fail'|'error'|'billing'|'voice', msg?: string, status?: number}} Outcome
 */

/**
 * @typedef {object} ProductTask
 * @property {Product} product
 * @property {string} id
 * @property {number} seq creation order
 * @property {number} createdMs
 * @property {number} renderMs
 * @property {number} queuedMs
 * @property {Outcome|null} outcome null = succeeds
 * @property {boolean} charged whether a credit was taken (refunded when the task fails)
 * @property {boolean} settled whether its end was seen (callback sent, credit refunded)
 * @property {boolean} deleted
 * @property {number|null} forcedStatus a status set through a control route (voice 3 / 99)
 * @property {Record<string, any>} body the create request's body
 * @property {Record<string, any>} extra what the product derived at creation
 */

/** @typedef {'queued'|'running'|'succeeded'|'failed'} Phase */

class ProductStore {
	constructor() {
		/** @type {Map<string, ProductTask>} */
		this.byKey = new Map();
		this.seq = 0;
	}

	/**
	 * @param {Omit<ProductTask, 'seq'|'settled'|'deleted'|'forcedStatus'>} t
	 * @returns {ProductTask}
	 */
	add(t) {
		/** @type {ProductTask} */
		const task = { ...t, seq: ++this.seq, settled: false, deleted: false, forcedStatus: null };
		this.byKey.set(`${t.product}:${t.id}`, task);
		return task;
	}

	/** @param {Product} product @param {string} id */
	get(product, id) {
		return this.byKey.get(`${product}:${id}`);
	}

	/** Newest first. @param {Product} [product] @returns {ProductTask[]} */
	all(product) {
		return [...this.byKey.values()]
			.filter((t) => !product || t.product === product)
			.sort((a, b) => b.createdMs - a.createdMs || b.seq - a.seq);
	}

	clear() {
		this.byKey.clear();
		this.seq = 0;
	}
}

/** @param {ProductTask} t @param {number} nowMs @returns {Phase} */
function phaseAt(t, nowMs) {
	const elapsed = nowMs - t.createdMs;
	if (elapsed >= t.renderMs) return t.outcome ? 'failed' : 'succeeded';
	return elapsed < t.queuedMs ? 'queued' : 'running';
}

/** @param {Phase} phase */
function isOver(phase) {
	return phase === 'succeeded' || phase === 'failed';
}

/** 0 while queued, 1–99 while running, 100 once succeeded, 0 once failed. */
function progressAt(t, nowMs) {
	const phase = phaseAt(t, nowMs);
	if (phase === 'succeeded') return 100;
	if (phase !== 'running') return 0;
	const share = (nowMs - t.createdMs) / Math.max(1, t.renderMs);
	return Math.min(99, Math.max(1, Math.floor(share * 100)));
}

const FAIL = /\[fail(?::(\d+))?\]/;

/**
 * The outcome that markers in `values` ask for: `[fail]` / `[fail:NN]`, else `[error]`.
 * @param {unknown[]} values strings or string arrays (texts, names, URLs)
 * @returns {Outcome|null}
 */
function markedOutcome(values) {
	for (const v of values) {
		const texts = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string');
		for (const text of texts) {
			let decoded = text;
			try {
				decoded = decodeURIComponent(text);
			} catch {
				/* not URL-encoded */
			}
			const m = FAIL.exec(text) || FAIL.exec(decoded);
			if (m) return m[1] ? { kind: 'fail', status: Number(m[1]) } : { kind: 'fail' };
		}
	}
	return values.some((v) => hasMarker(v, '[error]')) ? { kind: 'error' } : null;
}

/**
 * Creates a product task: takes one credit when the balance allows (else the task is created
 * all the same and ends in a billing failure), and draws `failRate`.
 * @param {import('./simulator').Simulator} sim
 * @param {Product} product
 * @param {{id: string, nowMs: number, body: Record<string, any>, outcome?: Outcome|null, extra?: Record<string, any>}} how
 * @returns {ProductTask}
 */
function startTask(sim, product, how) {
	const cfg = sim.config;
	/** @type {Outcome|null} */
	let outcome = null;
	let charged = false;
	if (cfg.creditsLeft <= 0) {
		outcome = { kind: 'billing', msg: cfg.billingFailureMsg };
	} else {
		if (Number.isFinite(cfg.creditsLeft)) {
			cfg.creditsLeft--;
			charged = true;
		}
		outcome =
			how.outcome ||
			(cfg.failRate > 0 && sim.faults.random() < cfg.failRate ? { kind: 'error' } : null);
	}
	const renderMs = cfg.productRenderMs[product] ?? cfg.renderMs;
	return sim.productStore.add({
		product,
		id: how.id,
		createdMs: how.nowMs,
		renderMs,
		queuedMs: renderMs * cfg.queuedFraction,
		outcome,
		charged,
		body: structuredClone(how.body),
		extra: how.extra || {},
	});
}

/** Seconds of speech for a text: 0.2 s per character at speed 1 (at least 0.5 s), 2 decimals. */
function speechSeconds(text, speed = 1) {
	const chars = [...String(text).replace(/<[^>]*>/g, '')].length;
	const s = (chars * 0.2) / (typeof speed === 'number' && speed > 0 ? speed : 1);
	return Math.max(0.5, Math.round(s * 100) / 100);
}

module.exports = {
	PRODUCTS,
	ProductStore,
	phaseAt,
	isOver,
	progressAt,
	markedOutcome,
	startTask,
	speechSeconds,
};
