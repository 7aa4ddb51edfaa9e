'use strict';
/** Credentials the scenarios import; `baseUrl` is the simulator's. Shared by scenarios. */
const STATIC_TOKEN = 'sim-static-token';

function staticTokenCredential(sim) {
	return {
		id: 'e2eChanjingStatic',
		name: 'Chanjing simulator (static token)',
		type: 'chanjingApi',
		data: { accessToken: STATIC_TOKEN, baseUrl: sim.url },
	};
}

module.exports = { STATIC_TOKEN, staticTokenCredential };
