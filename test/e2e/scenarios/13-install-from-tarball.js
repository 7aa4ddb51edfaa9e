'use strict';
/**
 * The README's install from a tarball (`<!-- install:tarball -->`): the tarball under test is put
 * where the block names it (~/Downloads/…), the block runs as written, and n8n runs the node.
 */
const { installFromReadmeAndRun } = require('../readme-install');

module.exports = {
	name: 'README install from a tarball (npm install ~/Downloads/….tgz --omit=peer): the node runs',
	async run(ctx) {
		await installFromReadmeAndRun(ctx, 'tarball', { tgz: ctx.tgz });
	},
};
