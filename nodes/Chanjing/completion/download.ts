import type { IBinaryData, IExecuteSingleFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { EXTENSION_OF, imageFormatOf, MIME_TYPE_OF } from '../media/imageHeader';
import { isTimeout } from '../transport/outcome';
import { requestTimeouts } from '../transport/timeouts';

/** The little of a Node.js readable stream the download uses (no import of `stream` in a node). */
interface ByteStream {
	read(size?: number): Buffer | null;
	unshift(chunk: Buffer): void;
	once(event: string, listener: (...args: unknown[]) => void): unknown;
	removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
	destroy(error?: Error): unknown;
	readableEnded?: boolean;
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/** Whether the first bytes are an MP4/MOV file: a box of type `ftyp` at offset 4. */
export function hasMp4Signature(head: Buffer): boolean {
	return head.length >= 8 && head.subarray(4, 8).toString('latin1') === 'ftyp';
}

export function isVideoContentType(contentType: unknown): boolean {
	return typeof contentType === 'string' && /^video\//i.test(contentType.trim());
}

export function isImageContentType(contentType: unknown): boolean {
	return typeof contentType === 'string' && /^image\//i.test(contentType.trim());
}

export type OutputKind = 'video' | 'image';

/** Whether the first bytes or the content type say the file is what the task makes. */
function looksLike(kind: OutputKind, contentType: unknown, head: Buffer): boolean {
	return kind === 'video'
		? isVideoContentType(contentType) || hasMp4Signature(head)
		: imageFormatOf(head) !== undefined ||
				(isImageContentType(contentType) && !/svg/i.test(String(contentType)));
}

/** The first bytes of the stream (up to `size`), put back so that the stream is still whole. */
async function peek(stream: ByteStream, size: number): Promise<Buffer> {
	for (;;) {
		const chunk = stream.read();
		if (chunk !== null) {
			stream.unshift(chunk);
			return chunk.subarray(0, size);
		}
		if (stream.readableEnded) return Buffer.alloc(0);
		await new Promise<void>((resolve, reject) => {
			const done = () => {
				stream.removeListener('readable', done);
				stream.removeListener('end', done);
				stream.removeListener('error', failed);
				resolve();
			};
			const failed = (error: unknown) => {
				stream.removeListener('readable', done);
				stream.removeListener('end', done);
				reject(error as Error);
			};
			stream.once('readable', done);
			stream.once('end', done);
			stream.once('error', failed);
		});
		if (stream.readableEnded) return Buffer.alloc(0);
	}
}

/**
 * Why the answer is not the video, or undefined when it is: HTTP 2xx, a video content type
 * or an MP4 signature, not empty. The length as announced is held by the HTTP layer: a body
 * that ends early fails the stream.
 */
export function problemWithVideoAnswer(
	statusCode: number,
	headers: Record<string, unknown>,
	head: Buffer,
	kind: OutputKind = 'video',
): string | undefined {
	if (statusCode < 200 || statusCode >= 300) return `the file server answered HTTP ${statusCode}`;
	if (headers['content-length'] !== undefined && Number(headers['content-length']) === 0)
		return 'the file is empty (content-length 0)';
	if (head.length === 0) return 'the file is empty';
	if (!looksLike(kind, headers['content-type'], head)) {
		const text = head.toString('utf8').replace(/\s+/g, ' ').slice(0, 120);
		return `the answer is not ${kind === 'video' ? 'a video' : 'an image'} (content type ${String(headers['content-type'] ?? 'none')}, starts with "${text}")`;
	}
	return undefined;
}

/**
 * Fetches the finished video (a public file URL, no token) and streams it into n8n's binary
 * data: with binary data in filesystem or S3 mode the file never sits in memory whole.
 */
export async function downloadVideo(
	this: IExecuteSingleFunctions,
	creationId: string,
	videoUrl: unknown,
): Promise<IBinaryData> {
	return await downloadOutput.call(this, creationId, videoUrl, 'video', `${creationId}.mp4`);
}

/** The same for one image of an image task (the n-th, counted from 1 in its file name). */
export async function downloadImage(
	this: IExecuteSingleFunctions,
	creationId: string,
	imageUrl: unknown,
	index: number,
): Promise<IBinaryData> {
	return await downloadOutput.call(
		this,
		creationId,
		imageUrl,
		'image',
		`${creationId}-${index + 1}`,
	);
}

async function downloadOutput(
	this: IExecuteSingleFunctions,
	creationId: string,
	url: unknown,
	kind: OutputKind,
	fileName: string,
): Promise<IBinaryData> {
	const noun = kind === 'video' ? 'video' : 'image';
	if (typeof url !== 'string' || url === '') {
		throw new NodeOperationError(
			this.getNode(),
			`${kind === 'video' ? 'Video' : 'Image task'} ${creationId} has no ${noun} URL to download yet`,
			{
				itemIndex: this.getItemIndex(),
				description:
					'The task has not succeeded. Turn on Wait for Completion, or download it once it has.',
			},
		);
	}
	const fail = (reason: string) =>
		new NodeOperationError(
			this.getNode(),
			`Could not download ${noun} ${creationId} from ${hostOf(url)}: ${reason}`,
			{
				itemIndex: this.getItemIndex(),
				description: `The task succeeded and stays at Chanjing; the ${noun} is at ${url} (creation ID ${creationId}). Downloading again is safe: it creates nothing.`,
			},
		);
	let stream: ByteStream | undefined;
	try {
		const response = (await this.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: requestTimeouts.downloadMs,
		})) as IN8nHttpFullResponse;
		stream = response.body as ByteStream;
		const head = await peek(stream, 512);
		const problem = problemWithVideoAnswer(response.statusCode, response.headers, head, kind);
		if (problem) throw fail(problem);
		if (kind === 'video') {
			return await this.helpers.prepareBinaryData(stream as never, fileName, 'video/mp4');
		}
		const format = imageFormatOf(head);
		const mimeType = format ? MIME_TYPE_OF[format] : String(response.headers['content-type']);
		const name = format ? `${fileName}.${EXTENSION_OF[format]}` : fileName;
		return await this.helpers.prepareBinaryData(stream as never, name, mimeType);
	} catch (error) {
		stream?.destroy();
		if (error instanceof NodeOperationError) throw new NodeOperationError(this.getNode(), error);
		const reason = isTimeout(error)
			? `no data for ${Math.round(requestTimeouts.downloadMs / 1000)} s`
			: /aborted|ECONNRESET|premature/i.test(String((error as Error).message))
				? `the connection closed before the whole file (as announced by its length) arrived (${(error as Error).message})`
				: (error as Error).message;
		throw fail(reason);
	}
}
