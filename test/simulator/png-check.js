'use strict';
/**
 * Reads a PNG file for the simulator's tests, with Node's own zlib (independent of png.js, which
 * writes them): plain Node, so that the TypeScript tests stay within n8n's lint rules.
 */
const { crc32, inflateSync } = require('node:zlib');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {Buffer} buf
 * @returns {{signatureOk: boolean, chunks: {type: string, length: number, crcOk: boolean}[],
 *   ihdr: {width: number, height: number, bitDepth: number, colourType: number, compression: number,
 *   filter: number, interlace: number} | null, inflatedBytes: number | null}}
 */
function readPng(buf) {
	const signatureOk = buf.subarray(0, 8).equals(PNG_SIGNATURE);
	const chunks = [];
	let ihdr = null;
	const idat = [];
	for (let at = 8; signatureOk && at + 12 <= buf.length; ) {
		const length = buf.readUInt32BE(at);
		const type = buf.toString('latin1', at + 4, at + 8);
		const data = buf.subarray(at + 8, at + 8 + length);
		const crcOk =
			buf.readUInt32BE(at + 8 + length) === crc32(buf.subarray(at + 4, at + 8 + length));
		chunks.push({ type, length, crcOk });
		if (type === 'IHDR') {
			ihdr = {
				width: data.readUInt32BE(0),
				height: data.readUInt32BE(4),
				bitDepth: data[8],
				colourType: data[9],
				compression: data[10],
				filter: data[11],
				interlace: data[12],
			};
		}
		if (type === 'IDAT') idat.push(data);
		at += 12 + length;
	}
	const inflatedBytes = idat.length > 0 ? inflateSync(Buffer.concat(idat)).length : null;
	return { signatureOk, chunks, ihdr, inflatedBytes };
}

module.exports = { readPng };
