import { videoSizeOf } from '../../../../nodes/Chanjing/media/videoSize';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { box, fullBox } = require('../../../simulator/mp4');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sampleVideo, SAMPLE_VIDEO_INFO } = require('../../../simulator/sample-video');

const u32 = (...values: number[]) => {
	const b = Buffer.alloc(4 * values.length);
	values.forEach((v, i) => b.writeUInt32BE(v >>> 0, 4 * i));
	return b;
};
const UNITY = [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
/** A phone's portrait recording: the picture stored landscape, turned 90° by the matrix. */
const TURNED_90 = [0, 0x10000, 0, 0xffff0000, 0, 0, 0, 0, 0x40000000];

/** tkhd version 0: times and IDs (20 bytes), reserved, layer…volume, the matrix, width, height. */
function tkhd(width: number, height: number, matrix = UNITY, version = 0): Buffer {
	const times = version === 1 ? Buffer.alloc(32) : Buffer.alloc(20);
	return fullBox(
		'tkhd',
		version,
		3,
		times,
		Buffer.alloc(16),
		u32(...matrix),
		u32(width << 16, height << 16),
	);
}

function mp4(brand: string, ...traks: Buffer[]): Buffer {
	const ftyp = box('ftyp', Buffer.from(`${brand}\0\0\0\0isom`, 'latin1'));
	return Buffer.concat([ftyp, box('moov', fullBox('mvhd', 0, 0, Buffer.alloc(96)), ...traks)]);
}

/** EBML element: ID bytes, a one-byte size, the payload. */
const el = (id: number[], ...payload: Buffer[]) => {
	const body = Buffer.concat(payload);
	const size =
		body.length < 127
			? Buffer.from([0x80 | body.length])
			: Buffer.from([0x40 | (body.length >> 8), body.length & 0xff]);
	return Buffer.concat([Buffer.from(id), size, body]);
};
const uint = (n: number) => Buffer.from([n >> 8, n & 0xff]);

function webm(width: number, height: number, segmentSizeUnknown = false): Buffer {
	const header = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], Buffer.from('webm')));
	const tracks = el(
		[0x16, 0x54, 0xae, 0x6b],
		el(
			[0xae],
			el([0xd7], Buffer.from([1])),
			el([0xe0], el([0xb0], uint(width)), el([0xba], uint(height))),
		),
	);
	const info = el(
		[0x15, 0x49, 0xa9, 0x66],
		el([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])),
	);
	const content = Buffer.concat([info, tracks]);
	const segment = segmentSizeUnknown
		? Buffer.concat([
				Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
				content,
			])
		: el([0x18, 0x53, 0x80, 0x67], content);
	return Buffer.concat([header, segment]);
}

describe('videoSizeOf: MP4 and MOV', () => {
	it("reads the simulator's real MP4", () => {
		expect(videoSizeOf(sampleVideo())).toEqual({
			width: SAMPLE_VIDEO_INFO.width,
			height: SAMPLE_VIDEO_INFO.height,
		});
	});

	it('takes the first track with a picture (an audio track has 0×0)', () => {
		const file = mp4('isom', box('trak', tkhd(0, 0)), box('trak', tkhd(1280, 720)));
		expect(videoSizeOf(file)).toEqual({ width: 1280, height: 720 });
	});

	it('turns a phone recording stored landscape with a 90° matrix into portrait', () => {
		expect(videoSizeOf(mp4('qt  ', box('trak', tkhd(1920, 1080, TURNED_90))))).toEqual({
			width: 1080,
			height: 1920,
		});
	});

	it('reads a version 1 tkhd (64-bit times)', () => {
		expect(videoSizeOf(mp4('mp42', box('trak', tkhd(720, 1280, UNITY, 1))))).toEqual({
			width: 720,
			height: 1280,
		});
	});

	it('finds moov after a (64-bit sized) mdat', () => {
		const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0', 'latin1'));
		const mdat = Buffer.concat([u32(1), Buffer.from('mdat'), u32(0, 16 + 5), Buffer.alloc(5)]);
		const moov = box('moov', box('trak', tkhd(640, 360)));
		expect(videoSizeOf(Buffer.concat([ftyp, mdat, moov]))).toEqual({ width: 640, height: 360 });
	});

	it('says nothing when the bytes given stop before moov, or hold no video track', () => {
		const whole = mp4('isom', box('trak', tkhd(1280, 720)));
		expect(videoSizeOf(whole.subarray(0, 40))).toBeUndefined();
		expect(videoSizeOf(mp4('isom', box('trak', tkhd(0, 0))))).toBeUndefined();
		expect(videoSizeOf(Buffer.from('not a video at all'))).toBeUndefined();
	});
});

describe('videoSizeOf: WebM', () => {
	it('reads PixelWidth and PixelHeight of the first video track', () => {
		expect(videoSizeOf(webm(1080, 1920))).toEqual({ width: 1080, height: 1920 });
	});

	it('reads a Segment of unknown size (as live recorders write it)', () => {
		expect(videoSizeOf(webm(640, 480, true))).toEqual({ width: 640, height: 480 });
	});

	it('says nothing when the bytes stop before the track', () => {
		expect(videoSizeOf(webm(640, 480).subarray(0, 30))).toBeUndefined();
	});
});
