'use strict';
/**
 * Holds the event loop `busyMs` of every `everyMs`, as other work in the same process (other
 * executions in one n8n) does: requests then reach the server later than planned.
 * @returns {{ stop(): void }}
 */
function keepBusy(busyMs, everyMs) {
	const timer = setInterval(() => {
		const until = Date.now() + busyMs;
		while (Date.now() < until);
	}, everyMs);
	return { stop: () => clearInterval(timer) };
}

module.exports = { keepBusy };
