import {
	imageFormatOf,
	readImageHeader,
	type HeaderReading,
} from '../../../../nodes/Chanjing/media/imageHeader';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');

describe('imageFormatOf: the signature', () => {
	it.each([
		['jpeg', jpegImage(10, 10)],
		['png', pngImage(2, 2)],
		['webp', webpImage(10, 10)],
	])('knows %s', (format, bytes) => {
		expect(imageFormatOf(bytes)).toBe(format);
	});

	it.each([
		['GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
		['PDF', Buffer.from('%PDF-1.7\n', 'latin1')],
		['a RIFF WAV', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
		['text', Buffer.from('hello, this is not an image', 'utf8')],
		['nothing', Buffer.alloc(0)],
	])('knows %s is none of them', (_what, bytes) => {
		expect(imageFormatOf(bytes)).toBeUndefined();
		expect(readImageHeader(bytes)).toEqual({ kind: 'notImage' });
	});
});

describe('readImageHeader: width and height from the header', () => {
	it.each<[string, Buffer, HeaderReading]>([
		['PNG (IHDR)', pngImage(640, 360), { kind: 'image', format: 'png', width: 640, height: 360 }],
		[
			'JPEG (SOF0)',
			jpegImage(1280, 720),
			{ kind: 'image', format: 'jpeg', width: 1280, height: 720 },
		],
		[
			'progressive JPEG (SOF2) behind a 60 KB APP1 (EXIF)',
			jpegImage(301, 700, { progressive: true, exifBytes: 60_000 }),
			{ kind: 'image', format: 'jpeg', width: 301, height: 700 },
		],
		[
			'lossy WebP (VP8)',
			webpImage(1024, 576),
			{ kind: 'image', format: 'webp', width: 1024, height: 576 },
		],
		[
			'lossless WebP (VP8L)',
			webpImage(640, 361, 'VP8L'),
			{ kind: 'image', format: 'webp', width: 640, height: 361 },
		],
		[
			'extended WebP (VP8X)',
			webpImage(4000, 16000, 'VP8X'),
			{ kind: 'image', format: 'webp', width: 4000, height: 16000 },
		],
		[
			'VP8L at its 16384 px maximum',
			webpImage(16384, 1, 'VP8L'),
			{ kind: 'image', format: 'webp', width: 16384, height: 1 },
		],
	])('%s', (_what, bytes, expected) => {
		expect(readImageHeader(bytes)).toEqual(expected);
	});

	it('reads PNG and WebP from their first 30 bytes and JPEG from the bytes up to its SOF', () => {
		expect(readImageHeader(pngImage(500, 400).subarray(0, 24))).toMatchObject({ width: 500 });
		expect(readImageHeader(webpImage(500, 400).subarray(0, 30))).toMatchObject({ height: 400 });
		const jpeg = jpegImage(500, 400, { exifBytes: 5000 });
		const sofEnd = jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 9;
		expect(readImageHeader(jpeg.subarray(0, sofEnd))).toMatchObject({ width: 500, height: 400 });
		expect(readImageHeader(jpeg.subarray(0, sofEnd - 1))).toEqual({
			kind: 'needMore',
			format: 'jpeg',
		});
	});

	it.each([
		['png', pngImage(500, 400).subarray(0, 20)],
		['webp', webpImage(500, 400).subarray(0, 20)],
		['jpeg', jpegImage(500, 400, { exifBytes: 2000 }).subarray(0, 1000)],
	])('asks for more bytes when a %s prefix ends before the size', (format, bytes) => {
		expect(readImageHeader(bytes)).toEqual({ kind: 'needMore', format });
	});

	it('calls broken headers unreadable, with the reason', () => {
		const png = pngImage(10, 10);
		png.write('IDAT', 12, 'latin1');
		expect(readImageHeader(png)).toMatchObject({
			kind: 'unreadable',
			reason: 'the IHDR chunk is not first',
		});
		const zero = pngImage(10, 10);
		zero.writeUInt32BE(0, 16);
		expect(readImageHeader(zero)).toMatchObject({
			kind: 'unreadable',
			reason: 'its header gives a size of 0×10',
		});
		const vp8 = webpImage(10, 10);
		vp8[23] = 0;
		expect(readImageHeader(vp8)).toMatchObject({ kind: 'unreadable', format: 'webp' });
		const noFrame = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0]);
		expect(readImageHeader(noFrame)).toMatchObject({ kind: 'unreadable', format: 'jpeg' });
		const garbage = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0x12, 0x34]);
		expect(readImageHeader(garbage)).toMatchObject({ reason: 'no segment marker at byte 8' });
	});
});
