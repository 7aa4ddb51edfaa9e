import { readImageHeader } from '../../../../nodes/Chanjing/media/imageHeader';
import { frameImageProblem } from '../../../../nodes/Chanjing/aiVideo/hailuoFrames';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');

const MB = 1024 * 1024;

function problemOf(bytes: Buffer, size = bytes.length) {
	return frameImageProblem(readImageHeader(bytes), size);
}

describe('frameImageProblem: the Hailuo 02 frame limits', () => {
	it.each([
		['a 300×300 PNG', pngImage(300, 300)],
		['a 1280×720 JPEG', jpegImage(1280, 720)],
		['a 2:5 WebP (300×750)', webpImage(300, 750)],
		['a 5:2 WebP (750×300)', webpImage(750, 300, 'VP8L')],
	])('accepts %s', (_what, bytes) => {
		expect(problemOf(bytes)).toBeUndefined();
	});

	it('accepts 20 MB minus one byte and refuses exactly 20 MB', () => {
		const header = jpegImage(1280, 720);
		expect(problemOf(header, 20 * MB - 1)).toBeUndefined();
		expect(problemOf(header, 20 * MB)).toBe('is 20.0 MB; Hailuo 02 takes frames under 20 MB');
	});

	it.each([
		[
			'a GIF',
			Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
			'is not a JPG, PNG or WebP image; Hailuo 02 takes only these formats',
		],
		[
			'a short side of 299 px',
			pngImage(299, 400),
			'is 299×400 px; Hailuo 02 needs the short side to be at least 300 px',
		],
		[
			'a landscape wider than 5:2',
			jpegImage(760, 300),
			'is 760×300 px (aspect ratio 2.53); Hailuo 02 needs an aspect ratio between 2:5 and 5:2',
		],
		[
			'a portrait taller than 2:5',
			webpImage(300, 760),
			'is 300×760 px (aspect ratio 0.39); Hailuo 02 needs an aspect ratio between 2:5 and 5:2',
		],
		[
			'a truncated PNG',
			pngImage(400, 400).subarray(0, 20),
			'is a PNG file that ends before its size is given; it looks truncated',
		],
	])('refuses %s', (_what, bytes, message) => {
		expect(problemOf(bytes)).toBe(message);
	});
});
