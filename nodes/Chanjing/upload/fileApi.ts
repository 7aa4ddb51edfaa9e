import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isHttpUrl } from '../input/checks';
import { pauseUnlessCancelled } from '../transport/pause';
import { chanjingRequest } from '../transport/request';
import { isTransientError } from '../transport/outcome';
import type { UploadedFile } from '../memory/processMemory';
import { paceFileApiRequest, uploadTiming } from './filePacing';

export const CREATE_UPLOAD_URL_PATH = '/open/v1/common/create_upload_url';
export const FILE_DETAIL_PATH = '/open/v1/common/file_detail';

export const FILE_API_TIMEOUT_MS = 30_000;
export const PUT_TIMEOUT_MS = 300_000;
/** How long an uploaded file may take to pass Chanjing's check before the item fails. */
export const MAX_READY_WAIT_S = 180;
const MAX_POLL_DELAY_S = 5;
/** Failed file API calls in a row that an upload survives (network, 5xx, 40001, 50000). */
export const MAX_TRANSIENT_FAILURES = 5;
const RATE_LIMITED_DELAY_S = 10;
const MAX_PUT_ATTEMPTS = 3;

/**
 * file_detail `status`: 1 ready; 98 rejected by the content check, 99 deleted, 100 cleaned.
 * Official clients disagree on 2 (one treats {1, 2} as ready, the SDK only 1): the node takes 2
 * as ready too, since treating it as pending would fail every upload on accounts that answer 2,
 * and a submit whose frame Chanjing cannot read ends as a failed task, which is not charged.
 */
export const READY_STATUSES = [1, 2];
export const FAILED_STATUSES: Record<number, string> = {
	98: 'rejected by the content check (内容安全检测失败)',
	99: 'marked deleted (文件标记删除)',
	100: 'cleaned up (文件已清理)',
};

/** A stream of stored binary data, as n8n's helper returns it. */
export type BinaryStream = Awaited<
	ReturnType<IExecuteSingleFunctions['helpers']['getBinaryStream']>
>;

/** A file of the item, checked and ready to upload (see binaryImage.ts for images). */
export interface UploadableFile {
	/** The field as the UI names it, e.g. "First Frame Binary Property". */
	field: string;
	property: string;
	sizeBytes: number;
	sha256: string;
	/** The name the upload gets, from the content hash and the real format. */
	uploadName: string;
	/** The bytes to upload: a fresh stream for stored binary data, else the buffer. */
	body: () => Promise<BinaryStream | Buffer>;
}

interface UploadTarget {
	signUrl: string;
	fullPath: string;
	mimeType: string;
	fileId: string;
}

async function pause(context: IExecuteSingleFunctions, seconds: number): Promise<void> {
	await pauseUnlessCancelled(
		context,
		seconds * uploadTiming.msPerSecond,
		1000,
		() =>
			new NodeOperationError(
				context.getNode(),
				'Stopped uploading a frame: the execution was cancelled',
				{
					itemIndex: context.getItemIndex(),
				},
			),
	);
}

function rateLimited(error: unknown): boolean {
	return Number((error as { context?: IDataObject })?.context?.chanjingCode) === 40001;
}

/** One file API request, paced under the per-minute limit, surviving transient failures. */
async function fileApiRequest(
	context: IExecuteSingleFunctions,
	paceKey: string,
	options: IHttpRequestOptions,
	note: string,
): Promise<IDataObject> {
	let failures = 0;
	for (;;) {
		const answered = await paceFileApiRequest(paceKey);
		try {
			const answer = await chanjingRequest.call(
				context,
				{ timeout: FILE_API_TIMEOUT_MS, ...options },
				note,
			);
			answered();
			return (answer.data ?? {}) as IDataObject;
		} catch (error) {
			answered();
			failures += 1;
			if (!isTransientError(error) || failures > MAX_TRANSIENT_FAILURES) {
				throw new NodeApiError(context.getNode(), error as never, {
					itemIndex: context.getItemIndex(),
				});
			}
			await pause(context, rateLimited(error) ? RATE_LIMITED_DELAY_S : 2 ** (failures - 1));
		}
	}
}

function badAnswer(
	context: IExecuteSingleFunctions,
	what: string,
	data: unknown,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Chanjing's ${what} answer is incomplete`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was submitted for this item. Answer data: ${JSON.stringify(data)?.slice(0, 300)}`,
	});
}

async function createUploadUrl(
	context: IExecuteSingleFunctions,
	paceKey: string,
	file: UploadableFile,
	service: string,
): Promise<UploadTarget> {
	const data = await fileApiRequest(
		context,
		paceKey,
		{
			method: 'GET',
			url: CREATE_UPLOAD_URL_PATH,
			qs: { service, name: file.uploadName },
		},
		` (upload of ${file.field} "${file.property}")`,
	);
	const target = {
		signUrl: data.sign_url,
		fullPath: data.full_path,
		mimeType: data.mime_type,
		fileId: data.file_id,
	};
	if (
		!isHttpUrl(target.signUrl) ||
		!isHttpUrl(target.fullPath) ||
		typeof target.mimeType !== 'string' ||
		target.mimeType === '' ||
		(typeof target.fileId !== 'string' && typeof target.fileId !== 'number') ||
		String(target.fileId) === ''
	) {
		throw badAnswer(context, 'upload URL', data);
	}
	return { ...(target as UploadTarget), fileId: String(target.fileId) };
}

