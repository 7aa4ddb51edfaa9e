'use strict';
/** Prints a benchmark's figures on stdout, outside Jest's console capture. */
function printFigures(lines) {
	process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

module.exports = { printFigures };
