'use strict';
/**
 * A seedable pseudo-random generator (mulberry32) so that random fault rates and fail rates
 * repeat from run to run.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
function createPrng(seed) {
	let a = seed >>> 0;
	return function next() {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

module.exports = { createPrng };
