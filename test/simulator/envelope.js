'use strict';
/** The Chanjing answer envelope `{trace_id, code, msg, data}` and the codes the simulator uses. */
const crypto = require('node:crypto');

/** Answer codes (the table of Chanjing's documentation page). */
const CODES = Object.freeze({
	OK: 0,
	BAD_FORMAT: 400,
	NOT_FOUND: 404,
	AUTH_FAILED: 10400,
	PARAM_ERROR: 40000,
	QPS_EXCEEDED: 40001,
	INTERNAL: 50000,
});

const MESSAGES = Object.freeze({
	OK: 'success',
	BAD_FORMAT: '传入参数格式错误',
	AUTH_FAILED: 'AccessToken 验证失败',
	QPS_EXCEEDED: '超出 QPS 限制',
	INTERNAL: '系统内部错误',
});

/** A random 32-hex-digit trace id. */
function traceId() {
	return crypto.randomBytes(16).toString('hex');
}

/**
 * @param {number} code
 * @param {string} msg
 * @param {unknown} [data]
 */
function envelope(code, msg, data = null) {
	return { trace_id: traceId(), code, msg, data };
}

/** @param {unknown} data */
function ok(data) {
	return envelope(CODES.OK, MESSAGES.OK, data);
}

/** An error answer that route handlers return (HTTP 200 all the same). */
class ApiError extends Error {
	/** @param {number} code @param {string} msg */
	constructor(code, msg) {
		super(msg);
		this.code = code;
	}
}

module.exports = { CODES, MESSAGES, traceId, envelope, ok, ApiError };
