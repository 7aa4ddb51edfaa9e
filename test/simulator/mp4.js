'use strict';
/**
 * Minimal ISO-BMFF (MP4) writer for one AVC video track whose samples all sit in one chunk:
 * ftyp, moov (mvhd, trak: tkhd, mdia: mdhd, hdlr, minf: vmhd, dinf, stbl), mdat.
 */

/** @param {string} type four characters @param {...Buffer} payload */
function box(type, ...payload) {
	const body = Buffer.concat(payload);
	const header = Buffer.alloc(8);
	header.writeUInt32BE(8 + body.length, 0);
	header.write(type, 4, 'latin1');
	return Buffer.concat([header, body]);
}

/** A FullBox: version and 24-bit flags before the payload. */
function fullBox(type, version, flags, ...payload) {
	const vf = Buffer.alloc(4);
	vf.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff), 0);
	return box(type, vf, ...payload);
}

/** Big-endian unsigned 32-bit integers. @param {...number} values */
function u32(...values) {
	const b = Buffer.alloc(4 * values.length);
	values.forEach((v, i) => b.writeUInt32BE(v >>> 0, 4 * i));
	return b;
}

/** Big-endian unsigned 16-bit integers. @param {...number} values */
function u16(...values) {
	const b = Buffer.alloc(2 * values.length);
	values.forEach((v, i) => b.writeUInt16BE(v & 0xffff, 2 * i));
	return b;
}

const UNITY_MATRIX = u32(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000);
const LANGUAGE_UND = 0x55c4;

/** @param {Buffer} spsNal @param {Buffer} ppsNal */
function avcC(spsNal, ppsNal) {
	return box(
		'avcC',
		Buffer.from([1, spsNal[1], spsNal[2], spsNal[3], 0xff /* 4-byte lengths */, 0xe1 /* 1 SPS */]),
		u16(spsNal.length),
		spsNal,
		Buffer.from([1]),
		u16(ppsNal.length),
		ppsNal,
	);
}

/** @param {{width: number, height: number, sps: Buffer, pps: Buffer}} t */
function avc1(t) {
	const name = Buffer.alloc(32);
	const label = 'chanjing-sim';
	name[0] = label.length;
	name.write(label, 1, 'latin1');
	return box(
		'avc1',
		Buffer.alloc(6), // reserved
		u16(1), // data_reference_index
		Buffer.alloc(16), // pre_defined, reserved, pre_defined[3]
		u16(t.width, t.height),
		u32(0x00480000, 0x00480000, 0), // 72 dpi, 72 dpi, reserved
		u16(1), // frame_count
		name,
		u16(0x0018, 0xffff), // depth, pre_defined = -1
		avcC(t.sps, t.pps),
	);
}

/**
 * @param {object} t
 * @param {number} t.width
 * @param {number} t.height
 * @param {number} t.timescale ticks per second
 * @param {number} t.sampleDelta ticks per frame
 * @param {Buffer} t.sps SPS NAL unit (no start code)
 * @param {Buffer} t.pps PPS NAL unit
 * @param {Buffer[]} t.samples length-prefixed access units
 * @param {number} chunkOffset file offset of the first sample
 */
function moov(t, chunkOffset) {
	const duration = t.samples.length * t.sampleDelta;
	const stbl = box(
		'stbl',
		fullBox('stsd', 0, 0, u32(1), avc1(t)),
		fullBox('stts', 0, 0, u32(1, t.samples.length, t.sampleDelta)),
		fullBox('stsc', 0, 0, u32(1, 1, t.samples.length, 1)),
		fullBox('stsz', 0, 0, u32(0, t.samples.length, ...t.samples.map((s) => s.length))),
		fullBox('stco', 0, 0, u32(1, chunkOffset)),
	);
	const minf = box(
		'minf',
		fullBox('vmhd', 0, 1, u16(0, 0, 0, 0)),
		box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
		stbl,
	);
	const mdia = box(
		'mdia',
		fullBox('mdhd', 0, 0, u32(0, 0, t.timescale, duration), u16(LANGUAGE_UND, 0)),
		fullBox(
			'hdlr',
			0,
			0,
			u32(0),
			Buffer.from('vide', 'latin1'),
			u32(0, 0, 0),
			Buffer.from('VideoHandler\0', 'latin1'),
		),
		minf,
	);
	const tkhd = fullBox(
		'tkhd',
		0,
		3, // enabled, in movie
		u32(0, 0, 1, 0, duration, 0, 0),
		u16(0, 0, 0, 0), // layer, alternate_group, volume, reserved
		UNITY_MATRIX,
		u32(t.width << 16, t.height << 16),
	);
	const mvhd = fullBox(
		'mvhd',
		0,
		0,
		u32(0, 0, t.timescale, duration, 0x00010000),
		u16(0x0100, 0),
		u32(0, 0),
		UNITY_MATRIX,
		Buffer.alloc(24), // pre_defined
		u32(2), // next_track_ID
	);
	return box('moov', mvhd, box('trak', tkhd, mdia));
}

/**
 * A complete MP4 file with moov before mdat ("fast start").
 * @param {Parameters<typeof moov>[0]} track
 */
function writeMp4(track) {
	const ftyp = box(
		'ftyp',
		Buffer.from('isom', 'latin1'),
		u32(0x200),
		Buffer.from('isomiso2avc1mp41', 'latin1'),
	);
	const moovSize = moov(track, 0).length; // the offset field has a fixed width
	const chunkOffset = ftyp.length + moovSize + 8;
	return Buffer.concat([ftyp, moov(track, chunkOffset), box('mdat', ...track.samples)]);
}

/**
 * Lists the boxes of a buffer (one level), for tests and sanity checks.
 * @param {Buffer} buf @param {number} [start] @param {number} [end]
 * @returns {{type: string, start: number, size: number}[]}
 */
function listBoxes(buf, start = 0, end = buf.length) {
	const out = [];
	let at = start;
	while (at + 8 <= end) {
		const size = buf.readUInt32BE(at);
		if (size < 8 || at + size > end) throw new Error(`bad box size ${size} at ${at}`);
		out.push({ type: buf.toString('latin1', at + 4, at + 8), start: at, size });
		at += size;
	}
	if (at !== end) throw new Error(`trailing bytes at ${at}`);
	return out;
}

module.exports = { box, fullBox, writeMp4, listBoxes };
