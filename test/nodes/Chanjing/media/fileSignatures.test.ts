import {
	audioFormatOf,
	ebmlDocTypeOf,
	hasMp4Signature,
	isImageContentType,
	isVideoContentType,
	looksLike,
	videoFormatOf,
} from '../../../../nodes/Chanjing/media/fileSignatures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');

const bytes = (...values: number[]) => Uint8Array.from(values);
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** The first 16 bytes of an MP4 (a box of 24 bytes of type ftyp, brand isom) and of an M4A (M4A ). */
const MP4 = bytes(0, 0, 0, 0x18, ...latin1('ftypisom'), 0, 0, 2, 0);
const M4A = bytes(0, 0, 0, 0x20, ...latin1('ftypM4A '), 0, 0, 0, 0);
const MP3_ID3 = latin1('ID3\x04\x00\x00\x00\x00\x00\x00');
/** MPEG-1 Layer III frame header (0xFFFB) and MPEG-2 (0xFFF3): 11 bits of frame sync. */
const MP3_FRAME = bytes(0xff, 0xfb, 0x90, 0x64);
const MP3_FRAME_MPEG2 = bytes(0xff, 0xf3, 0x48, 0xc4);
const WAV = latin1('RIFF\x24\x08\x00\x00WAVEfmt ');
const SVG = latin1('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>');
const HTML = latin1('<!doctype html><html><body>Not Found</body></html>');

describe('hasMp4Signature', () => {
	it('sees a box of type ftyp at offset 4 (MP4, MOV, M4A)', () => {
		expect(hasMp4Signature(MP4)).toBe(true);
		expect(hasMp4Signature(M4A)).toBe(true);
		expect(hasMp4Signature(bytes(0, 0, 0, 0x14, ...latin1('ftypqt  ')))).toBe(true);
	});

	it('needs all 8 bytes and ftyp exactly there', () => {
		expect(hasMp4Signature(MP4.subarray(0, 7))).toBe(false);
		expect(hasMp4Signature(latin1('ftypisom'))).toBe(false);
		expect(hasMp4Signature(bytes(0, 0, 0, 0x18, ...latin1('moov')))).toBe(false);
		expect(hasMp4Signature(HTML)).toBe(false);
	});
});

describe('audioFormatOf', () => {
	it.each([
		['MP3 with an ID3 tag', MP3_ID3, 'mp3'],
		['MP3 starting with an MPEG-1 frame sync', MP3_FRAME, 'mp3'],
		['MP3 starting with an MPEG-2 frame sync', MP3_FRAME_MPEG2, 'mp3'],
		['WAV (RIFF … WAVE)', WAV, 'wav'],
		['M4A (ftyp)', M4A, 'm4a'],
	])('%s', (_what, head, format) => {
		expect(audioFormatOf(head)).toBe(format);
	});

	it.each([
		['a WebP (RIFF, but WEBP)', webpImage(10, 10)],
		['a byte 0xFF without the frame sync bits', bytes(0xff, 0xd8, 0xff, 0xe0)],
		['a cut RIFF header', latin1('RIFF\x24\x08\x00\x00WAV')],
		['an HTML page', HTML],
		['nothing', bytes()],
		['one byte', bytes(0xff)],
	])('knows %s is no audio', (_what, head) => {
		expect(audioFormatOf(head)).toBeUndefined();
	});
});

describe('content types', () => {
	it.each([
		['video/mp4', true, false],
		['  Video/QuickTime ', true, false],
		['image/png', false, true],
		['IMAGE/JPEG; charset=binary', false, true],
		['application/octet-stream', false, false],
		['text/html; charset=utf-8', false, false],
		['audio/mpeg', false, false],
	])('%s', (contentType, video, image) => {
		expect(isVideoContentType(contentType)).toBe(video);
		expect(isImageContentType(contentType)).toBe(image);
	});

	it('a missing or non-text content type is neither', () => {
		for (const contentType of [undefined, null, 42, ['video/mp4']]) {
			expect(isVideoContentType(contentType)).toBe(false);
			expect(isImageContentType(contentType)).toBe(false);
		}
	});

	it('the kind must start the content type', () => {
		expect(isVideoContentType('application/video/mp4')).toBe(false);
		expect(isImageContentType('x-image/png')).toBe(false);
	});
});

