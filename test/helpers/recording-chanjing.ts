import nock from 'nock';

import { TOKEN_B } from './app-credential';
import { envelope } from './chanjing-api';
import { TEST_BASE_URL } from './run-workflow';

/** One request as it went out on the wire. */
export interface RecordedRequest {
	method: string;
	/** Scheme, host, path and query string, exactly as sent. */
	url: string;
	/** The headers that say what the node sent (see RECORDED_HEADERS), names in lower case. */
	headers: Record<string, string>;
	/** The body as sent: UTF-8 text, or hex for bytes that are not (an uploaded image). */
	body: string;
	bodyEncoding?: 'hex';
}

/**
 * Headers recorded. The others are the HTTP client's (user-agent, accept-encoding, connection,
 * host): they change with n8n's axios, not with the node. content-length follows from the body.
 */
export const RECORDED_HEADERS = ['access_token', 'accept', 'content-type', 'content-length'];

export const STORAGE_HOST = 'https://chanjing-oss.example.com';
export const FILE_HOST = 'https://cdn.chanjing.example.com';
/** A token expiry far away (2100-01-01), so that no renewal depends on today's date. */
const TOKEN_EXPIRES_AT = 4102444800;

/** The first bytes of an MP4: a box of type ftyp. */
export const VIDEO_BYTES = Buffer.from([
	0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0x00, 0x00, 0x00, 0x00,
]);

/** How the recording Chanjing answers: a success unless a field here says otherwise. */
export interface ChanjingAnswers {
	/** progress_desc of the task detail, one per detail request (the last one repeats). */
	taskStates?: string[];
	/** total_page of the task list. */
	totalPages?: number;
	/** file_detail status, one per poll of a file (the last one repeats). */
	fileStatuses?: number[];
	/**
	 * How each submit is answered, in turn (then `created`): `rateLimited` is code 40001,
	 * `lost` a proxy's HTTP 502 page after Chanjing created the task (the task list has it).
	 */
	submits?: Array<'created' | 'rateLimited' | 'lost'>;
	/** Tokens Chanjing no longer accepts (answered with code 10400). */
	rejectedTokens?: string[];
}

const MIME_OF: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

function headersOf(req: { headers?: Record<string, unknown> }): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers ?? {})) {
		const key = name.toLowerCase();
		if (RECORDED_HEADERS.includes(key)) headers[key] = String(value);
	}
	return Object.fromEntries(Object.entries(headers).sort(([a], [b]) => a.localeCompare(b)));
}

/** nock hands over a body that is not valid UTF-8 as hex; only the image upload sends such bytes. */
function isUtf8(text: string, req: { headers?: Record<string, unknown> }): boolean {
	return !(
		String(req.headers?.['content-type'] ?? '').startsWith('image/') && /^[0-9a-f]*$/.test(text)
	);
}

function rawTask(uniqueId: string, progressDesc: string): Record<string, unknown> {
	return {
		unique_id: uniqueId,
		id: 7,
		// long ago: a search after a lost submit stops at such tasks
		create_time: 1600000000,
		type: 4,
		progress_desc: progressDesc,
		err_msg: '',
		output_url: progressDesc === 'Success' ? [`${FILE_HOST}/videos/${uniqueId}.mp4`] : [],
		model_code: 'MiniMax-Hailuo-02',
		motion_info: { ref_prompt: 'A recorded task', clarity: 720, video_duration: 6 },
	};
}

/** The task a lost submit created, as the task list shows it (created just now). */
function taskOfLostSubmit(submitted: Record<string, unknown>): Record<string, unknown> {
	return {
		...rawTask('creation-lost-1', 'Queued'),
		create_time: Math.floor(Date.now() / 1000),
		model_code: submitted.model_code,
		motion_info: {
			ref_prompt: submitted.ref_prompt,
			clarity: submitted.clarity,
			video_duration: submitted.video_duration,
		},
	};
}

/**
 * Stands in for Chanjing (API, file storage, file CDN) with nock, answering every request as
 * `answers` says (by default with a success) and recording it as it went out, in order.
 * `stop()` removes its interceptors.
 */
