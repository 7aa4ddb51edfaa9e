/**
 * How long a recording lasts, as its first bytes state it: a WAV's byte rate and data size, an
 * MP3's VBR header (Xing, Info or VBRI) or, failing that, its first frame's bit rate (what
 * players estimate a constant-rate file by), an MP4/M4A/MOV `mvhd` box when `moov` comes first,
 * a WebM's Segment Info Duration.
 * Undefined when the bytes read do not tell it (e.g. an MP4 whose `moov` is at the end): the
 * file is then not judged by its length. Pure functions over a prefix of the file.
 */

/** How much of a file its length is read from (a large ID3 tag or `ftyp`+`moov` fits). */
export const LENGTH_HEAD_BYTES = 256 * 1024;

const ascii = (head: Uint8Array, at: number, length: number) =>
	String.fromCharCode(...head.subarray(at, at + length));

function u32le(head: Uint8Array, at: number): number {
	return head[at] + head[at + 1] * 0x100 + head[at + 2] * 0x10000 + head[at + 3] * 0x1000000;
}

function u32be(head: Uint8Array, at: number): number {
	return head[at] * 0x1000000 + head[at + 1] * 0x10000 + head[at + 2] * 0x100 + head[at + 3];
}

function u64be(head: Uint8Array, at: number): number {
	return u32be(head, at) * 0x100000000 + u32be(head, at + 4);
}

/** A WAV's length: data bytes over the `fmt ` chunk's byte rate (a streamed 0-size data chunk: to the file's end). */
export function wavSeconds(head: Uint8Array, sizeBytes: number): number | undefined {
	if (head.length < 12 || ascii(head, 0, 4) !== 'RIFF' || ascii(head, 8, 4) !== 'WAVE') return;
	let byteRate = 0;
	for (let at = 12; at + 8 <= head.length; ) {
		const id = ascii(head, at, 4);
		const size = u32le(head, at + 4);
		if (id === 'fmt ' && at + 16 <= head.length) byteRate = u32le(head, at + 16);
		if (id === 'data') {
			const available = sizeBytes - (at + 8);
			const bytes = size === 0 || size === 0xffffffff ? available : Math.min(size, available);
			return byteRate > 0 && bytes >= 0 ? bytes / byteRate : undefined;
		}
		at += 8 + size + (size % 2);
	}
	return undefined;
}

