'use strict';
/** Credentials imported in plain text come back decrypted from `n8n export:credentials --decrypted`. */
const { staticTokenCredential } = require('../fixtures');

module.exports = {
	name: 'credential import/export round trip (decrypted)',
	async run({ inst, sim, assert, time }) {
		const cred = staticTokenCredential(sim);
		await inst.importCredentials([cred]);
		const all = await time('export', () => inst.exportCredentials());
		const got = all.find((c) => c.id === cred.id);
		assert.ok(got, `credential ${cred.id} not exported: ${JSON.stringify(all.map((c) => c.id))}`);
		assert.equal(got.type, 'chanjingApi');
		assert.equal(got.data.accessToken, cred.data.accessToken);
		assert.equal(got.data.baseUrl, cred.data.baseUrl);
	},
};
