'use strict';
/**
 * Chanjing's file API as the official clients use it (shared/chanjing-api.md, "Files"):
 *   GET /open/v1/common/create_upload_url?service=&name= -> {sign_url, full_path, mime_type, file_id, key}
 *   PUT <sign_url> with exactly `Content-Type: <mime_type>` (the signature covers it: else 403)
 *   GET /open/v1/common/file_detail?id=<file_id> -> {status: 0 (not ready) .. 1 ready | 98 | 99 | 100}
 *   GET <full_path> -> the bytes, once ready.
 * The signed URL is the simulator's own `/upload/<file_id>?Expires=&Signature=` (OSS-style);
 * uploads live in memory. The file API routes count against `fileApiPerMinute` per token.
 */
const crypto = require('node:crypto');

const { ApiError, CODES } = require('./envelope');

const SIGN_SECRET = crypto.randomBytes(16).toString('hex');
const SIGNED_URL_LIFETIME_S = 15 * 60;

const MIME_BY_EXTENSION = Object.freeze({
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	gif: 'image/gif',
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	webm: 'video/webm',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	m4a: 'audio/mp4',
});

/** file_detail statuses (shared/chanjing-api.md). */
const FILE_STATUS = Object.freeze({
	PENDING: 0,
	READY: 1,
	REJECTED: 98,
	DELETED: 99,
	CLEANED: 100,
});
const REJECT_MSG = '内容安全检测失败';

const UPLOAD_PATH = /^\/upload\/([0-9a-f]{32})$/;
const DOWNLOAD_PATH = /^\/uploads\/([0-9a-f]{32})\/[^/]+$/;

/**
 * @typedef {object} FileRecord
 * @property {string} fileId
 * @property {string} name
 * @property {string} service
 * @property {string} mimeType
 * @property {string} key
 * @property {number} createdMs
 * @property {number|null} uploadedMs when the PUT arrived
 * @property {Buffer|null} bytes
 * @property {number} checkMs how long the content check takes after the PUT
 * @property {number} finalStatus what the check ends in (1, 2 or 98)
 */

function signatureOf(fileId, mimeType, expires) {
	return crypto
		.createHmac('sha256', SIGN_SECRET)
		.update(`PUT\n${mimeType}\n${expires}\n/upload/${fileId}`)
		.digest('hex');
}

class FileStore {
	constructor() {
		/** @type {Map<string, FileRecord>} */
		this.byId = new Map();
	}

	/** @param {Omit<FileRecord, 'fileId'|'key'|'uploadedMs'|'bytes'>} how */
	create(how) {
		const fileId = crypto.randomBytes(16).toString('hex');
		/** @type {FileRecord} */
		const f = {
			...how,
			fileId,
			key: `${how.service}/${fileId}/${how.name}`,
			uploadedMs: null,
			bytes: null,
		};
		this.byId.set(fileId, f);
		return f;
	}

	/** @param {string} fileId */
	get(fileId) {
		return this.byId.get(fileId);
	}

	all() {
		return [...this.byId.values()];
	}

	clear() {
		this.byId.clear();
	}
}

/** @param {FileRecord} f @param {number} nowMs */
function statusAt(f, nowMs) {
	if (f.uploadedMs === null || nowMs - f.uploadedMs < f.checkMs) return FILE_STATUS.PENDING;
	return f.finalStatus;
}

/** @param {import('./simulator').Simulator} sim @param {FileRecord} f */
function fullPathOf(sim, f) {
	return `${sim.config.publicUrl || sim.url}/uploads/${f.fileId}/${encodeURIComponent(f.name)}`;
}