export function recordingChanjing(answers: ChanjingAnswers = {}) {
	const requests: RecordedRequest[] = [];
	const taskStates = answers.taskStates ?? ['Generating', 'Success'];
	const fileStatuses = answers.fileStatuses ?? [0, 1];
	const totalPages = answers.totalPages ?? 3;
	const submits = answers.submits ?? [];
	const rejectedTokens = answers.rejectedTokens ?? [];
	let submitRequests = 0;
	let lostSubmit: Record<string, unknown> | undefined;
	let detailRequests = 0;
	let uploads = 0;
	const filePolls = new Map<string, number>();

	function answer(
		method: string,
		url: URL,
		body: unknown,
		token: unknown,
	): [number, unknown, Record<string, string>?] {
		const path = url.pathname;
		if (url.origin === TEST_BASE_URL && rejectedTokens.includes(String(token)))
			return [200, envelope(10400, null, 'AccessToken已失效')];
		if (url.origin === STORAGE_HOST && method === 'PUT') return [200, ''];
		if (url.origin === FILE_HOST && method === 'GET')
			return [200, VIDEO_BYTES, { 'content-type': 'video/mp4' }];
		if (method === 'POST' && path === '/open/v1/access_token')
			return [200, envelope(0, { access_token: TOKEN_B, expire_in: TOKEN_EXPIRES_AT })];
		if (method === 'POST' && path === '/open/v1/ai_creation/task/submit') {
			const outcome = submits[submitRequests] ?? 'created';
			submitRequests += 1;
			if (outcome === 'rateLimited') return [200, envelope(40001, null, '请求频率超限')];
			if (outcome === 'lost') {
				lostSubmit = body as Record<string, unknown>;
				return [502, '<html><body>502 Bad Gateway</body></html>', { 'content-type': 'text/html' }];
			}
			return [200, envelope(0, 'creation-recorded-1')];
		}
		if (method === 'GET' && path === '/open/v1/ai_creation/task') {
			const state = taskStates[Math.min(detailRequests, taskStates.length - 1)];
			detailRequests += 1;
			return [200, envelope(0, rawTask(String(url.searchParams.get('unique_id')), state))];
		}
		if (method === 'POST' && path === '/open/v1/ai_creation/task/page') {
			const sent = body as { page?: number; page_size?: number };
			const page = Number(sent.page ?? 1);
			const size = Number(sent.page_size ?? 10);
			const list = Array.from({ length: size }, (_, i) =>
				rawTask(`task-${page}-${i + 1}`, 'Success'),
			);
			if (lostSubmit && page === 1) list.unshift(taskOfLostSubmit(lostSubmit));
			return [
				200,
				envelope(0, {
					list,
					page_info: { page, size, total_count: totalPages * size, total_page: totalPages },
				}),
			];
		}
		if (method === 'GET' && path === '/open/v1/common/create_upload_url') {
			uploads += 1;
			const name = String(url.searchParams.get('name'));
			const fileId = `file-${uploads}`;
			const ext = name.split('.').pop() ?? '';
			return [
				200,
				envelope(0, {
					sign_url: `${STORAGE_HOST}/bucket/ai_creation/${fileId}/${name}?Expires=1700000900&OSSAccessKeyId=k&Signature=s%2Bg%3D`,
					full_path: `${FILE_HOST}/ai_creation/${fileId}/${name}`,
					mime_type: MIME_OF[ext] ?? 'application/octet-stream',
					file_id: fileId,
				}),
			];
		}
		if (method === 'GET' && path === '/open/v1/common/file_detail') {
			const id = String(url.searchParams.get('id'));
			const polls = filePolls.get(id) ?? 0;
			filePolls.set(id, polls + 1);
			const status = fileStatuses[Math.min(polls, fileStatuses.length - 1)];
			return [200, envelope(0, { id, status })];
		}
		return [404, `no recorded answer for ${method} ${url.href}`];
	}

	const interceptors: nock.Interceptor[] = [];
	const scopes = [TEST_BASE_URL, STORAGE_HOST, FILE_HOST].map((host) => {
		const scope = nock(host).persist();
		for (const method of ['GET', 'POST', 'PUT']) {
			const interceptor = scope.intercept(() => true, method).query(true);
			interceptors.push(interceptor);
			interceptor.reply(function (this: nock.ReplyFnContext, uri, body) {
				const token = this.req.headers.access_token;
				const [status, reply, headers] = answer(method, new URL(uri, host), body, token);
				// Like every HTTP server with a clock, Chanjing dates its answers (its clock, for the lookup).
				return [status, reply as nock.Body, { Date: new Date().toUTCString(), ...headers }];
			});
		}
		scope.on('request', (req, _interceptor, body: string) => {
			const utf8 = isUtf8(body, req);
			requests.push({
				method: String(req.method),
				url: `${host}${req.path}`,
				headers: headersOf(req),
				body,
				...(utf8 ? {} : { bodyEncoding: 'hex' as const }),
			});
		});
		return scope;
	});

	return {
		requests,
		stop(): void {
			for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
			for (const scope of scopes) scope.removeAllListeners('request');
		},
	};
}
