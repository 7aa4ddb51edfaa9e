'use strict';
/**
 * The HTTP request handler: control endpoints, then faults, then the API and the files.
 * Order for an API request: faults (delay, drop, hang, HTTP 5xx, code, body) -> body format
 * (400) -> QPS cap (40001) -> route (404) -> access token (10400) -> the route's handler ->
 * faults after handling (drop, hang, HTTP 5xx with `afterHandling`; `data`).
 */
const { API_ROUTES } = require('./api-routes');
const { CONTROL_ROUTES } = require('./control-routes');
const { ApiError, CODES, MESSAGES, envelope, ok } = require('./envelope');
const { readBody, parseJson, sendJson, queryObject } = require('./http-util');
const { progressAt, imageCount, imageAnswer, TYPE_IMAGE } = require('./tasks');
const { PRODUCT_ROUTES, isProductFile, productFile } = require('./products');
const { faultOf } = require('./faults');
const { sampleVideo } = require('./sample-video');
const { samplePng } = require('./png');
const { Readable } = require('node:stream');
const uploads = require('./uploads');
const crypto = require('node:crypto');

const ROUTES = { ...API_ROUTES, ...uploads.FILE_API_ROUTES, ...PRODUCT_ROUTES };
const FILE_API_WINDOW_MS = 60_000;

const FILE_PATH = /^\/files\/([0-9a-f-]{36})\.mp4$/;
const IMAGE_PATH = /^\/files\/([0-9a-f-]{36})-([1-9][0-9]*)\.png$/;

/**
 * @param {import('./simulator').Simulator} sim
 * @param {{path: string, body: any, query: Record<string, string>, headers: import('node:http').IncomingHttpHeaders, nowMs: number}} ctx
 * @returns {unknown} the envelope
 */
function answerApi(sim, ctx) {
	const route = ROUTES[`${ctx.method} ${ctx.path}`];
	const token = typeof ctx.headers.access_token === 'string' ? ctx.headers.access_token : undefined;
	const qpsKey = token || (ctx.body && ctx.body.app_id ? `app:${ctx.body.app_id}` : 'anonymous');
	try {
		if (!sim.limiter.admit(qpsKey, ctx.nowMs, sim.config.qps))
			throw new ApiError(CODES.QPS_EXCEEDED, MESSAGES.QPS_EXCEEDED);
		if (
			uploads.isFileApi(ctx.path) &&
			!sim.fileLimiter.admit(qpsKey, ctx.nowMs, sim.config.fileApiPerMinute, FILE_API_WINDOW_MS)
		)
			throw new ApiError(CODES.QPS_EXCEEDED, MESSAGES.QPS_EXCEEDED);
		if (!route) throw new ApiError(CODES.NOT_FOUND, `no such API: ${ctx.method} ${ctx.path}`);
		if (route.auth && !sim.tokenStore.check(token, ctx.nowMs, sim.config.staticTokens).ok) {
			throw new ApiError(CODES.AUTH_FAILED, MESSAGES.AUTH_FAILED);
		}
		const data = route.handler(sim, ctx);
		if (route.creates) rememberCreated(sim, ctx.path, ctx.body);
		return ok(data);
	} catch (err) {
		if (err instanceof ApiError) return envelope(err.code, err.message, null);
		return envelope(CODES.INTERNAL, `${MESSAGES.INTERNAL}: ${err && err.message}`, null);
	}
}

/** JSON with object keys sorted, so that equal bodies give equal text. */
function canonical(value) {
	return JSON.stringify(value, (_k, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.keys(v)
						.sort()
						.map((k) => [k, v[k]]),
				)
			: v,
	);
}

/** Records a body that created a task (for identicalSubmitFault). */
function rememberCreated(sim, path, body) {
	if (!sim.createdBodies.has(path)) sim.createdBodies.set(path, new Set());
	sim.createdBodies.get(path).add(canonical(body));
}

/**
 * The pending identicalSubmitFault when this request is a create whose body equals one that
 * created a task before (the fault is used up); else null.
 */
function identicalFault(sim, ctx) {
	const f = sim.identicalFault;
	if (!f || ctx.method !== 'POST' || ctx.path !== f.path || !ctx.jsonOk) return null;
	const seen = sim.createdBodies.get(ctx.path);
	if (!seen || !seen.has(canonical(ctx.body))) return null;
	sim.identicalFault = null;
	return faultOf({ ...f });
}

/**
 * Loses the answer the way `fault` says (drop, hang, HTTP 5xx page); returns what to log, or
 * null when the fault is not of that kind.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./faults').Fault} fault
 * @param {number|null} code the envelope code the request would have had
 */
