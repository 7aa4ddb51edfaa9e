'use strict';
/**
 * The audio the simulator serves (speech results, audio_urls of avatar videos, cloned voices,
 * voice auditions): a valid RIFF/WAVE file, PCM 8-bit unsigned, mono, 8000 Hz (one of the two
 * rates the catalogue recommends for subtitles), holding a quiet sine tone. Its length is the
 * duration the detail states, rounded to whole samples, so a client can check one against the
 * other. Generated in code on request (8 KB per second of audio).
 */

const SAMPLE_RATE = 8000;
const BITS = 8;
const CHANNELS = 1;
const HEADER_BYTES = 44;

/**
 * @param {number} seconds duration (> 0)
 * @param {number} [toneHz] pitch of the tone
 * @returns {Buffer}
 */
function sampleWav(seconds, toneHz = 440) {
	const samples = Math.max(1, Math.round(seconds * SAMPLE_RATE));
	const buf = Buffer.alloc(HEADER_BYTES + samples);
	buf.write('RIFF', 0, 'latin1');
	buf.writeUInt32LE(36 + samples, 4);
	buf.write('WAVE', 8, 'latin1');
	buf.write('fmt ', 12, 'latin1');
	buf.writeUInt32LE(16, 16); // fmt chunk size
	buf.writeUInt16LE(1, 20); // PCM
	buf.writeUInt16LE(CHANNELS, 22);
	buf.writeUInt32LE(SAMPLE_RATE, 24);
	buf.writeUInt32LE((SAMPLE_RATE * CHANNELS * BITS) / 8, 28); // byte rate
	buf.writeUInt16LE((CHANNELS * BITS) / 8, 32); // block align
	buf.writeUInt16LE(BITS, 34);
	buf.write('data', 36, 'latin1');
	buf.writeUInt32LE(samples, 40);
	const step = (2 * Math.PI * toneHz) / SAMPLE_RATE;
	for (let i = 0; i < samples; i++)
		buf[HEADER_BYTES + i] = 128 + Math.round(24 * Math.sin(i * step));
	return buf;
}

/**
 * Reads the header of a WAV made by sampleWav (or any canonical 44-byte PCM header).
 * @param {Buffer} buf
 */
function readWav(buf) {
	if (buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WAVE')
		throw new Error('not a RIFF/WAVE file');
	if (buf.readUInt32LE(4) !== buf.length - 8) throw new Error('RIFF size does not match');
	const format = buf.readUInt16LE(20);
	const channels = buf.readUInt16LE(22);
	const sampleRate = buf.readUInt32LE(24);
	const bits = buf.readUInt16LE(34);
	const dataBytes = buf.readUInt32LE(40);
	if (buf.toString('latin1', 36, 40) !== 'data' || dataBytes !== buf.length - HEADER_BYTES)
		throw new Error('data chunk does not match');
	return {
		format,
		channels,
		sampleRate,
		bits,
		seconds: dataBytes / ((sampleRate * channels * bits) / 8),
	};
}

module.exports = { sampleWav, readWav, WAV_INFO: { sampleRate: SAMPLE_RATE, bits: BITS } };
