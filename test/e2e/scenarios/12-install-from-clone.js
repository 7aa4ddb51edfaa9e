'use strict';
/**
 * The README's install before publication (`<!-- install:from-clone -->`): clone (this checkout),
 * `npm ci && npm run build && npm pack`, then `npm install <tarball> --omit=peer` into
 * ~/.n8n/nodes — run as written with the n8n major's Node; n8n then runs the node from there.
 */
const { installFromReadmeAndRun } = require('../readme-install');

module.exports = {
	name: 'README install from a clone (npm ci, build, pack, npm install the tarball): the node runs',
	async run(ctx) {
		await installFromReadmeAndRun(ctx, 'from-clone', { tgz: null });
	},
};
