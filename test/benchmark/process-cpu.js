'use strict';
/** CPU time (user + system, all threads) a process has used so far, from /proc/<pid>/stat (Linux). */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

let ticksPerSecond;
function clockTicks() {
	if (ticksPerSecond === undefined) {
		try {
			ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
		} catch {
			ticksPerSecond = 100;
		}
	}
	return ticksPerSecond;
}

/** Seconds of CPU used by `pid`; its `comm` may hold spaces, so fields are counted after `)`. */
function cpuSeconds(pid) {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// fields[0] is field 3 (state); utime and stime are fields 14 and 15.
	return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `pid`'s CPU seconds once it has stopped using CPU (two reads `everyMs` apart agree), so that
 * work done after an answer (saving the execution) is counted; gives up after `maxMs`.
 */
async function settledCpuSeconds(pid, { everyMs = 100, maxMs = 3000 } = {}) {
	let last = cpuSeconds(pid);
	for (let waited = 0; waited < maxMs; waited += everyMs) {
		await sleep(everyMs);
		const now = cpuSeconds(pid);
		if (now === last) return now;
		last = now;
	}
	return last;
}

module.exports = { cpuSeconds, settledCpuSeconds };
