/**
 * What kind of image some bytes are and how large, read from the first bytes alone: the file
 * signature, then the dimensions from PNG's IHDR, WebP's VP8/VP8L/VP8X chunk or JPEG's SOF
 * segment. Pure functions over a prefix of the file, no dependencies.
 */

export type ImageFormat = 'jpeg' | 'png' | 'webp';

export const MIME_TYPE_OF: Record<ImageFormat, string> = {
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
};

export const EXTENSION_OF: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

/**
 * The outcome of reading a prefix: an image with its size; `needMore` when the prefix ends
 * before the size (read more bytes and call again); `unreadable` when the format is known but
 * its header is broken; `notImage` when the signature is none of JPEG, PNG, WebP.
 */
export type HeaderReading =
	| { kind: 'image'; format: ImageFormat; width: number; height: number }
	| { kind: 'needMore'; format: ImageFormat }
	| { kind: 'unreadable'; format: ImageFormat; reason: string }
	| { kind: 'notImage' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
	return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(at, at + length));
}

const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u16le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32be = (b: Uint8Array, at: number) =>
	((b[at] << 24) >>> 0) + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);

/** The format by signature alone (needs the first 12 bytes), or undefined. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | undefined {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
		return 'jpeg';
	if (bytes.length >= 8 && startsWith(bytes, PNG_SIGNATURE)) return 'png';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
		return 'webp';
	return undefined;
}

function sized(format: ImageFormat, width: number, height: number): HeaderReading {
	if (width > 0 && height > 0) return { kind: 'image', format, width, height };
	return { kind: 'unreadable', format, reason: `its header gives a size of ${width}×${height}` };
}

function readPng(b: Uint8Array): HeaderReading {
	if (b.length < 24) return { kind: 'needMore', format: 'png' };
	if (ascii(b, 12, 4) !== 'IHDR')
		return { kind: 'unreadable', format: 'png', reason: 'the IHDR chunk is not first' };
	return sized('png', u32be(b, 16), u32be(b, 20));
}

function readWebp(b: Uint8Array): HeaderReading {
	if (b.length < 30) return { kind: 'needMore', format: 'webp' };
	const chunk = ascii(b, 12, 4);
	if (chunk === 'VP8 ') {
		// lossy: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height
		if (!startsWith(b, [0x9d, 0x01, 0x2a], 23))
			return { kind: 'unreadable', format: 'webp', reason: 'the VP8 start code is missing' };
		return sized('webp', u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
	}
	if (chunk === 'VP8L') {
		// lossless: signature 0x2f, then width-1 and height-1 in 14 bits each
		if (b[20] !== 0x2f)
			return { kind: 'unreadable', format: 'webp', reason: 'the VP8L signature is missing' };
		const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
		return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
	}
	if (chunk === 'VP8X') {
		// extended: canvas width-1 and height-1 in 24 bits each
		return sized('webp', u24le(b, 24) + 1, u24le(b, 27) + 1);
	}
	return { kind: 'unreadable', format: 'webp', reason: `unknown first chunk "${chunk}"` };
}

/** SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
	return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpeg(b: Uint8Array): HeaderReading {
	let at = 2;
	for (;;) {
		if (at + 1 >= b.length) return { kind: 'needMore', format: 'jpeg' };
		if (b[at] !== 0xff)
			return { kind: 'unreadable', format: 'jpeg', reason: `no segment marker at byte ${at}` };
		const marker = b[at + 1];
		if (marker === 0xff) {
			at += 1; // fill byte
			continue;
		}
		if (marker === 0xd9 || marker === 0xda)
			return {
				kind: 'unreadable',
				format: 'jpeg',
				reason: 'the image data starts before any frame header',
			};
		if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			at += 2; // markers without a length
			continue;
		}
		if (at + 3 >= b.length) return { kind: 'needMore', format: 'jpeg' };
		const length = u16be(b, at + 2);
		if (length < 2)
			return { kind: 'unreadable', format: 'jpeg', reason: `a segment length of ${length}` };
		if (isStartOfFrame(marker)) {
			if (at + 8 >= b.length) return { kind: 'needMore', format: 'jpeg' };
			return sized('jpeg', u16be(b, at + 7), u16be(b, at + 5));
		}
		at += 2 + length;
	}
}

/** Reads the format and size from the first bytes of a file. */
export function readImageHeader(bytes: Uint8Array): HeaderReading {
	const format = imageFormatOf(bytes);
	if (format === 'png') return readPng(bytes);
	if (format === 'webp') return readWebp(bytes);
	if (format === 'jpeg') return readJpeg(bytes);
	return { kind: 'notImage' };
}
