// n8n-core reads and writes its settings under the user folder: keep tests out of ~/.n8n.
const { mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = join(tmpdir(), 'n8n-nodes-chanjing-jest');
	mkdirSync(process.env.N8N_USER_FOLDER, { recursive: true });
}
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS ??= 'false';
