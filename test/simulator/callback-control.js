'use strict';
/**
 * Callbacks on demand, for testing a trigger node (`sim.sendCallback(spec)`,
 * `POST /__sim/callbacks/send`). Every mode posts to a loopback URL through the same sender as
 * the callbacks of ended tasks, waits for the delivery and answers the attempt.
 *
 * Modes:
 * - `finished`: the current detail of an existing task that has ended (`product`, `id`)
 * - `unfinished`: the current detail of an existing task that has not ended (`product`, `id`)
 * - `forged`: a succeeded detail of `product` for a task id that does not exist (`id` optional)
 * - `duplicate`: the very body of an earlier attempt again, same trace_id (`attempt`: its 1-based
 *   index in callbacks(), default the last; `url` defaults to that attempt's URL)
 * - `raw`: `body` as given
 */
const crypto = require('node:crypto');
const { isEnded, progressAt } = require('./tasks');
const { PRODUCTS } = require('./product-store');
const { productDetail, forgedDetail, hasEnded } = require('./products');

/**
 * @typedef {object} CallbackRequest
 * @property {'finished'|'unfinished'|'forged'|'duplicate'|'raw'} mode
 * @property {string} [url] where to post (required except for duplicate)
 * @property {'aiCreation'|import('./product-store').Product} [product] default 'aiCreation'
 * @property {string} [id] the task (finished, unfinished) or the forged id
 * @property {number} [attempt] duplicate: the 1-based index in callbacks()
 * @property {unknown} [body] raw: the body
 * @property {boolean} [envelope] wrap the detail in `{trace_id, code, msg, data}`; default the
 *   option callbackEnvelope
 */

/** A refused request: the control route answers `status` with `message`. */
class ControlError extends Error {
	/** @param {number} status @param {string} message */
	constructor(status, message) {
		super(message);
		this.status = status;
	}
}

const MODES = ['finished', 'unfinished', 'forged', 'duplicate', 'raw'];
const ALL_PRODUCTS = ['aiCreation', ...PRODUCTS];

/** A Hailuo 02 body for a forged AI-creation callback. */
const FORGED_AI_BODY = {
	ref_prompt: '伪造的回调',
	creation_type: 4,
	model_code: 'MiniMax-Hailuo-02',
	video_duration: 6,
	clarity: 720,
};

/** The existing task's detail and whether it has ended. */
function existing(sim, product, id) {
	const nowMs = sim.now();
	if (product === 'aiCreation') {
		const t = sim.taskStore.get(id);
		if (!t) return null;
		return { detail: sim.detail(t, nowMs), ended: isEnded(progressAt(t, nowMs)) };
	}
	const t = sim.productStore.get(product, id);
	if (!t) return null;
	return { detail: productDetail(sim, t, nowMs), ended: hasEnded(t, nowMs) };
}

function forged(sim, product, id) {
	if (id !== undefined && existing(sim, product, id))
		throw new ControlError(409, `task ${id} exists; a forged callback needs an id that does not`);
	if (product !== 'aiCreation') return { id: id ?? null, detail: forgedDetail(sim, product, id) };
	const uniqueId = id ?? crypto.randomUUID();
	const nowMs = sim.now();
	const fake = {
		uniqueId,
		id: 0,
		createdMs: nowMs - 1,
		renderMs: 0,
		queuedMs: 0,
		willFail: false,
		settled: true,
		type: 4,
		body: FORGED_AI_BODY,
		extraFields: {},
	};
	return { id: uniqueId, detail: sim.detail(fake, nowMs) };
}

/**
 * @param {import('./simulator').Simulator} sim
 * @param {CallbackRequest} spec
 * @returns {Promise<import('./callbacks').CallbackAttempt>}
 */
async function sendOnDemand(sim, spec) {
	if (!spec || typeof spec !== 'object') throw new ControlError(400, 'body must be an object');
	const { mode } = spec;
	if (!MODES.includes(mode)) throw new ControlError(400, `mode must be one of ${MODES.join(', ')}`);
	const product = spec.product ?? 'aiCreation';
	if (!ALL_PRODUCTS.includes(product))
		throw new ControlError(400, `product must be one of ${ALL_PRODUCTS.join(', ')}`);
	if (mode !== 'duplicate' && typeof spec.url !== 'string')
		throw new ControlError(400, 'url must be a string');
	const envelope = spec.envelope;
	if (mode === 'raw') {
		return sim.postCallback({
			product: 'raw',
			id: '',
			url: spec.url,
			body: spec.body,
			trigger: mode,
		});
	}
	if (mode === 'duplicate') {
		const attempts = sim.callbackSender.attempts;
		const index = spec.attempt ?? attempts.length;
		const earlier = attempts[index - 1];
		if (!earlier) throw new ControlError(404, `no callback attempt ${index}`);
		return sim.postCallback({
			product: earlier.product,
			id: earlier.uniqueId,
			url: spec.url ?? earlier.url,
			body: structuredClone(earlier.body),
			trigger: mode,
		});
	}
	if (mode === 'forged') {
		const f = forged(sim, product, spec.id);
		const id = f.id ?? f.detail.id;
		return sim.postCallback({
			product,
			id,
			url: spec.url,
			data: f.detail,
			trigger: mode,
			envelope,
		});
	}
	if (typeof spec.id !== 'string') throw new ControlError(400, 'id must be a string');
	const found = existing(sim, product, spec.id);
	if (!found) throw new ControlError(404, `no ${product} task ${spec.id}`);
	if (mode === 'finished' && !found.ended)
		throw new ControlError(409, `task ${spec.id} has not ended (use mode unfinished)`);
	if (mode === 'unfinished' && found.ended)
		throw new ControlError(409, `task ${spec.id} has ended (use mode finished)`);
	return sim.postCallback({
		product,
		id: spec.id,
		url: spec.url,
		data: found.detail,
		trigger: mode,
		envelope,
	});
}

module.exports = { sendOnDemand, ControlError, MODES };
