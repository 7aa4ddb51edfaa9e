import { createHash } from 'node:crypto';

import { call, CODES, Json, useSimulator } from './helpers';

const CREATE = '/open/v1/common/create_upload_url';
const DETAIL = '/open/v1/common/file_detail';
const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function uploadUrl(s: Json, name = 'frame.png', service = 'ai_creation'): Promise<Json> {
	const q = new URLSearchParams({ service, name });
	return call(s.sim.url, 'GET', `${CREATE}?${q}`, { token: s.token });
}

async function put(url: string, body: Buffer, contentType: string, headers = {}) {
	const res = await fetch(url, {
		method: 'PUT',
		body,
		headers: { 'content-type': contentType, ...headers },
	});
	return { status: res.status, text: await res.text() };
}

async function fileStatus(s: Json, fileId: string): Promise<Json> {
	return (await call(s.sim.url, 'GET', `${DETAIL}?id=${fileId}`, { token: s.token })).json;
}

describe('create_upload_url', () => {
	const s = useSimulator({ fileCheckMs: 1000 });

	test('answers a signed PUT URL, the public path, the MIME type of the name and a file id', async () => {
		const a = await uploadUrl(s, 'start.JPG');
		expect(a.json.code).toBe(0);
		const d = a.json.data;
		expect(d.mime_type).toBe('image/jpeg');
		expect(d.file_id).toMatch(/^[0-9a-f]{32}$/);
		expect(d.key).toBe(`ai_creation/${d.file_id}/start.JPG`);
		expect(d.full_path).toBe(`${s.sim.url}/uploads/${d.file_id}/start.JPG`);
		expect(d.sign_url).toMatch(
			new RegExp(`^${s.sim.url}/upload/${d.file_id}\\?Expires=\\d+&Signature=[0-9a-f]{64}$`),
		);
		const log = s.sim.requests({ path: CREATE });
		expect(log[0].query).toEqual({ service: 'ai_creation', name: 'start.JPG' });
		expect(log[0].headers.access_token).toBe(s.token);
	});

	test.each([
		['no service', { name: 'a.png' }, 'service 不能为空'],
		['no name', { service: 'ai_creation' }, 'name 不能为空'],
		['an unknown extension', { service: 'ai_creation', name: 'a.exe' }, '不支持的文件类型: a.exe'],
	])('refuses %s with 40000', async (_what, query, msg) => {
		const q = new URLSearchParams(query as Record<string, string>);
		const a = await call(s.sim.url, 'GET', `${CREATE}?${q}`, { token: s.token });
		expect(a.json).toMatchObject({ code: CODES.PARAM_ERROR, msg, data: null });
	});

	test('wants an access token like every API route', async () => {
		const a = await call(s.sim.url, 'GET', `${CREATE}?service=x&name=a.png`, { token: 'nope' });
		expect(a.json.code).toBe(CODES.AUTH_FAILED);
	});
});

describe('PUT to the signed URL', () => {
	const s = useSimulator({ fileCheckMs: 1000 });

	test('stores the bytes with exactly the returned Content-Type; the file turns ready after the check', async () => {
		const d = (await uploadUrl(s)).json.data;
		expect((await fileStatus(s, d.file_id)).data.status).toBe(0);
		expect(await put(d.sign_url, PNG_BYTES, 'image/png')).toEqual({ status: 200, text: '' });
		const pending = (await fileStatus(s, d.file_id)).data;
		expect(pending).toMatchObject({ status: 0, size: PNG_BYTES.length, full_path: d.full_path });
		expect((await call(s.sim.url, 'GET', new URL(d.full_path).pathname)).status).toBe(404);
		s.clock.advance(1000);
		expect((await fileStatus(s, d.file_id)).data.status).toBe(1);
		const got = await fetch(d.full_path);
		expect(got.headers.get('content-type')).toBe('image/png');
		expect(Buffer.from(await got.arrayBuffer()).equals(PNG_BYTES)).toBe(true);
		const [logged] = s.sim.requests({ method: 'PUT' });
		expect(logged).toMatchObject({
			httpStatus: 200,
			bodyBytes: PNG_BYTES.length,
			bodySha256: createHash('sha256').update(PNG_BYTES).digest('hex'),
		});
		expect(logged.body).toBeUndefined();
		expect(s.sim.files()).toEqual([
			expect.objectContaining({
				fileId: d.file_id,
				mimeType: 'image/png',
				size: PNG_BYTES.length,
				status: 1,
			}),
		]);
	});

	test.each([
		['another Content-Type', 'image/jpeg'],
		['a Content-Type with parameters', 'image/png; charset=utf-8'],
	])('fails the signature (HTTP 403, OSS XML) with %s and stores nothing', async (_w, type) => {
		const d = (await uploadUrl(s)).json.data;
		const r = await put(d.sign_url, PNG_BYTES, type);
		expect(r.status).toBe(403);
		expect(r.text).toContain('<Code>SignatureDoesNotMatch</Code>');
		s.clock.advance(5000);
		expect((await fileStatus(s, d.file_id)).data).toMatchObject({ status: 0, size: 0 });
	});

	test('fails with a tampered signature and after the signed URL expired (15 min)', async () => {
		const d = (await uploadUrl(s)).json.data;
		const tampered = d.sign_url.replace(/Signature=./, 'Signature=x');
		expect((await put(tampered, PNG_BYTES, 'image/png')).status).toBe(403);
		s.clock.advance(15 * 60 * 1000 + 1000);
		const late = await put(d.sign_url, PNG_BYTES, 'image/png');
		expect(late.status).toBe(403);
		expect(late.text).toContain('<Code>AccessDenied</Code>');
	});
});