const MP3_BIT_RATES_KBPS = {
	v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
	v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_SAMPLE_RATES: Record<number, number[]> = {
	3: [44100, 48000, 32000],
	2: [22050, 24000, 16000],
	0: [11025, 12000, 8000],
};

/** Where the audio starts: after an ID3v2 tag (its size is syncsafe, plus a footer when flagged). */
function id3End(head: Uint8Array): number {
	if (head.length < 10 || ascii(head, 0, 3) !== 'ID3') return 0;
	const size = ((head[6] & 0x7f) << 21) | ((head[7] & 0x7f) << 14) | ((head[8] & 0x7f) << 7);
	return 10 + (size | (head[9] & 0x7f)) + (head[5] & 0x10 ? 10 : 0);
}

/** An MPEG-1/2/2.5 Layer III file's length (other layers are not voice recordings' format). */
export function mp3Seconds(head: Uint8Array, sizeBytes: number): number | undefined {
	const start = id3End(head);
	if (start + 4 > head.length || head[start] !== 0xff || (head[start + 1] & 0xe0) !== 0xe0) return;
	const version = (head[start + 1] >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
	const layer = (head[start + 1] >> 1) & 3; // 1: Layer III
	const bitRateKbps = (version === 3 ? MP3_BIT_RATES_KBPS.v1 : MP3_BIT_RATES_KBPS.v2)[
		head[start + 2] >> 4
	];
	const sampleRate = MP3_SAMPLE_RATES[version]?.[(head[start + 2] >> 2) & 3];
	if (layer !== 1 || !bitRateKbps || !sampleRate) return undefined;
	const mono = head[start + 3] >> 6 === 3;
	const samplesPerFrame = version === 3 ? 1152 : 576;
	const sideInfo = version === 3 ? (mono ? 17 : 32) : mono ? 9 : 17;
	const xing = start + 4 + sideInfo;
	const tag = ascii(head, xing, 4);
	if ((tag === 'Xing' || tag === 'Info') && xing + 12 <= head.length && u32be(head, xing + 4) & 1) {
		return (u32be(head, xing + 8) * samplesPerFrame) / sampleRate;
	}
	const vbri = start + 36;
	if (ascii(head, vbri, 4) === 'VBRI' && vbri + 18 <= head.length) {
		return (u32be(head, vbri + 14) * samplesPerFrame) / sampleRate;
	}
	return ((sizeBytes - start) * 8) / (bitRateKbps * 1000);
}

/** The boxes of an ISO media file (MP4, MOV, M4A) at one level, as far as the head holds them. */
function* boxes(head: Uint8Array, from: number, to: number) {
	for (let at = from; at + 8 <= to; ) {
		let size = u32be(head, at);
		let header = 8;
		if (size === 1 && at + 16 <= to) {
			size = u64be(head, at + 8);
			header = 16;
		} else if (size === 0) size = to - at;
		if (size < header) return;
		yield { type: ascii(head, at + 4, 4), body: at + header, end: Math.min(at + size, to) };
		at += size;
	}
}

/** Boxes an ISO media file may start with: `ftyp`, or a classic QuickTime movie's first atoms. */
const FIRST_BOXES = ['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip', 'pnot'];

/** An MP4/MOV/M4A file's length from `moov`'s `mvhd` (duration over timescale), when `moov` is in the head. */
export function mp4Seconds(head: Uint8Array): number | undefined {
	if (head.length < 8 || !FIRST_BOXES.includes(ascii(head, 4, 4))) return undefined;
	for (const box of boxes(head, 0, head.length)) {
		if (box.type !== 'moov') continue;
		for (const inner of boxes(head, box.body, box.end)) {
			if (inner.type !== 'mvhd') continue;
			const v1 = head[inner.body] === 1;
			const timescaleAt = inner.body + (v1 ? 20 : 12);
			if (timescaleAt + (v1 ? 12 : 8) > inner.end) return undefined;
			const timescale = u32be(head, timescaleAt);
			const duration = v1 ? u64be(head, timescaleAt + 4) : u32be(head, timescaleAt + 4);
			return timescale > 0 ? duration / timescale : undefined;
		}
	}
	return undefined;
}

/** An EBML variable-length number at `at`: its length and value (`keepMarker` for element IDs). */
function vint(head: Uint8Array, at: number, keepMarker: boolean) {
	const first = head[at];
	if (first === undefined || first === 0) return undefined;
	const length = Math.clz32(first) - 23;
	if (at + length > head.length) return undefined;
	let value = keepMarker ? first : first & (0xff >> length);
	let allOnes = value === 0xff >> length;
	for (let i = 1; i < length; i++) {
		value = value * 256 + head[at + i];
		allOnes &&= head[at + i] === 0xff;
	}
	return { length, value, unknown: !keepMarker && allOnes };
}

const EBML = { header: 0x1a45dfa3, segment: 0x18538067, info: 0x1549a966, cluster: 0x1f43b675 };
const EBML_TIMECODE_SCALE = 0x2ad7b1;
const EBML_DURATION = 0x4489;

/** The elements from `at` to `end`: ID, where the content starts, its end (unknown size: `end`). */
function* ebmlElements(head: Uint8Array, at: number, end: number) {
	while (at < end) {
		const id = vint(head, at, true);
		const size = id && vint(head, at + id.length, false);
		if (!id || !size) return;
		const body = at + id.length + size.length;
		const to = size.unknown ? end : Math.min(body + size.value, end);
		yield { id: id.value, body, to, complete: size.unknown || body + size.value <= end };
		at = to;
	}
}

function ebmlFloat(head: Uint8Array, body: number, to: number): number | undefined {
	const view = new DataView(head.buffer, head.byteOffset + body, to - body);
	if (to - body === 4) return view.getFloat32(0);
	return to - body === 8 ? view.getFloat64(0) : undefined;
}

/** A WebM's length: Segment → Info → Duration × TimecodeScale (ns, 1 ms by default). */
export function webmSeconds(head: Uint8Array): number | undefined {
	for (const top of ebmlElements(head, 0, head.length)) {
		if (top.id !== EBML.segment) continue;
		for (const child of ebmlElements(head, top.body, top.to)) {
			if (child.id === EBML.cluster) return undefined;
			if (child.id !== EBML.info || !child.complete) continue;
			let scale = 1_000_000;
			let duration: number | undefined;
			for (const field of ebmlElements(head, child.body, child.to)) {
				if (field.id === EBML_TIMECODE_SCALE) {
					scale = 0;
					for (let i = field.body; i < field.to; i++) scale = scale * 256 + head[i];
				}
				if (field.id === EBML_DURATION) duration = ebmlFloat(head, field.body, field.to);
			}
			return duration !== undefined && scale > 0 ? (duration * scale) / 1e9 : undefined;
		}
	}
	return undefined;
}

/** A recording's length in seconds from its first bytes, whatever its format, or undefined. */
export function mediaSeconds(head: Uint8Array, sizeBytes: number): number | undefined {
	return (
		wavSeconds(head, sizeBytes) ??
		mp4Seconds(head) ??
		webmSeconds(head) ??
		mp3Seconds(head, sizeBytes)
	);
}
