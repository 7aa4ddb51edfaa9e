import {
	readVoiceSample,
	VOICE_SAMPLE_MAX_BYTES,
} from '../../../../nodes/Chanjing/media/voiceSampleRules';
import { mp3Of, mp4Of, wavOf } from '../../../helpers/recordings';

/** The recording a voice is cloned from: MP3, WAV or M4A, at most 100 MB, 15 s to 5 min when stated. */
describe('readVoiceSample', () => {
	it('a WAV, an MP3 and an M4A of a stated length pass with it', () => {
		expect(readVoiceSample(wavOf(20), wavOf(20).length)).toEqual({ format: 'wav', seconds: 20 });
		expect(readVoiceSample(mp3Of({ frames: 2000 }), 800_000)).toEqual({
			format: 'mp3',
			seconds: expect.closeTo(52.24, 2),
		});
		expect(readVoiceSample(mp4Of(60, { brand: 'M4A ' }), 5000)).toEqual({
			format: 'm4a',
			seconds: 60,
		});
	});

	it('a file that does not state its length passes on its format alone', () => {
		const m4a = mp4Of(1, { brand: 'M4A ', moovLast: true, mdatBytes: 100 }).subarray(0, 60);
		expect(readVoiceSample(m4a, 9_000_000)).toEqual({ format: 'm4a' });
	});

	it('refuses under 15 s and over 5 min, with the length', () => {
		expect(readVoiceSample(wavOf(14), wavOf(14).length)).toEqual({
			problem:
				'lasts 14.0 s; Chanjing clones a voice from 15 s to 5 min of speech (30 s or more recommended)',
		});
		expect(readVoiceSample(mp4Of(301, { brand: 'M4A ' }), 5000)).toMatchObject({
			problem: expect.stringMatching(/^lasts 301\.0 s;/),
		});
	});

	it('refuses what is not audio, an empty file and more than 100 MB (100 MB itself passes)', () => {
		expect(readVoiceSample(Buffer.from('%PDF-1.7'), 10)).toEqual({
			problem: 'is not an MP3, WAV or M4A audio file',
		});
		expect(readVoiceSample(wavOf(20), 0)).toEqual({ problem: 'is empty' });
		expect(readVoiceSample(mp3Of({}), VOICE_SAMPLE_MAX_BYTES + 1)).toEqual({
			problem: 'is 100.0 MB; Chanjing clones from recordings of at most 100 MB',
		});
		const mp3Head = mp3Of({ frames: 3000 });
		expect(readVoiceSample(mp3Head, VOICE_SAMPLE_MAX_BYTES)).toMatchObject({ format: 'mp3' });
	});
});
