import { ebmlDocTypeOf, type VideoFormat, videoFormatOf } from './fileSignatures';

/**
 * What Chanjing takes as a user's own video (lip sync's `video_file_id`, a custom avatar's
 * `file_id`): MP4, MOV or WebM (catalogue 4 and 5, "mp4/mov/webm"), told from the file's first
 * bytes, never from its name. No source states a size limit, so each product passes its own.
 */
export const VIDEO_FORMATS: readonly VideoFormat[] = ['mp4', 'mov', 'webm'];

export type VideoReading = { format: VideoFormat } | { problem: string };

export interface VideoLimits {
	/** Files of this many bytes or more are refused. */
	maxBytes: number;
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function notVideoProblem(head: Uint8Array): string {
	if (ebmlDocTypeOf(head) === 'matroska') {
		return 'is a Matroska (MKV) video; Chanjing takes MP4, MOV or WebM: convert it first';
	}
	return 'is not an MP4, MOV or WebM video';
}

/** Why these bytes cannot go to Chanjing as a video, or their format. */
export function readVideoFile(
	head: Uint8Array,
	sizeBytes: number,
	limits: VideoLimits,
): VideoReading {
	if (sizeBytes >= limits.maxBytes) {
		return {
			problem: `is ${megabytes(sizeBytes)}; the node sends videos under ${megabytes(limits.maxBytes).replace('.0 MB', ' MB')}`,
		};
	}
	if (sizeBytes === 0) return { problem: 'is empty' };
	const format = videoFormatOf(head);
	return format ? { format } : { problem: notVideoProblem(head) };
}

/** The rules for readBinaryFile (upload/binaryFile.ts) with a product's size limit. */
export function videoRules(limits: VideoLimits) {
	return (head: Uint8Array, sizeBytes: number): VideoReading =>
		readVideoFile(head, sizeBytes, limits);
}
