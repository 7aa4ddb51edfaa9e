'use strict';
/**
 * The log of API and file requests that tests read (control endpoints are not logged).
 *
 * @typedef {object} LoggedRequest
 * @property {number} seq
 * @property {number} time simulator clock, ms
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string>} query
 * @property {Record<string, string|string[]|undefined>} headers all request headers (lower case)
 * @property {any} body parsed JSON body (undefined when empty, null when not JSON)
 * @property {string} [rawBody] the body text when it was not JSON
 * @property {number|null} httpStatus null when the socket was dropped
 * @property {number|null} code the envelope code answered, null for non-JSON answers
 * @property {string|null} fault the injected fault kind, if any
 */

class RequestLog {
	constructor() {
		/** @type {LoggedRequest[]} */
		this.entries = [];
	}

	/** @param {Omit<LoggedRequest, 'seq'>} entry */
	add(entry) {
		const full = { seq: this.entries.length + 1, ...entry };
		this.entries.push(full);
		return full;
	}

	/**
	 * A copy of the entries, oldest first.
	 * @param {{path?: string, method?: string}} [filter]
	 * @returns {LoggedRequest[]}
	 */
	list(filter = {}) {
		return structuredClone(
			this.entries.filter(
				(e) =>
					(!filter.path || e.path === filter.path) &&
					(!filter.method || e.method === filter.method),
			),
		);
	}

	clear() {
		this.entries = [];
	}
}

module.exports = { RequestLog };
