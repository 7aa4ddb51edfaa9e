/**
 * Recordings built byte by byte, for the checks that read a file's length from its first bytes
 * (media/mediaLength.ts): a WAV of so many seconds, an MP3 with a Xing header or without, an
 * MP4/M4A whose `moov` comes first or last.
 */

function u32le(n: number): Buffer {
	const b = Buffer.alloc(4);
	b.writeUInt32LE(n);
	return b;
}

function u32be(n: number): Buffer {
	const b = Buffer.alloc(4);
	b.writeUInt32BE(n);
	return b;
}

/** A PCM WAV, 8 kHz 8-bit mono (8000 bytes a second), `seconds` long; `extraChunk` before `data`. */
export function wavOf(seconds: number, { extraChunk = false } = {}): Buffer {
	const byteRate = 8000;
	const data = Buffer.alloc(Math.round(seconds * byteRate), 0x80);
	const fmt = Buffer.concat([
		Buffer.from('fmt '),
		u32le(16),
		Buffer.from([1, 0, 1, 0]),
		u32le(8000),
		u32le(byteRate),
		Buffer.from([1, 0, 8, 0]),
	]);
	const list = extraChunk
		? Buffer.concat([Buffer.from('LIST'), u32le(5), Buffer.from('INFOx\0')])
		: Buffer.alloc(0);
	const body = Buffer.concat([
		Buffer.from('WAVE'),
		fmt,
		list,
		Buffer.from('data'),
		u32le(data.length),
		data,
	]);
	return Buffer.concat([Buffer.from('RIFF'), u32le(body.length), body]);
}

/** An MPEG-1 Layer III stream at 128 kbps, 44.1 kHz stereo; with a Xing header of `frames` frames. */
export function mp3Of({
	frames,
	bytes = 4096,
	id3 = false,
}: {
	frames?: number;
	bytes?: number;
	id3?: boolean;
}): Buffer {
	const header = Buffer.from([0xff, 0xfb, 0x90, 0x00]);
	const sideInfo = Buffer.alloc(32);
	const xing =
		frames === undefined
			? Buffer.alloc(0)
			: Buffer.concat([Buffer.from('Xing'), u32be(1), u32be(frames)]);
	const tag = id3
		? Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 1, 0]), Buffer.alloc(128)])
		: Buffer.alloc(0);
	const frame = Buffer.concat([header, sideInfo, xing]);
	return Buffer.concat([tag, frame, Buffer.alloc(Math.max(0, bytes - frame.length - tag.length))]);
}

function box(type: string, ...content: Buffer[]): Buffer {
	const body = Buffer.concat(content);
	return Buffer.concat([u32be(8 + body.length), Buffer.from(type), body]);
}

/** An MP4 (or M4A with `brand` 'M4A ') of `seconds`, `moov` before `mdat` unless `moovLast`. */
export function mp4Of(
	seconds: number,
	{ brand = 'isom', moovLast = false, mdatBytes = 1024 } = {},
): Buffer {
	const ftyp = box('ftyp', Buffer.from(brand), u32be(512), Buffer.from('isommp42'));
	const timescale = 1000;
	const mvhd = box(
		'mvhd',
		Buffer.alloc(4),
		u32be(0),
		u32be(0),
		u32be(timescale),
		u32be(Math.round(seconds * timescale)),
		Buffer.alloc(80),
	);
	const moov = box('moov', mvhd);
	const mdat = box('mdat', Buffer.alloc(mdatBytes));
	return moovLast ? Buffer.concat([ftyp, mdat, moov]) : Buffer.concat([ftyp, moov, mdat]);
}

/** A WebM of `seconds` (Segment of unknown size, Info with TimecodeScale 1 ms and a float Duration), or none stated. */
export function webmOf(seconds: number | undefined, { float32 = false } = {}): Buffer {
	const docType = Buffer.concat([Buffer.from([0x42, 0x82, 0x84]), Buffer.from('webm')]);
	const header = Buffer.concat([
		Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | docType.length]),
		docType,
	]);
	const scale = Buffer.from([0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]);
	let duration = Buffer.alloc(0);
	if (seconds !== undefined) {
		const value = Buffer.alloc(float32 ? 4 : 8);
		if (float32) value.writeFloatBE(seconds * 1000);
		else value.writeDoubleBE(seconds * 1000);
		duration = Buffer.concat([Buffer.from([0x44, 0x89, 0x80 | value.length]), value]);
	}
	const infoBody = Buffer.concat([scale, duration]);
	const info = Buffer.concat([
		Buffer.from([0x15, 0x49, 0xa9, 0x66, 0x80 | infoBody.length]),
		infoBody,
	]);
	const cluster = Buffer.concat([Buffer.from([0x1f, 0x43, 0xb6, 0x75, 0x84]), Buffer.alloc(4)]);
	const segment = Buffer.concat([
		Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
		info,
		cluster,
	]);
	return Buffer.concat([header, segment]);
}
