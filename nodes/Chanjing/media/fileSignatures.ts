import { imageFormatOf } from './imageHeader';
import type { MediaKind } from './mediaKind';

/**
 * Whether some bytes are the kind of file a task delivers, from their first bytes (the
 * signature) or the server's content type. Pure functions over a prefix of the file.
 */

/** Whether the first bytes are an MP4/MOV/M4A file: a box of type `ftyp` at offset 4. */
export function hasMp4Signature(head: Uint8Array): boolean {
	return head.length >= 8 && String.fromCharCode(...head.subarray(4, 8)) === 'ftyp';
}

export type AudioFormat = 'mp3' | 'wav' | 'm4a';

/** The audio format by signature: MP3 (ID3 tag or an MPEG frame sync), WAV (RIFF/WAVE), M4A (ftyp). */
export function audioFormatOf(head: Uint8Array): AudioFormat | undefined {
	const text = (at: number, length: number) =>
		String.fromCharCode(...head.subarray(at, at + length));
	if (head.length >= 3 && text(0, 3) === 'ID3') return 'mp3';
	if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0) return 'mp3';
	if (head.length >= 12 && text(0, 4) === 'RIFF' && text(8, 4) === 'WAVE') return 'wav';
	if (hasMp4Signature(head)) return 'm4a';
	return undefined;
}

function contentTypeIs(kind: MediaKind, contentType: unknown): boolean {
	return typeof contentType === 'string' && new RegExp(`^${kind}/`, 'i').test(contentType.trim());
}

export function isVideoContentType(contentType: unknown): boolean {
	return contentTypeIs('video', contentType);
}

export function isImageContentType(contentType: unknown): boolean {
	return contentTypeIs('image', contentType);
}

/** Whether the first bytes or the content type say the file is of this kind. */
export function looksLike(kind: MediaKind, contentType: unknown, head: Uint8Array): boolean {
	if (kind === 'video') return isVideoContentType(contentType) || hasMp4Signature(head);
	if (kind === 'audio')
		return contentTypeIs('audio', contentType) || audioFormatOf(head) !== undefined;
	return (
		imageFormatOf(head) !== undefined ||
		(isImageContentType(contentType) && !/svg/i.test(String(contentType)))
	);
}
