import { createHash } from 'node:crypto';

import nock from 'nock';
import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';

import { processMemory } from '../../nodes/Chanjing/memory/processMemory';
import { uploadTiming } from '../../nodes/Chanjing/upload/filePacing';
import { envelope } from './chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from './run-workflow';

/** Chanjing's file API as the upload of a binary frame or reference image meets it. */
export const OSS = 'https://chanjing-oss.example.com';
export const CDN = 'https://cdn.chanjing.example.com';
export const CREATE = '/open/v1/common/create_upload_url';
export const DETAIL = '/open/v1/common/file_detail';

export const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function binaryOf(
	bytes: Buffer,
	mimeType = 'image/png',
	fileName = 'photo.png',
): IBinaryData {
	return { data: bytes.toString('base64'), mimeType, fileName, fileSize: `${bytes.length} B` };
}

export function itemWith(binary: Record<string, Buffer>): INodeExecutionData {
	return {
		json: {},
		binary: Object.fromEntries(Object.entries(binary).map(([k, v]) => [k, binaryOf(v)])),
	};
}

export interface UploadExpectation {
	bytes: Buffer;
	ext: string;
	mimeType: string;
	fileId: string;
	/** file_detail statuses answered in turn */
	statuses?: number[];
	detail?: Record<string, unknown>;
	/** The file API service of the upload (AI creation's frames by default). */
	service?: string;
}

/**
 * The three requests of one upload, each asserted: the upload URL (token, query), the PUT to
 * the signed URL (exact Content-Type, no token, the bytes), then file_detail until ready.
 */
export function expectUpload(u: UploadExpectation) {
	const service = u.service ?? 'ai_creation';
	const name = `${sha(u.bytes).slice(0, 16)}.${u.ext}`;
	const signPath = `/bucket/${service}/${u.fileId}/${name}`;
	const fullPath = `${CDN}/${service}/${u.fileId}/${name}`;
	const create = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } })
		.get(CREATE)
		.query({ service, name })
		.reply(
			200,
			envelope(0, {
				sign_url: `${OSS}${signPath}?Expires=1700000900&OSSAccessKeyId=k&Signature=s%2Bg%3D`,
				full_path: fullPath,
				mime_type: u.mimeType,
				file_id: u.fileId,
				key: `${service}/${u.fileId}/${name}`,
			}),
		);
	const put = nock(OSS, {
		reqheaders: { 'content-type': u.mimeType, 'content-length': String(u.bytes.length) },
		badheaders: ['access_token'],
	})
		.put(signPath, (body) => Buffer.from(body, 'hex').equals(u.bytes))
		.query({ Expires: '1700000900', OSSAccessKeyId: 'k', Signature: 's+g=' })
		.reply(200, '');
	const detail = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });
	for (const status of u.statuses ?? [0, 1]) {
		detail
			.get(DETAIL)
			.query({ id: u.fileId })
			.reply(200, envelope(0, { id: u.fileId, status, ...u.detail }));
	}
	return { create, put, detail, fullPath };
}

/**
 * For a test file that uploads: each test starts with no remembered uploads and no pacing, and a
 * second of the file API's waiting takes a millisecond.
 */
export function useFastUploads(): void {
	beforeEach(() => {
		processMemory.uploads.clear();
		processMemory.fileApiRequests.clear();
		uploadTiming.msPerSecond = 1;
	});
	afterEach(() => {
		uploadTiming.msPerSecond = 1000;
	});
}
