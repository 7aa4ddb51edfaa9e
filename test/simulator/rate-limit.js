'use strict';
/**
 * Request cap: a sliding window (one second by default) per key (the simulator keys by access
 * token, see README). Only admitted requests count. A limit of 0, null or Infinity means no cap.
 */
class RateLimiter {
	constructor() {
		/** @type {Map<string, number[]>} */
		this.windows = new Map();
	}

	/**
	 * @param {string} key
	 * @param {number} nowMs
	 * @param {number} qps requests allowed per window
	 * @param {number} [windowMs]
	 * @returns {boolean} whether the request is admitted
	 */
	admit(key, nowMs, qps, windowMs = 1000) {
		if (!qps || !Number.isFinite(qps)) return true;
		const recent = (this.windows.get(key) || []).filter((t) => t > nowMs - windowMs);
		if (recent.length >= qps) {
			this.windows.set(key, recent);
			return false;
		}
		recent.push(nowMs);
		this.windows.set(key, recent);
		return true;
	}

	clear() {
		this.windows.clear();
	}
}

module.exports = { RateLimiter };