describe('looksLike: the bytes or the content type say the kind', () => {
	it('video: an MP4 signature whatever the content type, or a video content type', () => {
		expect(looksLike('video', 'application/octet-stream', MP4)).toBe(true);
		expect(looksLike('video', undefined, MP4)).toBe(true);
		expect(looksLike('video', 'video/mp4', bytes(1, 2, 3))).toBe(true);
		expect(looksLike('video', 'text/html', HTML)).toBe(false);
		expect(looksLike('video', 'image/png', pngImage(2, 2))).toBe(false);
	});

	it('audio: MP3, WAV or M4A bytes, or an audio content type', () => {
		expect(looksLike('audio', 'application/octet-stream', MP3_ID3)).toBe(true);
		expect(looksLike('audio', undefined, WAV)).toBe(true);
		expect(looksLike('audio', 'audio/ogg', latin1('OggS'))).toBe(true);
		expect(looksLike('audio', 'text/html', HTML)).toBe(false);
		expect(looksLike('audio', 'video/mp4', bytes(1, 2, 3, 4))).toBe(false);
	});

	it('image: JPEG, PNG or WebP bytes whatever the content type', () => {
		expect(looksLike('image', 'application/octet-stream', pngImage(2, 2))).toBe(true);
		expect(looksLike('image', 'text/plain', jpegImage(8, 8))).toBe(true);
		expect(looksLike('image', undefined, webpImage(8, 8))).toBe(true);
	});

	it('image: an image content type with other bytes (e.g. GIF) passes', () => {
		expect(looksLike('image', 'image/gif', latin1('GIF89a'))).toBe(true);
	});

	it('image: SVG is refused, by its content type, whatever it is called', () => {
		expect(looksLike('image', 'image/svg+xml', SVG)).toBe(false);
		expect(looksLike('image', 'IMAGE/SVG+XML; charset=utf-8', SVG)).toBe(false);
		expect(looksLike('image', 'text/xml', SVG)).toBe(false);
	});

	it('image: an HTML error page is no image', () => {
		expect(looksLike('image', 'text/html', HTML)).toBe(false);
		expect(looksLike('image', undefined, HTML)).toBe(false);
	});
});

describe('videoFormatOf', () => {
	const ftyp = (brand: string) => bytes(0, 0, 0, 0x18, ...latin1(`ftyp${brand}`), 0, 0, 2, 0);
	const ebml = (docType: string) =>
		bytes(0x1a, 0x45, 0xdf, 0xa3, 0x8b, 0x42, 0x82, 0x80 | docType.length, ...latin1(docType));

	it.each([
		['isom', 'mp4'],
		['mp42', 'mp4'],
		['avc1', 'mp4'],
		['qt  ', 'mov'],
	])('ftyp brand %s → %s', (brand, format) => {
		expect(videoFormatOf(ftyp(brand))).toBe(format);
	});

	it.each(['M4A ', 'M4B ', 'M4P ', 'heic', 'mif1', 'avif', 'crx '])(
		'ftyp brand %s is no video',
		(brand) => {
			expect(videoFormatOf(ftyp(brand))).toBeUndefined();
		},
	);

	it('WebM by its EBML DocType; Matroska is told apart', () => {
		expect(videoFormatOf(ebml('webm'))).toBe('webm');
		expect(videoFormatOf(ebml('matroska'))).toBeUndefined();
		expect(ebmlDocTypeOf(ebml('matroska'))).toBe('matroska');
		expect(ebmlDocTypeOf(ebml('webm').subarray(0, 10))).toBeUndefined();
		expect(ebmlDocTypeOf(MP4)).toBeUndefined();
	});

	it('a QuickTime movie without ftyp, by its first atom', () => {
		expect(videoFormatOf(bytes(0, 0, 0, 8, ...latin1('wide')))).toBe('mov');
		expect(videoFormatOf(bytes(0, 0, 0, 8, ...latin1('abcd')))).toBeUndefined();
	});

	it('audio, images and pages are no video', () => {
		for (const head of [
			M4A,
			MP3_ID3,
			WAV,
			pngImage(2, 2),
			jpegImage(2, 2),
			webpImage(2, 2),
			HTML,
		]) {
			expect(videoFormatOf(head)).toBeUndefined();
		}
	});
});
