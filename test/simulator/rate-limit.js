'use strict';
/**
 * QPS cap: a sliding one-second window per key (the simulator keys by access token, see
 * README). Only admitted requests count. `qps` of 0, null or Infinity means no cap.
 */
class RateLimiter {
	constructor() {
		/** @type {Map<string, number[]>} */
		this.windows = new Map();
	}

	/**
	 * @param {string} key
	 * @param {number} nowMs
	 * @param {number} qps
	 * @returns {boolean} whether the request is admitted
	 */
	admit(key, nowMs, qps) {
		if (!qps || !Number.isFinite(qps)) return true;
		const recent = (this.windows.get(key) || []).filter((t) => t > nowMs - 1000);
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