/** `GET /open/v1/common/create_upload_url` @type {import('./api-routes').Handler} */
function createUploadUrl(sim, { query, nowMs }) {
	const service = String(query.service ?? '').trim();
	const name = String(query.name ?? '').trim();
	if (!service) throw new ApiError(CODES.PARAM_ERROR, 'service 不能为空');
	if (!name) throw new ApiError(CODES.PARAM_ERROR, 'name 不能为空');
	const extension = name.includes('.') ? name.split('.').pop().toLowerCase() : '';
	const mimeType = MIME_BY_EXTENSION[extension];
	if (!mimeType) throw new ApiError(CODES.PARAM_ERROR, `不支持的文件类型: ${name}`);
	const rejections = sim.fileRejections;
	const rejected = rejections.count > 0 && (!rejections.service || rejections.service === service);
	if (rejected) rejections.count--;
	const f = sim.fileStore.create({
		name,
		service,
		mimeType,
		createdMs: nowMs,
		checkMs: sim.config.fileCheckMs,
		finalStatus: rejected ? FILE_STATUS.REJECTED : sim.config.fileReadyStatus,
	});
	const expires = Math.floor(nowMs / 1000) + SIGNED_URL_LIFETIME_S;
	const signature = signatureOf(f.fileId, mimeType, expires);
	return {
		sign_url: `${sim.url}/upload/${f.fileId}?Expires=${expires}&Signature=${signature}`,
		full_path: fullPathOf(sim, f),
		mime_type: mimeType,
		file_id: f.fileId,
		key: f.key,
	};
}

/** `GET /open/v1/common/file_detail` @type {import('./api-routes').Handler} */
function fileDetail(sim, { query, nowMs }) {
	if (!query.id) throw new ApiError(CODES.PARAM_ERROR, 'id 不能为空');
	const f = sim.fileStore.get(String(query.id));
	if (!f) throw new ApiError(CODES.PARAM_ERROR, '文件不存在');
	const status = statusAt(f, nowMs);
	return {
		id: f.fileId,
		name: f.name,
		service: f.service,
		mime_type: f.mimeType,
		size: f.bytes ? f.bytes.length : 0,
		full_path: fullPathOf(sim, f),
		status,
		...(status === FILE_STATUS.REJECTED ? { err_msg: REJECT_MSG } : {}),
		create_time: Math.floor(f.createdMs / 1000),
	};
}

function sendText(res, status, contentType, text) {
	res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
	res.end(text);
}

function ossError(res, code, message) {
	sendText(
		res,
		403,
		'application/xml',
		`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>\n`,
	);
	return { httpStatus: 403, code: null };
}

/**
 * `PUT /upload/<file_id>?Expires=&Signature=`: stores the body when the signature matches the
 * request's Content-Type and has not expired. Like OSS, it never looks at an access token.
 * @param {import('./simulator').Simulator} sim
 * @param {{path: string, query: Record<string, string>, headers: import('node:http').IncomingHttpHeaders, nowMs: number}} ctx
 * @param {Buffer} body
 * @param {import('node:http').ServerResponse} res
 */
function answerUpload(sim, ctx, body, res) {
	const fileId = UPLOAD_PATH.exec(ctx.path)[1];
	const f = sim.fileStore.get(fileId);
	const expires = Number(ctx.query.Expires);
	const contentType = String(ctx.headers['content-type'] ?? '');
	if (!f || ctx.query.Signature !== signatureOf(fileId, contentType, expires)) {
		return ossError(
			res,
			'SignatureDoesNotMatch',
			'The request signature we calculated does not match the signature you provided.',
		);
	}
	if (expires * 1000 < ctx.nowMs) return ossError(res, 'AccessDenied', 'Request has expired.');
	f.bytes = body;
	f.uploadedMs = ctx.nowMs;
	const etag = crypto.createHash('md5').update(body).digest('hex').toUpperCase();
	res.writeHead(200, { etag: `"${etag}"`, 'content-length': 0 });
	res.end();
	return { httpStatus: 200, code: null };
}

/** `GET /uploads/<file_id>/<name>`: the bytes once the file is ready (1 or 2). */
function answerDownload(sim, ctx, res) {
	const f = sim.fileStore.get(DOWNLOAD_PATH.exec(ctx.path)[1]);
	const status = f ? statusAt(f, ctx.nowMs) : FILE_STATUS.PENDING;
	if (!f || !f.bytes || !(status === 1 || status === 2)) {
		sendText(res, 404, 'text/plain', 'no such file\n');
		return { httpStatus: 404, code: null };
	}
	res.writeHead(200, { 'content-type': f.mimeType, 'content-length': f.bytes.length });
	res.end(f.bytes);
	return { httpStatus: 200, code: null };
}

