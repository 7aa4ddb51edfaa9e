'use strict';
/**
 * Control endpoints under /__sim/ for other processes (e.g. an n8n under test). They are not
 * logged and never get faults. Each handler returns `[httpStatus, jsonBody]`.
 */

/** @typedef {(sim: import('./simulator').Simulator, body: any, query: Record<string, string>) => Promise<[number, unknown]> | [number, unknown]} ControlHandler */

/** @type {Record<string, ControlHandler>} */
const CONTROL_ROUTES = {
	'GET /__sim/requests': (sim, _b, query) => [
		200,
		sim.requests({ path: query.path, method: query.method }),
	],
	'POST /__sim/reset': (sim) => {
		sim.reset();
		return [200, { ok: true }];
	},
	'GET /__sim/config': (sim) => [200, sim.publicConfig()],
	'POST /__sim/config': (sim, body) => {
		try {
			sim.configure(body || {});
		} catch (err) {
			return [400, { ok: false, error: String(err.message) }];
		}
		return [200, { ok: true, config: sim.publicConfig() }];
	},
	'POST /__sim/revoke': (sim, body) => {
		const b = body || {};
		return [200, { ok: true, revoked: sim.revokeTokens(b.target ?? b.appId ?? b.token) }];
	},
	'GET /__sim/tasks': (sim) => [200, sim.tasks()],
	'GET /__sim/submissions': (sim) => [200, sim.submissions()],
	'GET /__sim/callbacks': (sim) => [200, sim.callbacks()],
	'GET /__sim/files': (sim) => [200, sim.files()],
	'GET /__sim/products': (sim, _b, query) => [200, sim.productTasks(query.product || undefined)],
	'POST /__sim/voice-status': (sim, body) => {
		const b = body || {};
		try {
			if (!sim.setVoiceStatus(String(b.id), b.status))
				return [404, { ok: false, error: `no cloned voice ${b.id}` }];
		} catch (err) {
			return [400, { ok: false, error: String(err.message) }];
		}
		return [200, { ok: true }];
	},
	'POST /__sim/callbacks/send': async (sim, body) => {
		try {
			return [200, { ok: true, attempt: await sim.sendCallback(body) }];
		} catch (err) {
			return [err.status || 500, { ok: false, error: String(err.message) }];
		}
	},
	'POST /__sim/tick': async (sim) => {
		await sim.tick();
		return [200, { ok: true }];
	},
};

module.exports = { CONTROL_ROUTES };
