import type {
	IBinaryData,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemIndexOf } from '../api/context';
import { audioFormatOf, looksLike, type AudioFormat } from '../media/fileSignatures';
import { EXTENSION_OF, imageFormatOf, MIME_TYPE_OF } from '../media/imageHeader';
import type { MediaKind } from '../media/mediaKind';
import type { TaskAdapter } from '../task/adapter';
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

const ARTICLED: Record<MediaKind, string> = { video: 'a video', image: 'an image', audio: 'audio' };

const AUDIO_MIME_TYPE: Record<AudioFormat, string> = {
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	m4a: 'audio/mp4',
};

/**
 * Why the answer is not the video, or undefined when it is: HTTP 2xx, a video content type
 * or an MP4 signature, not empty. The length as announced is held by the HTTP layer: a body
 * that ends early fails the stream.
 */
export function problemWithDownload(
	statusCode: number,
	headers: Record<string, unknown>,
	head: Buffer,
	kind: MediaKind,
): string | undefined {
	if (statusCode < 200 || statusCode >= 300) return `the file server answered HTTP ${statusCode}`;
	if (headers['content-length'] !== undefined && Number(headers['content-length']) === 0)
		return 'the file is empty (content-length 0)';
	if (head.length === 0) return 'the file is empty';
	if (!looksLike(kind, headers['content-type'], head)) {
		const text = head.toString('utf8').replace(/\s+/g, ' ').slice(0, 120);
		return `the answer is not ${ARTICLED[kind]} (content type ${String(headers['content-type'] ?? 'none')}, starts with "${text}")`;
	}
	return undefined;
}

/** Where a download runs: an item of an operation, or the Chanjing Trigger (no item). */
export type DownloadContext = IExecuteSingleFunctions | IWebhookFunctions | IPollFunctions;

/** Where the file stands: whether its task has succeeded, and how many files the task has. */
export interface FilePlace {
	/** The task has succeeded: a missing URL is missing, not pending. */
	finished?: boolean;
	/** With one item per file: the task's number of files, so that errors say "image 2 of 4". */
	total?: number;
}

/** "video <id>", or "image 2 of 4 of image task <id>" for one file of several. */
function fileLabel(adapter: TaskAdapter, id: string, index: number, total?: number): string {
	const { kind } = adapter.outputs;
	return total === undefined
		? `${kind} ${id}`
		: `${kind} ${index + 1} of ${total} of ${adapter.noun} ${id}`;
}

/** A finished task's answer without a usable URL for the file: it is missing, not pending. */
export function missingUrlReason(url: unknown): string {
	if (url === null) return "its URL in Chanjing's answer is null";
	if (typeof url === 'string') return "its URL in Chanjing's answer is empty";
	return "Chanjing's answer lists no URL for it";
}

/**
 * Fetches file `index` of a finished task (a public file URL, no token) and streams it into
 * n8n's binary data: with binary data in filesystem or S3 mode the file never sits in memory
 * whole. The bytes are checked to be of the kind the task makes before they are kept.
 */
export async function downloadOutput(
	this: DownloadContext,
	adapter: TaskAdapter,
	id: string,
	url: unknown,
	index = 0,
	{ finished = false, total }: FilePlace = {},
): Promise<IBinaryData> {
	const { kind } = adapter.outputs;
	const fileName = adapter.outputs.fileName(id, index);
	const itemIndex = itemIndexOf(this);
	if (typeof url !== 'string' || url.trim() === '') {
		if (finished) {
			throw new NodeOperationError(
				this.getNode(),
				`${capitalized(fileLabel(adapter, id, index, total))} is missing: ${missingUrlReason(url)}`,
				{
					itemIndex,
					description: `The task succeeded at Chanjing but its answer gives no file URL. Get it again later with the ${adapter.idName} ${id}; if the URL stays missing, ask Chanjing support, quoting the ${adapter.idName}. Running the create again makes (and pays for) a new task.`,
				},
			);
		}
		throw new NodeOperationError(
			this.getNode(),
			`${capitalized(adapter.noun)} ${id} has no ${kind} URL to download yet`,
			{
				itemIndex,
				description:
					'The task has not succeeded. Turn on Wait for Completion, or download it once it has.',
			},
		);
	}
	const fail = (reason: string) =>
		new NodeOperationError(
			this.getNode(),
			`Could not download ${fileLabel(adapter, id, index, total)} from ${hostOf(url)}: ${reason}`,
			{
				itemIndex,
				description: `The task succeeded and stays at Chanjing; the ${kind} is at ${url} (${adapter.idName} ${id}). Downloading again is safe: it creates nothing.`,
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
		const problem = problemWithDownload(response.statusCode, response.headers, head, kind);
		if (problem) throw fail(problem);
		const { name, mimeType } = fileTypeOf(kind, head, response.headers['content-type'], fileName);
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

/** The file's name and MIME type: a video is an MP4; an image or audio file is what its bytes say. */
function fileTypeOf(
	kind: MediaKind,
	head: Buffer,
	contentType: unknown,
	fileName: string,
): { name: string; mimeType: string } {
	if (kind === 'video') return { name: `${fileName}.mp4`, mimeType: 'video/mp4' };
	if (kind === 'audio') {
		const format = audioFormatOf(head);
		return format
			? { name: `${fileName}.${format}`, mimeType: AUDIO_MIME_TYPE[format] }
			: { name: fileName, mimeType: String(contentType) };
	}
	const format = imageFormatOf(head);
	return format
		? { name: `${fileName}.${EXTENSION_OF[format]}`, mimeType: MIME_TYPE_OF[format] }
		: { name: fileName, mimeType: String(contentType) };
}

function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
