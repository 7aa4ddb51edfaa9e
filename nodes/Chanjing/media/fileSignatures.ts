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

export type VideoFormat = 'mp4' | 'mov' | 'webm';

/**
 * ftyp brands that are no video: audio-only MPEG-4 (M4A, audiobooks, protected audio), HEIF and
 * AVIF still images and sequences, Canon raw photos.
 */
const NOT_VIDEO_BRANDS = [
	'M4A ',
	'M4B ',
	'M4P ',
	'heic',
	'heix',
	'heim',
	'heis',
	'hevc',
	'hevx',
	'mif1',
	'msf1',
	'avif',
	'avis',
	'crx ',
];
/** Top-level atoms a QuickTime movie without an ftyp box may start with. */
const QUICKTIME_FIRST_ATOMS = ['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'];
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
/** The EBML DocType element ID: its value is "webm" or "matroska". */
const EBML_DOC_TYPE = [0x42, 0x82];

/** The DocType of an EBML (WebM/Matroska) header, or undefined when the bytes hold none. */
export function ebmlDocTypeOf(head: Uint8Array): string | undefined {
	if (!EBML_MAGIC.every((b, i) => head[i] === b)) return undefined;
	for (let at = 4; at + 3 < head.length; at++) {
		if (head[at] !== EBML_DOC_TYPE[0] || head[at + 1] !== EBML_DOC_TYPE[1]) continue;
		const sizeByte = head[at + 2];
		// a one-byte EBML size (1xxxxxxx): the doc type is short ("webm", "matroska")
		if ((sizeByte & 0x80) === 0) continue;
		const length = sizeByte & 0x7f;
		if (at + 3 + length > head.length) return undefined;
		return String.fromCharCode(...head.subarray(at + 3, at + 3 + length));
	}
	return undefined;
}

/**
 * The video container by signature, never by a file name: MP4 (an ftyp box of any brand but
 * QuickTime's and those of audio or still images), MOV (ftyp brand `qt  `, or a classic QuickTime atom first)
 * or WebM (an EBML header whose DocType is "webm"). M4A audio, HEIF/AVIF images and Matroska (MKV) are none of them.
 */
export function videoFormatOf(head: Uint8Array): VideoFormat | undefined {
	if (ebmlDocTypeOf(head) === 'webm') return 'webm';
	if (head.length < 8) return undefined;
	const box = String.fromCharCode(...head.subarray(4, 8));
	if (box === 'ftyp') {
		if (head.length < 12) return undefined;
		const brand = String.fromCharCode(...head.subarray(8, 12));
		if (brand === 'qt  ') return 'mov';
		return NOT_VIDEO_BRANDS.includes(brand) ? undefined : 'mp4';
	}
	return QUICKTIME_FIRST_ATOMS.includes(box) ? 'mov' : undefined;
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
