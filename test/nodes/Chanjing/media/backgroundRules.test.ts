import { backgroundImageProblem } from '../../../../nodes/Chanjing/media/backgroundRules';
import { readImageHeader } from '../../../../nodes/Chanjing/media/imageHeader';
import { IMAGE_MAX_BYTES } from '../../../../nodes/Chanjing/media/imageRules';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');

/** A digital-human video's background image: a readable JPG or PNG under 20 MB. */
function problemOf(bytes: Buffer, size = bytes.length) {
	return backgroundImageProblem(readImageHeader(bytes), size);
}

describe('backgroundImageProblem', () => {
	it.each([
		['a 1080×1920 JPEG', jpegImage(1080, 1920)],
		['a 64×64 PNG', pngImage(64, 64)],
	])('accepts %s', (_what, bytes) => {
		expect(problemOf(bytes)).toBeUndefined();
	});

	it.each([['VP8 '], ['VP8L'], ['VP8X']])(
		'refuses a WebP image (%s), naming what it takes',
		(chunk) => {
			expect(problemOf(webpImage(1080, 1920, chunk))).toBe(
				'is a WebP image; Chanjing takes JPG or PNG backgrounds only',
			);
		},
	);

	it('a file that is no image is told JPG or PNG, not WebP', () => {
		expect(problemOf(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe(
			'is not a JPG or PNG image',
		);
	});

	it("the image rules' size limit and broken headers still apply", () => {
		expect(problemOf(pngImage(10, 10), IMAGE_MAX_BYTES)).toBe(
			'is 20.0 MB; the node sends images under 20 MB',
		);
		expect(problemOf(pngImage(10, 10), IMAGE_MAX_BYTES - 1)).toBeUndefined();
		expect(problemOf(pngImage(400, 400).subarray(0, 20))).toBe(
			'is a PNG file that ends before its size is given; it looks truncated',
		);
	});

	it('a WebP file that is too large is told its size first', () => {
		expect(problemOf(webpImage(10, 10, 'VP8X'), IMAGE_MAX_BYTES + 1)).toMatch(/^is 20\.0 MB/);
	});
});
