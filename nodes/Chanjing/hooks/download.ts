import type { IBinaryData, IExecuteSingleFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
): string | undefined {
	if (statusCode < 200 || statusCode >= 300) return `the file server answered HTTP ${statusCode}`;
	if (headers['content-length'] !== undefined && Number(headers['content-length']) === 0)
		return 'the file is empty (content-length 0)';
	if (head.length === 0) return 'the file is empty';
	if (!isVideoContentType(headers['content-type']) && !hasMp4Signature(head)) {
		const text = head.toString('utf8').replace(/\s+/g, ' ').slice(0, 120);
		return `the answer is not a video (content type ${String(headers['content-type'] ?? 'none')}, starts with "${text}")`;
	}
	return undefined;
}

/**
 * Fetches the finished video (a public file URL, no token) and streams it into n8n's binary
 * data: with binary data in filesystem or S3 mode the video never sits in memory whole.
 */
export async function downloadVideo(
	this: IExecuteSingleFunctions,
	creationId: string,
	videoUrl: unknown,
): Promise<IBinaryData> {
	if (typeof videoUrl !== 'string' || videoUrl === '') {
		throw new NodeOperationError(
			this.getNode(),
			`Video ${creationId} has no video URL to download yet`,
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
			`Could not download video ${creationId} from ${hostOf(videoUrl)}: ${reason}`,
			{
				itemIndex: this.getItemIndex(),
				description: `The task succeeded and stays at Chanjing; the video is at ${videoUrl} (creation ID ${creationId}). Downloading again is safe: it creates nothing.`,
			},
		);
	let stream: ByteStream | undefined;
	try {
		const response = (await this.helpers.httpRequest({
			method: 'GET',
			url: videoUrl,
			encoding: 'stream',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: requestTimeouts.downloadMs,
		})) as IN8nHttpFullResponse;
		stream = response.body as ByteStream;
		const head = await peek(stream, 512);
		const problem = problemWithVideoAnswer(response.statusCode, response.headers, head);
		if (problem) throw fail(problem);
		return await this.helpers.prepareBinaryData(stream as never, `${creationId}.mp4`, 'video/mp4');
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
