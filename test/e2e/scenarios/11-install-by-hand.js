'use strict';
/**
 * The README's by-hand install (`<!-- install:by-hand -->`), run as written in a fresh n8n user
 * folder with the tarball in place of the registry name: only the package lands in
 * ~/.n8n/nodes/node_modules (no second n8n-workflow), and n8n runs the node from there.
 */
const { installFromReadmeAndRun } = require('../readme-install');

module.exports = {
	name: 'README install by hand (npm install --omit=peer): one package, no second n8n-workflow, the node runs',
	async run(ctx) {
		await installFromReadmeAndRun(ctx, 'by-hand', { tgz: ctx.tgz });
	},
};
