'use strict';
/**
 * Fault injection for API and file requests: deterministic rules (`faultsFor`, the next N calls
 * to a path) first, then the random rates (`dropRate`, `http5xxRate`) from a seedable PRNG.
 */
const { createPrng } = require('./prng');

/**
 * A fault for one request. `afterHandling` (http5xx, drop, hang): the request is first handled
 * as usual (a submit creates its task), then the answer is lost that way; (delay): the request
 * is handled at once (a token is issued when it arrives) and its answer sent late.
 * @typedef {{kind: 'http5xx', status: number, afterHandling?: boolean}
 *   | {kind: 'drop', afterHandling?: boolean} | {kind: 'hang', afterHandling?: boolean}
 *   | {kind: 'delay', delayMs: number, afterHandling?: boolean}
 *   | {kind: 'code', code: number, msg: string}
 *   | {kind: 'data', data?: unknown, omitData?: boolean}
 *   | {kind: 'body', status: number, contentType: string, body: string, contentLength?: number}
 *   | {kind: 'bigFile', bytes: number}} Fault
 */

/** @param {string} pattern @param {string} path */
function pathMatches(pattern, path) {
	if (pattern === '*') return true;
	if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
	return pattern === path;
}

/** @param {import('./options').FaultRule} rule @returns {Fault} */
function faultOf(rule) {
	switch (rule.kind) {
		case 'http5xx':
			return { kind: 'http5xx', status: rule.status ?? 502, afterHandling: !!rule.afterHandling };
		case 'hang':
			return { kind: 'hang', afterHandling: !!rule.afterHandling };
		case 'data':
			return { kind: 'data', data: rule.data, omitData: !!rule.omitData };
		case 'body':
			return {
				kind: 'body',
				status: rule.status ?? 200,
				contentType: rule.contentType ?? 'text/html',
				body: rule.body ?? '<html><body>Login required</body></html>\n',
				contentLength: rule.contentLength,
			};
		case 'bigFile':
			return { kind: 'bigFile', bytes: rule.bytes ?? 200 * 1000 * 1000 };
		case 'delay':
			return { kind: 'delay', delayMs: rule.delayMs ?? 1000, afterHandling: !!rule.afterHandling };
		case 'code':
			return { kind: 'code', code: rule.code ?? 50000, msg: rule.msg ?? '系统内部错误' };
		default:
			return { kind: 'drop', afterHandling: !!rule.afterHandling };
	}
}

class FaultInjector {
	/** @param {number} seed */
	constructor(seed) {
		this.random = createPrng(seed);
		/** @type {import('./options').FaultRule[]} */
		this.rules = [];
	}

	/** @param {number} seed */
	reseed(seed) {
		this.random = createPrng(seed);
	}

	/** Replaces the deterministic rules. @param {import('./options').FaultRule[]} rules */
	setRules(rules) {
		this.rules = rules.map((r) => ({ ...r }));
	}

	/**
	 * The fault for one request, if any; consumes one use of a matching rule.
	 * @param {string} path
	 * @param {{dropRate: number, http5xxRate: number}} rates
	 * @returns {Fault|null}
	 */
	pick(path, rates) {
		const rule = this.rules.find((r) => r.count > 0 && pathMatches(r.path, path));
		if (rule) {
			rule.count--;
			return faultOf(rule);
		}
		if (rates.dropRate > 0 && this.random() < rates.dropRate) return { kind: 'drop' };
		if (rates.http5xxRate > 0 && this.random() < rates.http5xxRate)
			return { kind: 'http5xx', status: 502 };
		return null;
	}
}

module.exports = { FaultInjector, pathMatches, faultOf };
