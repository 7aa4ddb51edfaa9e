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

const APP_ID = 'sim-app-id';
const SECRET_KEY = 'sim-secret-key';

function appCredential(sim) {
	return {
		id: 'e2eChanjingApp',
		name: 'Chanjing simulator (App ID and Secret Key)',
		type: 'chanjingApi',
		data: {
			authentication: 'appIdAndSecretKey',
			appId: APP_ID,
			secretKey: SECRET_KEY,
			baseUrl: sim.url,
		},
	};
}

module.exports.APP_ID = APP_ID;
module.exports.SECRET_KEY = SECRET_KEY;
module.exports.appCredential = appCredential;
