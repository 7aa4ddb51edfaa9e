'use strict';
/**
 * The images the simulator serves for image tasks: small valid PNG files (8-bit RGB, one colour
 * each), generated in code with zlib. Image n of a task has its own colour, so that the images of
 * one task differ byte for byte.
 */
const zlib = require('node:zlib');

const SIZE = 16;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 as PNG chunks use it. @param {Buffer} buf */
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/** An RGB colour for image `n` (1-based). @param {number} n */
function colourOf(n) {
	const hue = ((n - 1) * 97) % 360;
	const f = (k) => {
		const x = (k + hue / 60) % 6;
		return Math.round(255 * (1 - Math.max(0, Math.min(x, 4 - x, 1))));
	};
	return [f(5), f(3), f(1)];
}

/**
 * A SIZE×SIZE PNG of one colour.
 * @param {number} [n] which image (1-based); picks the colour
 * @returns {Buffer}
 */
function samplePng(n = 1) {
	const [r, g, b] = colourOf(n);
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(SIZE, 0);
	ihdr.writeUInt32BE(SIZE, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // colour type: RGB
	// compression 0, filter 0, interlace 0
	const row = Buffer.alloc(1 + SIZE * 3); // filter byte 0, then the pixels
	for (let x = 0; x < SIZE; x++) row.set([r, g, b], 1 + x * 3);
	const pixels = Buffer.concat(Array.from({ length: SIZE }, () => row));
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', ihdr),
		chunk('IDAT', zlib.deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

module.exports = { samplePng, crc32, SAMPLE_PNG_INFO: { width: SIZE, height: SIZE } };
