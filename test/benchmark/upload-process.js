'use strict';
/**
 * Process-level pieces of the upload benchmark, in plain Node (the TypeScript tests stay within
 * n8n's lint rules for node code): the simulator in its own process, and the peak memory growth
 * during a piece of work.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

const MB = 1024 * 1024;

/** Starts the simulator's CLI on a free port; resolves with its URL and a way to stop it. */
async function startSimulatorProcess() {
	const child = spawn(
		process.execPath,
		[path.join(__dirname, '../simulator/cli.js'), '--port', '0'],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	const url = await new Promise((resolve, reject) => {
		child.stdout.on('data', (chunk) => {
			const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
			if (found) resolve(found[1]);
		});
		child.on('exit', () => reject(new Error('simulator exited')));
	});
	return { url, stop: () => child.kill('SIGTERM') };
}

// A collector to call: the peak of live memory is measured, not garbage waiting for a GC.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');
const live = () => {
	const m = process.memoryUsage();
	return m.heapUsed + m.external;
};

/**
 * Peak growth (MB) while `run` runs, sampled every 50 ms right after a full GC: of live memory
 * (JS heap + buffers) and of RSS (which the allocator rarely gives back, so it only grows).
 */
async function peakGrowth(run) {
	collect();
	const before = { live: live(), rss: process.memoryUsage().rss };
	const peak = { ...before };
	const sample = () => {
		collect();
		peak.live = Math.max(peak.live, live());
		peak.rss = Math.max(peak.rss, process.memoryUsage().rss);
	};
	const timer = setInterval(sample, 50);
	try {
		await run();
	} finally {
		clearInterval(timer);
	}
	sample();
	return { live: (peak.live - before.live) / MB, rss: (peak.rss - before.rss) / MB };
}

module.exports = { startSimulatorProcess, peakGrowth };