/** A file name's extension, lower case ('' when none). @param {string} name */
function extensionOf(name) {
	const base = String(name).split(/[?#]/)[0];
	const last = base.split('/').pop() || '';
	return last.includes('.') ? last.split('.').pop().toLowerCase() : '';
}

/**
 * Checks that `fileId` names an upload made for `service` that passed the content check and,
 * when `extensions` are given, has one of them; throws 40000 naming `field` otherwise. Chanjing
 * does not document these messages; they name the field and the reason.
 * @param {import('./simulator').Simulator} sim
 * @param {unknown} fileId
 * @param {{field: string, service: string, extensions?: string[], nowMs: number}} want
 * @returns {FileRecord}
 */
function checkUploadedFile(sim, fileId, want) {
	const { field, service, extensions, nowMs } = want;
	if (typeof fileId !== 'string' || fileId.trim() === '')
		throw new ApiError(CODES.PARAM_ERROR, `${field} 参数错误,须为字符串`);
	const f = sim.fileStore.get(fileId.trim());
	if (!f) throw new ApiError(CODES.PARAM_ERROR, `${field} 不存在: ${fileId}`);
	if (f.service !== service)
		throw new ApiError(
			CODES.PARAM_ERROR,
			`${field} 的文件用途不符: 须以 service=${service} 上传,该文件为 ${f.service}`,
		);
	const status = statusAt(f, nowMs);
	if (status === FILE_STATUS.PENDING || !f.bytes)
		throw new ApiError(CODES.PARAM_ERROR, `${field} 文件尚未就绪,请稍后重试`);
	if (status === FILE_STATUS.REJECTED)
		throw new ApiError(CODES.PARAM_ERROR, `${field} 文件未通过内容安全检测`);
	if (status !== 1 && status !== 2) throw new ApiError(CODES.PARAM_ERROR, `${field} 文件已删除`);
	if (extensions && !extensions.includes(extensionOf(f.name)))
		throw new ApiError(CODES.PARAM_ERROR, `${field} 文件格式不支持,支持 ${extensions.join('、')}`);
	return f;
}

/**
 * The upload a URL points at when it is one of the simulator's own full_path URLs (under its
 * base URL or publicUrl), else null.
 * @param {import('./simulator').Simulator} sim
 * @param {string} url
 */
function uploadOfUrl(sim, url) {
	let u;
	try {
		u = new URL(url);
	} catch {
		return null;
	}
	const own = [sim.url, sim.config.publicUrl].filter(Boolean).map((b) => new URL(b).origin);
	const m = DOWNLOAD_PATH.exec(u.pathname);
	if (!own.includes(u.origin) || !m) return null;
	return sim.fileStore.get(m[1]) || null;
}

const FILE_API_ROUTES = {
	'GET /open/v1/common/create_upload_url': { handler: createUploadUrl, auth: true },
	'GET /open/v1/common/file_detail': { handler: fileDetail, auth: true },
};

/** The file API's paths (the SPEC-only file_list and delete_file count too, should they come). */
const FILE_API_PATHS = new Set([
	'/open/v1/common/create_upload_url',
	'/open/v1/common/file_detail',
	'/open/v1/common/file_list',
	'/open/v1/common/delete_file',
]);

/**
 * Whether a path belongs to the file API's per-minute budget (not common/tag_list, a lookup).
 * @param {string} path
 */
function isFileApi(path) {
	return FILE_API_PATHS.has(path);
}

module.exports = {
	FileStore,
	FILE_API_ROUTES,
	FILE_STATUS,
	REJECT_MSG,
	UPLOAD_PATH,
	DOWNLOAD_PATH,
	answerUpload,
	answerDownload,
	isFileApi,
	statusAt,
	fullPathOf,
	checkUploadedFile,
	uploadOfUrl,
	extensionOf,
};
