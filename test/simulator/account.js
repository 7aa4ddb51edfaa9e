'use strict';
/**
 * The account (catalogue 9; SPEC only, units not stated):
 *   GET /open/v1/user_info     -> {id, name, custom_person_nums, custom_person_limit,
 *                                  video_create_seconds, video_create_limit}
 *   GET /open/v1/user_duration -> {resi_total_bean, bean_day30}
 * The balance is the simulator's `creditsLeft` (one credit per created task); unlimited credits
 * show as UNLIMITED_BEANS. `bean_day30` is the option `beansExpiring30d`, at most the balance.
 */
const { phaseAt } = require('./product-store');
const { liveCount } = require('./custom-person');

const UNLIMITED_BEANS = 1_000_000;
const ACCOUNT_NAME = '蝉镜模拟账户';

/** @param {import('./simulator').Simulator} sim */
function balance(sim) {
	const left = sim.config.creditsLeft;
	return Number.isFinite(left) ? Math.max(0, Math.floor(left)) : UNLIMITED_BEANS;
}

/** @type {import('./api-routes').Handler} */
function userInfo(sim, { headers, nowMs }) {
	const token = typeof headers.access_token === 'string' ? headers.access_token : undefined;
	const checked = sim.tokenStore.check(token, nowMs, sim.config.staticTokens);
	const appId = (checked.ok && checked.appId) || sim.config.accounts[0]?.appId || '';
	const seconds = sim.productStore
		.all('video')
		.filter((t) => phaseAt(t, nowMs) === 'succeeded')
		.reduce((n, t) => n + t.extra.seconds, 0);
	return {
		id: appId,
		name: ACCOUNT_NAME,
		custom_person_nums: liveCount(sim, nowMs),
		custom_person_limit: sim.config.customPersonLimit,
		video_create_seconds: seconds,
		video_create_limit: sim.config.videoCreateLimit,
	};
}

/** @type {import('./api-routes').Handler} */
function userDuration(sim) {
	const left = balance(sim);
	return { resi_total_bean: left, bean_day30: Math.min(left, sim.config.beansExpiring30d) };
}

const ROUTES = {
	'GET /open/v1/user_info': { handler: userInfo, auth: true },
	'GET /open/v1/user_duration': { handler: userDuration, auth: true },
};

module.exports = { ROUTES, UNLIMITED_BEANS, ACCOUNT_NAME, balance };
