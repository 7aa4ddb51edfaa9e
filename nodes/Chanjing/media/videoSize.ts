import { videoFormatOf } from './fileSignatures';

/**
 * A video's picture size as a player shows it, read from the container alone: MP4/MOV from the
 * first video track's `tkhd` box (turned a quarter when its matrix says so, as phones record
 * portrait videos), WebM from the first track's PixelWidth/PixelHeight. Pure functions over the
 * file's bytes; undefined when the bytes given do not hold the size (e.g. an MP4 whose `moov`
 * box comes after a `mdat` that is not all there).
 */
export interface VideoSize {
	width: number;
	height: number;
}

const u32 = (b: Uint8Array, at: number) =>
	((b[at] << 24) >>> 0) + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);
const s32 = (b: Uint8Array, at: number) => u32(b, at) | 0;
const type = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

/** The boxes in [start, end): type, payload start and end. */
function* boxes(b: Uint8Array, start: number, end: number) {
	let at = start;
	while (at + 8 <= end) {
		let size = u32(b, at);
		let header = 8;
		if (size === 1) {
			if (at + 16 > end) return;
			size = u32(b, at + 8) * 2 ** 32 + u32(b, at + 12);
			header = 16;
		} else if (size === 0) {
			size = end - at;
		}
		if (size < header) return;
		yield { type: type(b, at + 4), from: at + header, to: Math.min(at + size, end) };
		at += size;
	}
}

function tkhdSize(b: Uint8Array, from: number, to: number): VideoSize | undefined {
	const version = b[from];
	const matrix = from + (version === 1 ? 52 : 40);
	const sizeAt = matrix + 36;
	if (sizeAt + 8 > to) return undefined;
	const width = Math.round(u32(b, sizeAt) / 65536);
	const height = Math.round(u32(b, sizeAt + 4) / 65536);
	if (!(width > 0 && height > 0)) return undefined;
	// a 90° or 270° turn: a = 0 and b = ±1 (16.16 fixed point)
	const quarterTurn = s32(b, matrix) === 0 && s32(b, matrix + 4) !== 0;
	return quarterTurn ? { width: height, height: width } : { width, height };
}

function mp4Size(b: Uint8Array): VideoSize | undefined {
	for (const top of boxes(b, 0, b.length)) {
		if (top.type !== 'moov') continue;
		for (const trak of boxes(b, top.from, top.to)) {
			if (trak.type !== 'trak') continue;
			for (const box of boxes(b, trak.from, trak.to)) {
				if (box.type !== 'tkhd') continue;
				const size = tkhdSize(b, box.from, box.to);
				if (size) return size;
			}
		}
	}
	return undefined;
}

/** An EBML variable-length integer at `at`: its length in bytes and value (marker removed). */
function vint(b: Uint8Array, at: number): { length: number; value: number; unknown: boolean } {
	const first = b[at];
	let length = 1;
	while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
	if (length > 8 || at + length > b.length) return { length: 0, value: 0, unknown: false };
	let value = first & (0xff >> length);
	let allOnes = value === 0xff >> length;
	for (let i = 1; i < length; i++) {
		value = value * 256 + b[at + i];
		allOnes &&= b[at + i] === 0xff;
	}
	return { length, value, unknown: allOnes };
}

const SEGMENT = 0x18538067;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const VIDEO = 0xe0;
const PIXEL_WIDTH = 0xb0;
const PIXEL_HEIGHT = 0xba;
const MASTERS = [SEGMENT, TRACKS, TRACK_ENTRY, VIDEO];

function webmSize(b: Uint8Array, start = 0, end = b.length): VideoSize | undefined {
	let at = start;
	let width = 0;
	let height = 0;
	while (at < end) {
		const idLength = vint(b, at).length;
		if (idLength === 0) return undefined;
		let id = 0;
		for (let i = 0; i < idLength; i++) id = id * 256 + b[at + i];
		const size = vint(b, at + idLength);
		if (size.length === 0) return undefined;
		const from = at + idLength + size.length;
		const to = size.unknown ? end : Math.min(from + size.value, end);
		if (MASTERS.includes(id)) {
			const found = webmSize(b, from, to);
			if (found) return found;
		} else if (id === PIXEL_WIDTH || id === PIXEL_HEIGHT) {
			let value = 0;
			for (let i = from; i < to; i++) value = value * 256 + b[i];
			if (id === PIXEL_WIDTH) width = value;
			else height = value;
		}
		if (width > 0 && height > 0) return { width, height };
		at = to;
	}
	return undefined;
}

/** The picture size of an MP4, MOV or WebM file from its bytes (the whole file, or a prefix). */
export function videoSizeOf(bytes: Uint8Array): VideoSize | undefined {
	const format = videoFormatOf(bytes);
	if (format === 'webm') return webmSize(bytes);
	if (format === 'mp4' || format === 'mov') return mp4Size(bytes);
	return undefined;
}