describe('file_detail', () => {
	const s = useSimulator({ fileCheckMs: 500 });

	test('rejectNextFiles: the next uploads end in 98 with the content-check message, later ones in 1', async () => {
		s.sim.configure({ rejectNextFiles: 1 });
		const bad = (await uploadUrl(s)).json.data;
		const good = (await uploadUrl(s)).json.data;
		await put(bad.sign_url, PNG_BYTES, 'image/png');
		await put(good.sign_url, PNG_BYTES, 'image/png');
		s.clock.advance(500);
		expect((await fileStatus(s, bad.file_id)).data).toMatchObject({
			status: 98,
			err_msg: '内容安全检测失败',
		});
		expect((await fileStatus(s, good.file_id)).data.status).toBe(1);
		expect((await call(s.sim.url, 'GET', new URL(bad.full_path).pathname)).status).toBe(404);
	});

	test('fileReadyStatus 2 stands for the accounts where clients saw 2 as ready', async () => {
		s.sim.configure({ fileReadyStatus: 2 });
		const d = (await uploadUrl(s)).json.data;
		await put(d.sign_url, PNG_BYTES, 'image/png');
		s.clock.advance(500);
		expect((await fileStatus(s, d.file_id)).data.status).toBe(2);
		expect((await fetch(d.full_path)).status).toBe(200);
	});

	test('an unknown or missing id answers 40000', async () => {
		const unknown = await fileStatus(s, '0'.repeat(32));
		expect(unknown).toMatchObject({ code: CODES.PARAM_ERROR, msg: '文件不存在' });
		const missing = await call(s.sim.url, 'GET', DETAIL, { token: s.token });
		expect(missing.json.code).toBe(CODES.PARAM_ERROR);
	});
});

describe('the file API limit (30 requests per minute per token)', () => {
	const s = useSimulator({ fileApiPerMinute: 30 });

	test('the 31st file API request within a minute answers 40001; a minute later it passes', async () => {
		for (let i = 0; i < 30; i++) expect((await uploadUrl(s)).json.code).toBe(0);
		const over = await fileStatus(s, '0'.repeat(32));
		expect(over).toMatchObject({ code: CODES.QPS_EXCEEDED, data: null });
		// other routes are not part of the file budget
		const other = await call(s.sim.url, 'GET', '/open/v1/ai_creation/task?unique_id=x', {
			token: s.token,
		});
		expect(other.json.code).toBe(CODES.PARAM_ERROR);
		s.clock.advance(60_000);
		expect((await uploadUrl(s)).json.code).toBe(0);
	});

	test('the PUT to the signed URL is not part of the budget', async () => {
		s.sim.configure({ fileApiPerMinute: 1 });
		const d = (await uploadUrl(s)).json.data;
		expect((await put(d.sign_url, PNG_BYTES, 'image/png')).status).toBe(200);
		expect((await uploadUrl(s)).json.code).toBe(CODES.QPS_EXCEEDED);
	});
});
