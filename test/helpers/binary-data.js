'use strict';
/**
 * n8n-core's BinaryDataService in filesystem mode in a fresh temporary folder, for tests and
 * benchmarks. Plain Node: the TypeScript tests stay within n8n's lint rules for node code.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The initialised service (from n8n's own dependency container) and a way to remove its folder. */
async function filesystemBinaryData(prefix) {
	const { Container } = require('@n8n/di');
	const { BinaryDataService } = require('n8n-core');
	const storage = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const service = Container.get(BinaryDataService);
	Object.assign(service.config, {
		mode: 'filesystem',
		availableModes: ['filesystem'],
		localStoragePath: storage,
	});
	await service.init();
	return { service, storage, remove: () => fs.rmSync(storage, { recursive: true, force: true }) };
}

module.exports = { filesystemBinaryData };
