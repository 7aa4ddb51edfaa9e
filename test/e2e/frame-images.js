'use strict';
/** Steps the binary-frame scenarios share: images, a form upload, a tiny image server, the upload log. */
const crypto = require('node:crypto');
const http = require('node:http');

const images = require('../helpers/images');

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * Submits a Form Trigger form as a browser does: multipart with `field-<n>` names.
 * @param {{baseUrl: string}} inst
 * @param {string} formPath
 * @param {Array<string | {bytes: Buffer, fileName: string, type: string}>} fields in form order
 */
async function submitForm(inst, formPath, fields) {
	const form = new FormData();
	fields.forEach((value, i) => {
		if (typeof value === 'string') form.append(`field-${i}`, value);
		else form.append(`field-${i}`, new Blob([value.bytes], { type: value.type }), value.fileName);
	});
	const res = await fetch(`${inst.baseUrl}/form/${formPath}`, { method: 'POST', body: form });
	return { status: res.status, text: await res.text() };
}

/**
 * Serves `files` ({'/first.png': {bytes, type}}) on 127.0.0.1 at a free port, as any web
 * server a workflow downloads images from. Resolves with {url, close, hits}.
 */
function serveFiles(files) {
	const hits = [];
	const server = http.createServer((req, res) => {
		hits.push(req.url);
		const file = files[req.url];
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.length });
		res.end(file.bytes);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				url: `http://127.0.0.1:${port}`,
				hits,
				close: () => new Promise((r) => server.close(() => r(undefined))),
			});
		});
	});
}

/**
 * Imports the credentials and the workflow, starts n8n (with `env`; a patient start, the
 * machines are shared), logs in and activates the workflow.
 */
async function serveFrameWorkflow({ inst, time }, workflow, credentials, env = {}) {
	await time('import', async () => {
		await inst.importCredentials(credentials);
		await inst.importWorkflow(workflow);
	});
	await time('start', () => inst.start({ env, timeoutMs: 240000 }));
	await inst.setupOwnerAndLogin();
	await time('activate', () => inst.activateWorkflow(workflow.id));
}

/** The file API and upload requests the simulator saw, by kind. */
function fileRequests(reqs) {
	return {
		creates: reqs.filter((r) => r.path === '/open/v1/common/create_upload_url'),
		puts: reqs.filter((r) => r.method === 'PUT' && r.path.startsWith('/upload/')),
		details: reqs.filter((r) => r.path === '/open/v1/common/file_detail'),
		submits: reqs.filter((r) => r.path === '/open/v1/ai_creation/task/submit'),
	};
}

/**
 * Asserts one upload of `bytes` as Chanjing's clients make it: upload URL with the token and
 * `service=ai_creation`, PUT with exactly the returned MIME type, no token, these bytes; then
 * polls of its file_detail. Returns the file as the simulator keeps it.
 */
async function assertUploaded({ assert, sim }, reqs, bytes, mimeType, token) {
	const hash = sha256(bytes);
	const files = (await sim.files()).filter((f) => f.sha256 === hash);
	assert.equal(files.length, 1, `one upload of ${hash.slice(0, 12)}…`);
	const [file] = files;
	const ext = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }[mimeType];
	assert.equal(file.name, `${hash.slice(0, 16)}.${ext}`);
	assert.equal(file.mimeType, mimeType);
	const { creates, puts, details } = fileRequests(reqs);
	const create = creates.find((r) => r.query.name === file.name);
	assert.ok(create, 'upload URL asked for');
	assert.deepEqual(create.query, { service: 'ai_creation', name: file.name });
	assert.equal(create.headers.access_token, token);
	const put = puts.find((r) => r.path === `/upload/${file.fileId}`);
	assert.ok(put, 'bytes PUT to the signed URL');
	assert.equal(put.headers['content-type'], mimeType);
	assert.equal(put.headers.access_token, undefined, 'the PUT carries no access token');
	assert.equal(put.httpStatus, 200);
	assert.equal(put.bodySha256, hash);
	assert.equal(put.bodyBytes, bytes.length);
	const polls = details.filter((r) => r.query.id === file.fileId);
	assert.ok(polls.length >= 1 && polls.length <= 4, `${polls.length} file_detail polls`);
	assert.equal(file.status, 1);
	return { ...file, requests: 2 + polls.length };
}

module.exports = {
	images,
	sha256,
	serveFrameWorkflow,
	submitForm,
	serveFiles,
	fileRequests,
	assertUploaded,
};
