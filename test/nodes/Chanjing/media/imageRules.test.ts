import { readImageHeader } from '../../../../nodes/Chanjing/media/imageHeader';
import { IMAGE_MAX_BYTES, imageFileProblem } from '../../../../nodes/Chanjing/media/imageRules';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');

const MB = 1024 * 1024;

function problemOf(bytes: Buffer, size = bytes.length) {
	return imageFileProblem(readImageHeader(bytes), size);
}

describe('imageFileProblem: images for models whose page states no limits', () => {
	it.each([
		// sizes and shapes Hailuo 02 would refuse: no other model states such limits
		['a 64×64 PNG', pngImage(64, 64)],
		['a 1200×200 JPEG', jpegImage(1200, 200)],
		['a 100×900 WebP', webpImage(100, 900, 'VP8X')],
	])('accepts %s', (_what, bytes) => {
		expect(problemOf(bytes)).toBeUndefined();
	});

	it('accepts 20 MB minus one byte and refuses exactly 20 MB', () => {
		const header = pngImage(10, 10);
		expect(IMAGE_MAX_BYTES).toBe(20 * MB);
		expect(problemOf(header, 20 * MB - 1)).toBeUndefined();
		expect(problemOf(header, 20 * MB)).toBe('is 20.0 MB; the node sends images under 20 MB');
		expect(problemOf(header, 25.55 * MB)).toBe('is 25.6 MB; the node sends images under 20 MB');
	});

	it.each([
		['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'is not a JPG, PNG or WebP image'],
		['a PDF', Buffer.from('%PDF-1.7\n', 'latin1'), 'is not a JPG, PNG or WebP image'],
		[
			'a truncated PNG',
			pngImage(400, 400).subarray(0, 20),
			'is a PNG file that ends before its size is given; it looks truncated',
		],
		[
			'a JPEG whose data starts before any frame header',
			Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]),
			'is a JPEG file whose size cannot be read: the image data starts before any frame header',
		],
		[
			'a PNG of 0×10',
			pngImage(10, 10).fill(0, 16, 20),
			'is a PNG file whose size cannot be read: its header gives a size of 0×10',
		],
	])('refuses %s', (_what, bytes, message) => {
		expect(problemOf(bytes)).toBe(message);
	});

	it('a file of 20 MB is refused for its size before its header is looked at', () => {
		expect(imageFileProblem({ kind: 'notImage' }, 20 * MB)).toMatch(/^is 20\.0 MB/);
	});
});