function loseAnswer(req, res, fault, code = null) {
	if (fault.kind === 'drop') {
		req.socket.destroy();
		return { httpStatus: null, code, fault: fault.kind };
	}
	if (fault.kind === 'hang') {
		// No answer ever; the socket closes when the client gives up or the simulator closes.
		return { httpStatus: null, code, fault: fault.kind };
	}
	if (fault.kind === 'http5xx') {
		res.writeHead(fault.status, { 'content-type': 'text/html' });
		res.end(`<html><body><h1>${fault.status} Bad Gateway</h1></body></html>\n`);
		return { httpStatus: fault.status, code, fault: fault.kind };
	}
	return null;
}

/**
 * An answer of any status, type and body; a `contentLength` that differs from the body is
 * written as raw HTTP (Node would refuse it) and the connection closed after the body.
 */
function answerBody(req, res, fault) {
	const body = Buffer.from(fault.body, 'utf8');
	if (fault.contentLength === undefined || fault.contentLength === body.length) {
		res.writeHead(fault.status, {
			'content-type': fault.contentType,
			'content-length': body.length,
		});
		res.end(body);
	} else {
		const head =
			`HTTP/1.1 ${fault.status} X\r\ndate: ${res.getHeader('date')}\r\n` +
			`content-type: ${fault.contentType}\r\n` +
			`content-length: ${fault.contentLength}\r\nconnection: close\r\n\r\n`;
		req.socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
	}
	return { httpStatus: fault.status, code: null, fault: fault.kind };
}

/** An MP4 signature (`ftyp` box), then zeros: `bytes` in all, generated while it is sent. */
function* bigMp4Chunks(bytes) {
	const ftyp = Buffer.from('00000018667479706973366d0000020069736f6d6d703431', 'hex');
	const chunk = Buffer.alloc(1 << 20);
	let left = bytes;
	const first = ftyp.subarray(0, Math.min(ftyp.length, left));
	left -= first.length;
	yield first;
	while (left > 0) {
		const n = Math.min(chunk.length, left);
		left -= n;
		yield n === chunk.length ? chunk : chunk.subarray(0, n);
	}
}

function answerBigFile(res, fault) {
	res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': fault.bytes });
	Readable.from(bigMp4Chunks(fault.bytes), { objectMode: false }).pipe(res);
	return { httpStatus: 200, code: null, fault: fault.kind };
}

/** A code-0 answer whose `data` is replaced (or left out) after the request was handled. */
function withData(body, fault) {
	if (body.code !== 0) return body;
	if (fault.omitData) {
		const { data, ...rest } = body;
		return rest;
	}
	return { ...body, data: fault.data };
}

/**
 * Answers one non-control request and returns what to log of the answer.
 * @param {import('./simulator').Simulator} sim
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {any} ctx
 * @returns {Promise<{httpStatus: number|null, code: number|null, fault: string|null}>}
 */
async function answer(sim, req, res, ctx) {
	const fault = identicalFault(sim, ctx) || sim.faults.pick(ctx.path, sim.config);
	const lateAnswer = fault && fault.kind === 'delay' && fault.afterHandling;
	const delay =
		sim.config.delayMs + (fault && fault.kind === 'delay' && !lateAnswer ? fault.delayMs : 0);
	if (delay > 0) await sim.sleep(delay);
	const faultKind = fault ? fault.kind : null;
	if (fault && !fault.afterHandling) {
		const lost = loseAnswer(req, res, fault);
		if (lost) return lost;
	}
	if (fault && fault.kind === 'code') {
		sendJson(res, 200, envelope(fault.code, fault.msg, null));
		return { httpStatus: 200, code: fault.code, fault: faultKind };
	}
	if (fault && fault.kind === 'body') return answerBody(req, res, fault);
	if (fault && fault.kind === 'bigFile') return answerBigFile(res, fault);
	const file = FILE_PATH.exec(ctx.path);
	if (file) return answerFile(sim, res, file[1], ctx.nowMs, faultKind);
	const image = IMAGE_PATH.exec(ctx.path);
	if (image) return answerImage(sim, res, image[1], Number(image[2]), ctx.nowMs, faultKind);
	if (ctx.method === 'PUT' && uploads.UPLOAD_PATH.test(ctx.path))
		return { ...uploads.answerUpload(sim, ctx, ctx.raw, res), fault: faultKind };
	if (ctx.method === 'GET' && uploads.DOWNLOAD_PATH.test(ctx.path))
		return { ...uploads.answerDownload(sim, ctx, res), fault: faultKind };
	if (ctx.method === 'GET' && isProductFile(ctx.path)) {
		const found = productFile(sim, ctx.path, ctx.nowMs);
		return found
			? answerBytes(res, found.type, found.bytes, faultKind)
			: answerNoFile(res, faultKind);
	}
	if (!ctx.path.startsWith('/open/')) {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found\n');
		return { httpStatus: 404, code: null, fault: faultKind };
	}
	let body = ctx.jsonOk
		? answerApi(sim, ctx)
		: envelope(CODES.BAD_FORMAT, MESSAGES.BAD_FORMAT, null);
	if (lateAnswer) await sim.sleep(fault.delayMs);
	else if (fault && fault.afterHandling) return loseAnswer(req, res, fault, body.code);
	if (fault && fault.kind === 'data') body = withData(body, fault);
	const status = body.code === CODES.NOT_FOUND ? 404 : 200;
	sendJson(res, status, body);
	return { httpStatus: status, code: body.code, fault: faultKind };
}

