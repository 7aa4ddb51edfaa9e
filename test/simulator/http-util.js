'use strict';
/** Small helpers around node:http requests and responses. */

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/**
 * Parses a request body as JSON. An empty body parses to `undefined`.
 * @param {Buffer} raw
 * @returns {{ok: true, value: any} | {ok: false}}
 */
function parseJson(raw) {
	if (raw.length === 0) return { ok: true, value: undefined };
	try {
		return { ok: true, value: JSON.parse(raw.toString('utf8')) };
	} catch {
		return { ok: false };
	}
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function sendJson(res, status, body) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'content-length': Buffer.byteLength(text),
	});
	res.end(text);
}

/** @param {number} ms */
function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Plain object of the query string of a URL. @param {URL} url */
function queryObject(url) {
	return Object.fromEntries(url.searchParams.entries());
}

module.exports = { readBody, parseJson, sendJson, sleep, queryObject };
