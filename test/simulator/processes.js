'use strict';
/**
 * Processes, servers and timers the simulator's own tests start. Plain Node like the
 * simulator itself: the TypeScript tests stay within n8n's lint rules for node code.
 */
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');

const CLI = path.join(__dirname, 'cli.js');

/** Runs the simulator's CLI with `args`, stdout and stderr piped. */
function spawnCli(args) {
	return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts the CLI and resolves with the first stdout line and the process. */
function startCli(args) {
	return new Promise((resolve, reject) => {
		const child = spawnCli(args);
		let out = '';
		child.stdout.on('data', (c) => {
			out += c;
			if (out.includes('\n')) resolve({ child, line: out.split('\n')[0], stdout: () => out });
		});
		child.on('exit', (code) => reject(new Error(`cli exited ${code} before listening`)));
		child.on('error', reject);
	});
}

/** Resolves with the exit code once `child` exits. */
function exited(child) {
	return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A local HTTP server that records what is posted to it and answers `status`. */
async function startReceiver() {
	const r = { received: [], status: 200 };
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			r.received.push({
				method: req.method,
				headers: req.headers,
				body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
			});
			res.writeHead(r.status);
			res.end();
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	r.url = `http://127.0.0.1:${server.address().port}/hook?x=1`;
	r.close = () =>
		new Promise((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return r;
}

/** Resolves after `ms` real milliseconds. */
function delay(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { spawnCli, startCli, exited, startReceiver, delay };

/**
 * A GET with Node's http client: status, headers, how many body bytes came, the first 16 and
 * whether the body ended early (the connection closed before the announced length).
 */
function rawGet(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, (res) => {
				let bytes = 0;
				let first = Buffer.alloc(0);
				let aborted = false;
				res.on('data', (c) => {
					if (bytes === 0) first = Buffer.from(c.subarray(0, 16));
					bytes += c.length;
				});
				res.on('aborted', () => (aborted = true));
				res.on('error', () => (aborted = true));
				res.on('close', () =>
					resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, first, aborted }),
				);
			})
			.on('error', reject);
	});
}

/** 'answered', 'failed' or, when `promise` has not settled after `ms`, 'still waiting'. */
function outcomeWithin(promise, ms) {
	return Promise.race([
		promise.then(
			() => 'answered',
			() => 'failed',
		),
		new Promise((resolve) => setTimeout(() => resolve('still waiting'), ms)),
	]);
}

module.exports.rawGet = rawGet;
module.exports.outcomeWithin = outcomeWithin;

/** A GET with a JSON body (fetch refuses one) and an access token; resolves with the parsed answer. */
function getWithBody(url, token, body) {
	return new Promise((resolve, reject) => {
		const text = JSON.stringify(body);
		const req = http.request(
			url,
			{
				method: 'GET',
				headers: {
					access_token: token,
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(text),
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
			},
		);
		req.on('error', reject);
		req.end(text);
	});
}

module.exports.getWithBody = getWithBody;
