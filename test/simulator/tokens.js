'use strict';
/**
 * Access tokens: fetched ones (one live token per app: a new one supersedes the previous)
 * and static ones from the options (never expire, only revoked on demand).
 */
const crypto = require('node:crypto');

/**
 * @typedef {object} IssuedToken
 * @property {string} token
 * @property {string} appId
 * @property {number} expireIn Unix seconds of expiry
 * @property {null|'superseded'|'revoked'} invalidated
 */

class TokenStore {
	constructor() {
		/** @type {Map<string, IssuedToken>} */
		this.issued = new Map();
		/** @type {Set<string>} static tokens revoked on demand */
		this.revokedStatic = new Set();
	}

	/**
	 * Issues a token for an app and supersedes the app's previous ones.
	 * @param {string} appId
	 * @param {number} nowMs
	 * @param {number} ttlS
	 * @returns {{access_token: string, expire_in: number}}
	 */
	issue(appId, nowMs, ttlS) {
		for (const t of this.issued.values()) {
			if (t.appId === appId && !t.invalidated) t.invalidated = 'superseded';
		}
		const token = crypto.randomBytes(16).toString('hex');
		const expireIn = Math.floor(nowMs / 1000) + ttlS;
		this.issued.set(token, { token, appId, expireIn, invalidated: null });
		return { access_token: token, expire_in: expireIn };
	}

	/**
	 * @param {string|undefined} token
	 * @param {number} nowMs
	 * @param {string[]} staticTokens
	 * @returns {{ok: true, appId: string|null} | {ok: false, reason: string}}
	 */
	check(token, nowMs, staticTokens) {
		if (!token) return { ok: false, reason: 'missing' };
		if (staticTokens.includes(token)) {
			return this.revokedStatic.has(token)
				? { ok: false, reason: 'revoked' }
				: { ok: true, appId: null };
		}
		const t = this.issued.get(token);
		if (!t) return { ok: false, reason: 'unknown' };
		if (t.invalidated) return { ok: false, reason: t.invalidated };
		if (nowMs / 1000 >= t.expireIn) return { ok: false, reason: 'expired' };
		return { ok: true, appId: t.appId };
	}

	/**
	 * Revokes live tokens: all of them (fetched and static) when `target` is empty, else the
	 * fetched tokens of the app `target`, or the one token equal to `target`.
	 * @param {string[]} staticTokens
	 * @param {string} [target] an app id or a token
	 * @returns {number} how many tokens were revoked
	 */
	revoke(staticTokens, target) {
		let n = 0;
		for (const t of this.issued.values()) {
			if (!t.invalidated && (!target || t.appId === target || t.token === target)) {
				t.invalidated = 'revoked';
				n++;
			}
		}
		for (const s of staticTokens) {
			if (!this.revokedStatic.has(s) && (!target || s === target)) {
				this.revokedStatic.add(s);
				n++;
			}
		}
		return n;
	}

	clear() {
		this.issued.clear();
		this.revokedStatic.clear();
	}
}

module.exports = { TokenStore };
