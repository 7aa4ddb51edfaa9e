import {
	readVideoFile,
	VIDEO_FORMATS,
	videoRules,
} from '../../../../nodes/Chanjing/media/videoRules';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage } = require('../../../helpers/images');

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const bytes = (...values: number[]) => Uint8Array.from(values);

/** An ftyp box of 24 bytes with this major brand: how MP4, MOV, M4A and HEIF files begin. */
const ftyp = (brand: string) => bytes(0, 0, 0, 0x18, ...latin1(`ftyp${brand}`), 0, 0, 2, 0);
/** An EBML header (1A 45 DF A3) with DocType (42 82) of this name, as WebM and MKV begin. */
const ebml = (docType: string) =>
	bytes(
		0x1a,
		0x45,
		0xdf,
		0xa3,
		0x9f,
		...[0x42, 0x86, 0x81, 0x01], // EBMLVersion 1
		...[0x42, 0xf7, 0x81, 0x01], // EBMLReadVersion 1
		0x42,
		0x82,
		0x80 | docType.length,
		...latin1(docType),
	);

const MB = 1024 * 1024;
const limits = { maxBytes: 200 * MB };

describe('readVideoFile: MP4, MOV or WebM by the bytes', () => {
	it.each([
		['an MP4 (brand isom)', ftyp('isom'), 'mp4'],
		['an MP4 (brand mp42)', ftyp('mp42'), 'mp4'],
		['an iPhone MOV (brand qt)', ftyp('qt  '), 'mov'],
		[
			'an old QuickTime movie starting with a wide atom',
			bytes(0, 0, 0, 8, ...latin1('widemdat')),
			'mov',
		],
		[
			'an old QuickTime movie starting with moov',
			bytes(0, 0, 0x10, 0, ...latin1('moovmvhd')),
			'mov',
		],
		['a WebM', ebml('webm'), 'webm'],
	])('%s', (_what, head, format) => {
		expect(readVideoFile(head, 5 * MB, limits)).toEqual({ format });
	});

	it.each([
		['M4A audio (ftyp, brand M4A)', ftyp('M4A ')],
		['an iPhone HEIC photo (ftyp, brand heic)', ftyp('heic')],
		['an AVIF image (ftyp, brand avif)', ftyp('avif')],
		['a PNG', pngImage(4, 4)],
		['an HTML page', latin1('<!doctype html><html>')],
		['a cut ftyp box (no brand)', ftyp('isom').subarray(0, 10)],
		['an EBML header with no DocType', bytes(0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x86, 0x81, 0x01)],
		['nothing', bytes()],
	])('refuses %s', (_what, head) => {
		expect(readVideoFile(head, 5 * MB, limits)).toEqual({
			problem: 'is not an MP4, MOV or WebM video',
		});
	});

	it('names Matroska (MKV) and says to convert it', () => {
		expect(readVideoFile(ebml('matroska'), 5 * MB, limits)).toEqual({
			problem: 'is a Matroska (MKV) video; Chanjing takes MP4, MOV or WebM: convert it first',
		});
	});
});

describe('readVideoFile: sizes', () => {
	it('refuses an empty file', () => {
		expect(readVideoFile(ftyp('isom'), 0, limits)).toEqual({ problem: 'is empty' });
	});

	it('takes one byte under the limit and refuses the limit, saying both sizes', () => {
		expect(readVideoFile(ftyp('isom'), limits.maxBytes - 1, limits)).toEqual({ format: 'mp4' });
		expect(readVideoFile(ftyp('isom'), limits.maxBytes, limits)).toEqual({
			problem: 'is 200.0 MB; the node sends videos under 200 MB',
		});
	});

	it('each product passes its own limit', () => {
		const small = { maxBytes: 10 * MB };
		expect(readVideoFile(ftyp('isom'), 15 * MB, small)).toEqual({
			problem: 'is 15.0 MB; the node sends videos under 10 MB',
		});
		expect(readVideoFile(ftyp('isom'), 15 * MB, limits)).toEqual({ format: 'mp4' });
		expect(readVideoFile(ftyp('isom'), 1.5 * MB, { maxBytes: 1.25 * MB })).toEqual({
			problem: 'is 1.5 MB; the node sends videos under 1.3 MB',
		});
	});

	it('the size is checked before the kind, so a huge non-video says its size', () => {
		expect(readVideoFile(pngImage(2, 2), 300 * MB, limits)).toEqual({
			problem: 'is 300.0 MB; the node sends videos under 200 MB',
		});
	});
});

describe('videoRules: the rules readBinaryFile calls with (first bytes, size)', () => {
	it('binds the limit', () => {
		const rules = videoRules({ maxBytes: 10 * MB });
		expect(rules(ebml('webm'), MB)).toEqual({ format: 'webm' });
		expect(rules(ebml('webm'), 10 * MB)).toEqual({
			problem: 'is 10.0 MB; the node sends videos under 10 MB',
		});
	});

	it('lists the formats Chanjing takes', () => {
		expect(VIDEO_FORMATS).toEqual(['mp4', 'mov', 'webm']);
	});
});
