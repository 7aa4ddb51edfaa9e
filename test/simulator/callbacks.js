'use strict';
/**
 * Delivers callbacks: one POST of JSON per ended task that had a `callback` URL, and the ones
 * the control route sends on demand. Only loopback http:// URLs are contacted; any other URL
 * is recorded as refused.
 */
const http = require('node:http');

/**
 * @typedef {object} CallbackAttempt
 * @property {string} uniqueId the task's id (unique_id, video id, task_id, …)
 * @property {string} product 'aiCreation', 'video', 'speech', 'lipSync', 'person', 'voice' or 'raw'
 * @property {string} trigger 'ended' (the task ended), or the on-demand mode: 'finished',
 *   'unfinished', 'forged', 'duplicate', 'raw'
 * @property {string} url
 * @property {number} time simulator clock, ms
 * @property {'delivered'|'refused'|'error'} outcome `delivered` means an HTTP answer came back (any status)
 * @property {number|null} httpStatus
 * @property {string|null} error
 * @property {any} body what was (or would have been) posted
 */

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** @param {URL} url */
function isLoopback(url) {
	return LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/** @param {string} raw @returns {string|null} why the URL is refused */
function refusal(raw) {
	let url;
	try {
		url = new URL(raw);
	} catch {
		return 'not a URL';
	}
	if (url.protocol !== 'http:') return `protocol ${url.protocol} refused (only http)`;
	if (!isLoopback(url)) return `host ${url.hostname} refused (only loopback)`;
	return null;
}

/** @param {string} url @param {string} text @param {number} timeoutMs @returns {Promise<number>} */
function post(url, text, timeoutMs) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				agent: false,
				timeout: timeoutMs,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode || 0));
				res.on('error', reject);
			},
		);
		req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
		req.on('error', reject);
		req.end(text);
	});
}

class CallbackSender {
	constructor() {
		/** @type {CallbackAttempt[]} */
		this.attempts = [];
		/** @type {Set<Promise<void>>} */
		this.pending = new Set();
	}

	/**
	 * Starts one delivery and records it. Resolves with (a copy of) the attempt when it is done;
	 * never rejects.
	 * @param {{uniqueId: string, product?: string, trigger?: string, url: string, body: any, time: number, timeoutMs: number}} c
	 * @returns {Promise<CallbackAttempt>}
	 */
	send(c) {
		/** @type {CallbackAttempt} */
		const attempt = {
			uniqueId: c.uniqueId,
			product: c.product || 'aiCreation',
			trigger: c.trigger || 'ended',
			url: c.url,
			time: c.time,
			outcome: 'refused',
			httpStatus: null,
			error: null,
			body: c.body,
		};
		this.attempts.push(attempt);
		const why = refusal(c.url);
		if (why) {
			attempt.error = why;
			return Promise.resolve(structuredClone(attempt));
		}
		const p = post(c.url, JSON.stringify(c.body), c.timeoutMs).then(
			(status) => {
				attempt.outcome = 'delivered';
				attempt.httpStatus = status;
			},
			(err) => {
				attempt.outcome = 'error';
				attempt.error = String(err && err.message ? err.message : err);
			},
		);
		const tracked = p.finally(() => this.pending.delete(tracked));
		this.pending.add(tracked);
		return tracked.then(() => structuredClone(attempt));
	}

	/** Resolves when every delivery started so far is done. */
	async idle() {
		while (this.pending.size > 0) await Promise.all([...this.pending]);
	}

	/** @returns {CallbackAttempt[]} */
	list() {
		return structuredClone(this.attempts);
	}

	clear() {
		this.attempts = [];
	}
}

module.exports = { CallbackSender, refusal };
