'use strict';
/**
 * Small images made in code for the tests (unit and end-to-end): a PNG that decoders accept,
 * and JPEG/WebP files whose headers are exactly what the format says (the pixel data after the
 * header is filler; nothing in the node decodes pixels).
 */
const zlib = require('node:zlib');

function chunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * A valid RGB PNG of one colour (`fill` = extra random bytes appended after IEND to reach a size).
 * @param {number} width @param {number} height @param {{rgb?: number[], padTo?: number}} [opts]
 */
function pngImage(width, height, opts = {}) {
	const [r, g, b] = opts.rgb || [200, 60, 30];
	const row = Buffer.alloc(1 + width * 3);
	for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
	const raw = Buffer.concat(Array.from({ length: height }, () => row));
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const png = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', zlib.deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0)),
	]);
	return opts.padTo && opts.padTo > png.length ? padded(png, opts.padTo) : png;
}

/** Appends pseudo-random bytes (a private ancillary chunk would be nicer; decoders ignore trailing bytes). */
function padded(buf, size) {
	const out = Buffer.alloc(size);
	buf.copy(out);
	let x = 0x9e3779b9;
	for (let i = buf.length; i < size; i += 4) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out.writeUInt32LE(x >>> 0, Math.min(i, size - 4));
	}
	return out;
}

function segment(marker, payload) {
	const head = Buffer.from([0xff, marker, 0, 0]);
	head.writeUInt16BE(payload.length + 2, 2);
	return Buffer.concat([head, payload]);
}

/**
 * A baseline JPEG header (SOI, APP0 JFIF, optional APP1 of `exifBytes`, DQT, SOF0 or SOF2, SOS)
 * followed by filler and EOI.
 * @param {number} width @param {number} height @param {{exifBytes?: number, progressive?: boolean, padTo?: number}} [opts]
 */
function jpegImage(width, height, opts = {}) {
	const sof = Buffer.alloc(15);
	sof[0] = 8;
	sof.writeUInt16BE(height, 1);
	sof.writeUInt16BE(width, 3);
	sof[5] = 3;
	sof.set([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1], 6);
	const parts = [
		Buffer.from([0xff, 0xd8]),
		segment(0xe0, Buffer.from('4a46494600010100000100010000', 'hex')),
	];
	if (opts.exifBytes) parts.push(segment(0xe1, Buffer.alloc(opts.exifBytes, 0x45)));
	parts.push(segment(0xdb, Buffer.alloc(65, 1)));
	parts.push(Buffer.from([0xff])); // a fill byte before the next marker is allowed
	parts.push(segment(opts.progressive ? 0xc2 : 0xc0, sof));
	parts.push(segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])));
	parts.push(Buffer.alloc(64, 0x55), Buffer.from([0xff, 0xd9]));
	const jpeg = Buffer.concat(parts);
	return opts.padTo && opts.padTo > jpeg.length ? padded(jpeg, opts.padTo) : jpeg;
}

/**
 * A WebP with a lossy (VP8), lossless (VP8L) or extended (VP8X) first chunk.
 * @param {number} width @param {number} height @param {'VP8 '|'VP8L'|'VP8X'} [kind]
 */
function webpImage(width, height, kind = 'VP8 ') {
	let data;
	if (kind === 'VP8 ') {
		data = Buffer.alloc(30);
		data.set([0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a], 0);
		data.writeUInt16LE(width & 0x3fff, 6);
		data.writeUInt16LE(height & 0x3fff, 8);
	} else if (kind === 'VP8L') {
		data = Buffer.alloc(20);
		data[0] = 0x2f;
		data.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 1);
	} else {
		data = Buffer.alloc(10);
		data[0] = 0x10;
		data.writeUIntLE(width - 1, 4, 3);
		data.writeUIntLE(height - 1, 7, 3);
	}
	const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), chunkLE(kind, data)]);
	const riff = Buffer.alloc(8);
	riff.write('RIFF', 0, 'latin1');
	riff.writeUInt32LE(body.length, 4);
	return Buffer.concat([riff, body]);
}

function chunkLE(type, data) {
	const head = Buffer.alloc(8);
	head.write(type, 0, 'latin1');
	head.writeUInt32LE(data.length, 4);
	return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

module.exports = { pngImage, jpegImage, webpImage, padded };