function answerNoFile(res, faultKind) {
	res.writeHead(404, { 'content-type': 'text/plain' });
	res.end('no such file\n');
	return { httpStatus: 404, code: null, fault: faultKind };
}

function answerBytes(res, contentType, bytes, faultKind) {
	res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
	res.end(bytes);
	return { httpStatus: 200, code: null, fault: faultKind };
}

/** Serves the sample video for a video task that has succeeded; 404 otherwise. */
function answerFile(sim, res, uniqueId, nowMs, faultKind) {
	const task = sim.taskStore.get(uniqueId);
	if (!task || task.type === TYPE_IMAGE || progressAt(task, nowMs) !== 'Success')
		return answerNoFile(res, faultKind);
	return answerBytes(res, 'video/mp4', sampleVideo(), faultKind);
}

/** Serves image `n` (1-based) of an image task that has succeeded; 404 otherwise. */
function answerImage(sim, res, uniqueId, n, nowMs, faultKind) {
	const task = sim.taskStore.get(uniqueId);
	if (
		!task ||
		task.type !== TYPE_IMAGE ||
		n > imageCount(task) ||
		progressAt(task, nowMs) !== 'Success'
	)
		return answerNoFile(res, faultKind);
	const how = imageAnswer(task, n);
	if (how === '404') return answerNoFile(res, faultKind);
	if (how === 'html') {
		const page = Buffer.from('<html><body><h1>Access Denied</h1></body></html>\n', 'utf8');
		return answerBytes(res, 'text/html; charset=utf-8', page, faultKind);
	}
	return answerBytes(res, 'image/png', samplePng(n), faultKind);
}

/**
 * @param {import('./simulator').Simulator} sim
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
function createHandler(sim) {
	return (req, res) => {
		handle(sim, req, res).catch((err) => {
			if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(err && err.message) });
			else res.destroy();
		});
	};
}

async function handle(sim, req, res) {
	// Every answer's Date header follows the simulator's clock (an injected `now` included).
	res.setHeader('date', new Date(sim.now()).toUTCString());
	const url = new URL(req.url || '/', 'http://127.0.0.1');
	const raw = await readBody(req);
	const isUpload = uploads.UPLOAD_PATH.test(url.pathname);
	// An upload's body is the file: logged as its size and hash, never parsed.
	const parsed = isUpload ? { ok: true, value: undefined } : parseJson(raw);
	const query = queryObject(url);
	const method = req.method || 'GET';
	const control = CONTROL_ROUTES[`${method} ${url.pathname}`];
	if (control) {
		const [status, body] = await control(sim, parsed.ok ? parsed.value : undefined, query);
		sendJson(res, status, body);
		return;
	}
	if (url.pathname.startsWith('/__sim/')) {
		sendJson(res, 404, { ok: false, error: `no control endpoint ${method} ${url.pathname}` });
		return;
	}
	sim.settle();
	const nowMs = sim.now();
	const ctx = {
		method,
		path: url.pathname,
		query,
		/** every value of a repeated query key (tag_ids=1&tag_ids=2) */
		queryAll: (name) => url.searchParams.getAll(name),
		headers: req.headers,
		body: parsed.ok ? parsed.value : null,
		jsonOk: parsed.ok,
		raw,
		nowMs,
	};
	const result = await answer(sim, req, res, ctx);
	sim.requestLog.add({
		time: nowMs,
		method,
		path: url.pathname,
		query,
		headers: { ...req.headers },
		body: ctx.body,
		...(parsed.ok ? {} : { rawBody: raw.toString('utf8') }),
		...(isUpload
			? { bodyBytes: raw.length, bodySha256: crypto.createHash('sha256').update(raw).digest('hex') }
			: {}),
		...result,
	});
}

module.exports = { createHandler };
