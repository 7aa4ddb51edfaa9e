'use strict';
/**
 * Process-level pieces of the download-memory benchmark, in plain Node (the TypeScript tests
 * stay within n8n's lint rules for node code): n8n-core's binary data in filesystem mode in a
 * temporary folder, and the peak resident memory during a piece of work.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Sets n8n's binary data to filesystem mode in a fresh folder; call before n8n-core loads it. */
function useFilesystemBinaryData() {
	const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjing-bench-binary-'));
	process.env.N8N_AVAILABLE_BINARY_DATA_MODES = 'filesystem';
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
	process.env.N8N_BINARY_DATA_STORAGE_PATH = storage;
	return { storage, remove: () => fs.rmSync(storage, { recursive: true, force: true }) };
}

/** n8n-core's BinaryDataService (from n8n's own dependency container), initialised. */
async function binaryDataService() {
	const { Container } = require('@n8n/di');
	const { BinaryDataService } = require('n8n-core');
	const service = Container.get(BinaryDataService);
	await service.init();
	return service;
}

/** Resident memory before `work` and its peak during it (sampled every 10 ms), in bytes. */
async function peakRssDuring(work) {
	if (global.gc) global.gc();
	const baseline = process.memoryUsage.rss();
	let peak = baseline;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, 10);
	try {
		await work();
	} finally {
		clearInterval(timer);
	}
	return { baseline, peak: Math.max(peak, process.memoryUsage.rss()) };
}

module.exports = { useFilesystemBinaryData, binaryDataService, peakRssDuring };