function storageMessage(body: unknown): string {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '');
	const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
	const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1];
	return code ? `${code}${message ? `: ${message}` : ''}` : text.slice(0, 200);
}

/** PUTs the bytes to the signed URL with exactly Chanjing's Content-Type and no access token. */
async function putBytes(
	context: IExecuteSingleFunctions,
	file: UploadableFile,
	target: UploadTarget,
): Promise<void> {
	// checked by isHttpUrl in createUploadUrl: it parses
	const host = new URL(target.signUrl).host;
	for (let attempt = 1; ; attempt++) {
		let response: IN8nHttpFullResponse | undefined;
		let failure = '';
		try {
			response = (await context.helpers.httpRequest({
				method: 'PUT',
				url: target.signUrl,
				body: await file.body(),
				headers: { 'Content-Type': target.mimeType, 'Content-Length': file.sizeBytes },
				json: false,
				timeout: PUT_TIMEOUT_MS,
				// without redirects axios streams the body; following them would buffer it all
				disableFollowRedirect: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			failure = (error as Error).message;
		}
		if (response && response.statusCode >= 200 && response.statusCode < 300) return;
		if (response) failure = `HTTP ${response.statusCode} ${storageMessage(response.body)}`;
		const retryable = !response || response.statusCode >= 500;
		if (!retryable || attempt >= MAX_PUT_ATTEMPTS) {
			throw new NodeOperationError(
				context.getNode(),
				`Could not upload ${file.field} "${file.property}" to ${host}: ${failure}`,
				{
					itemIndex: context.getItemIndex(),
					description: `Nothing was submitted for this item. Chanjing's storage refused the upload (file ID ${target.fileId}, Content-Type ${target.mimeType}).`,
				},
			);
		}
		await pause(context, attempt);
	}
}

/** Polls file_detail until the file is ready (1 or 2), rejected (98/99/100) or the wait ends. */
async function waitUntilReady(
	context: IExecuteSingleFunctions,
	paceKey: string,
	file: UploadableFile,
	target: UploadTarget,
): Promise<void> {
	let waitedS = 0;
	let delayS = 1;
	let status: unknown = 'none';
	while (waitedS < MAX_READY_WAIT_S) {
		delayS = Math.min(delayS, MAX_READY_WAIT_S - waitedS);
		await pause(context, delayS);
		waitedS += delayS;
		const data = await fileApiRequest(
			context,
			paceKey,
			{ method: 'GET', url: FILE_DETAIL_PATH, qs: { id: target.fileId } },
			` (file ID ${target.fileId})`,
		);
		status = data.status;
		const code = Number(status);
		if (READY_STATUSES.includes(code)) return;
		if (FAILED_STATUSES[code]) {
			const reason = [data.err_msg, data.msg, data.reason].find(
				(v) => typeof v === 'string' && v !== '' && !FAILED_STATUSES[code].includes(v),
			);
			const error = new NodeApiError(
				context.getNode(),
				{ fileId: target.fileId, status: code } as never,
				{
					message: `Chanjing refused ${file.field} "${file.property}": file ${FAILED_STATUSES[code]}${reason ? ` – ${String(reason)}` : ''}`,
					description: `File status ${code}. Nothing was submitted for this item; use another file. File ID ${target.fileId}.`,
					httpCode: '200',
					itemIndex: context.getItemIndex(),
				},
			);
			error.context.fileStatus = code;
			throw error;
		}
		delayS = Math.min(delayS * 2, MAX_POLL_DELAY_S);
	}
	throw new NodeOperationError(
		context.getNode(),
		`${file.field} "${file.property}" was uploaded but not ready after ${MAX_READY_WAIT_S} s (last file status: ${String(status)})`,
		{
			itemIndex: context.getItemIndex(),
			description: `Nothing was submitted for this item. Chanjing is still checking file ${target.fileId}; run the item again later.`,
		},
	);
}

/**
 * Uploads one checked file for a product's `service`: an upload URL from the file API, the
 * bytes to the signed URL, then waiting until Chanjing has checked the file. Returns the public
 * `full_path` and the file ID.
 */
export async function uploadFile(
	context: IExecuteSingleFunctions,
	paceKey: string,
	file: UploadableFile,
	service: string,
): Promise<UploadedFile> {
	const target = await createUploadUrl(context, paceKey, file, service);
	await putBytes(context, file, target);
	await waitUntilReady(context, paceKey, file, target);
	return { fullPath: target.fullPath, fileId: target.fileId };
}

/** Whether an upload error is Chanjing's verdict on the content (not worth uploading again). */
export function isFileRefusal(error: unknown): boolean {
	const status = Number((error as { context?: IDataObject })?.context?.fileStatus);
	return status in FAILED_STATUSES;
}
