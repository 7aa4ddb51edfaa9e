import {
	LENGTH_HEAD_BYTES,
	mediaSeconds,
	mp3Seconds,
	mp4Seconds,
	wavSeconds,
	webmSeconds,
} from '../../../../nodes/Chanjing/media/mediaLength';
import { mp3Of, mp4Of, wavOf, webmOf } from '../../../helpers/recordings';

/** A recording's length from its first bytes, where the file states it. */
describe('wavSeconds', () => {
	it('data bytes over the byte rate, past other chunks', () => {
		expect(wavSeconds(wavOf(20), wavOf(20).length)).toBe(20);
		const withList = wavOf(2.5, { extraChunk: true });
		expect(wavSeconds(withList, withList.length)).toBe(2.5);
	});

	it('a data chunk longer than the file counts only what is there; a streamed 0 counts to the end', () => {
		const wav = wavOf(10);
		expect(wavSeconds(wav, wav.length - 8000)).toBe(9);
		const streamed = Buffer.from(wav);
		streamed.writeUInt32LE(0, 40);
		expect(wavSeconds(streamed, streamed.length)).toBe(10);
	});

	it('undefined when it is not a WAV or the head ends before data', () => {
		expect(wavSeconds(mp4Of(3), 100)).toBeUndefined();
		expect(wavSeconds(wavOf(1).subarray(0, 30), 8044)).toBeUndefined();
	});
});

describe('mp3Seconds', () => {
	it('frames of the Xing header × 1152 samples / 44100', () => {
		expect(mp3Seconds(mp3Of({ frames: 1000 }), 400_000)).toBeCloseTo(26.12, 2);
	});

	it('after an ID3 tag', () => {
		expect(mp3Seconds(mp3Of({ frames: 1000, id3: true }), 400_000)).toBeCloseTo(26.12, 2);
	});

	it('without a VBR header: estimated from the first frame’s bit rate (128 kbps)', () => {
		expect(mp3Seconds(mp3Of({ bytes: 16_000 }), 16_000 * 30)).toBeCloseTo(30, 5);
	});

	it('undefined when the first frame is not Layer III MPEG audio', () => {
		expect(mp3Seconds(Buffer.from([0xff, 0xfd, 0x90, 0x00, 0, 0]), 1000)).toBeUndefined();
		expect(mp3Seconds(Buffer.from('hello world'), 1000)).toBeUndefined();
	});
});

describe('mp4Seconds', () => {
	it('mvhd duration over timescale when moov comes first', () => {
		expect(mp4Seconds(mp4Of(42.5))).toBe(42.5);
		expect(mp4Seconds(mp4Of(12, { brand: 'M4A ' }))).toBe(12);
	});

	it('a QuickTime movie without ftyp (moov first)', () => {
		expect(mp4Seconds(mp4Of(8).subarray(24))).toBe(8);
	});

	it('undefined when moov is after the head (at the file end)', () => {
		const file = mp4Of(42.5, { moovLast: true, mdatBytes: LENGTH_HEAD_BYTES });
		expect(mp4Seconds(file.subarray(0, LENGTH_HEAD_BYTES))).toBeUndefined();
	});
});

describe('webmSeconds', () => {
	it('Segment → Info → Duration × TimecodeScale, as a 64- or 32-bit float', () => {
		expect(webmSeconds(webmOf(42.5))).toBe(42.5);
		expect(webmSeconds(webmOf(301, { float32: true }))).toBeCloseTo(301, 3);
	});

	it('undefined without a Duration, or when the head ends inside Info', () => {
		expect(webmSeconds(webmOf(undefined))).toBeUndefined();
		expect(webmSeconds(webmOf(42.5).subarray(0, 40))).toBeUndefined();
		expect(webmSeconds(mp4Of(3))).toBeUndefined();
	});
});

describe('mediaSeconds', () => {
	it('whatever the format', () => {
		expect(mediaSeconds(wavOf(3), wavOf(3).length)).toBe(3);
		expect(mediaSeconds(mp4Of(7), 2000)).toBe(7);
		expect(mediaSeconds(webmOf(9), 2000)).toBe(9);
		expect(mediaSeconds(mp3Of({ frames: 100 }), 40_000)).toBeCloseTo(2.61, 2);
		expect(mediaSeconds(Buffer.from('%PDF-1.7 ...'), 100)).toBeUndefined();
	});
});
