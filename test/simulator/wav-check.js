'use strict';
/**
 * Reads a WAV file for the simulator's tests, walking its RIFF chunks (independent of wav.js,
 * which writes them): plain Node, so that the TypeScript tests stay within n8n's lint rules.
 * @param {Buffer} buf
 * @returns {{riffOk: boolean, chunks: string[], format: number, channels: number, sampleRate: number,
 *   byteRate: number, blockAlign: number, bits: number, dataBytes: number, seconds: number}}
 */
function readWavFile(buf) {
	const riffOk =
		buf.toString('latin1', 0, 4) === 'RIFF' &&
		buf.toString('latin1', 8, 12) === 'WAVE' &&
		buf.readUInt32LE(4) === buf.length - 8;
	const chunks = [];
	let fmt = null;
	let dataBytes = 0;
	for (let at = 12; at + 8 <= buf.length; ) {
		const id = buf.toString('latin1', at, at + 4);
		const size = buf.readUInt32LE(at + 4);
		chunks.push(id);
		if (id === 'fmt ') {
			fmt = {
				format: buf.readUInt16LE(at + 8),
				channels: buf.readUInt16LE(at + 10),
				sampleRate: buf.readUInt32LE(at + 12),
				byteRate: buf.readUInt32LE(at + 16),
				blockAlign: buf.readUInt16LE(at + 20),
				bits: buf.readUInt16LE(at + 22),
			};
		}
		if (id === 'data') dataBytes = Math.min(size, buf.length - at - 8);
		at += 8 + size + (size % 2);
	}
	if (!fmt) throw new Error('no fmt chunk');
	return { riffOk, chunks, ...fmt, dataBytes, seconds: dataBytes / fmt.byteRate };
}

module.exports = { readWavFile };
