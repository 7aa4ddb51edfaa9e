'use strict';
const fs = require('node:fs');

/**
 * Prints a benchmark's figures on stdout, outside Jest's console capture. Written straight to
 * file descriptor 1: Jest's force exit after the last suite could drop what was still buffered
 * in process.stdout (the figures of the last benchmark of a run went missing).
 */
function printFigures(lines) {
	fs.writeSync(1, `\n${lines.join('\n')}\n\n`);
}

module.exports = { printFigures };
