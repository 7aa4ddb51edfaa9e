import { sampleWav, readWav } from './product-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readWavFile } = require('./wav-check');

describe('the sample WAV', () => {
	test('a canonical PCM WAV, 8-bit mono 8000 Hz, exactly as long as asked', () => {
		const wav = sampleWav(2.5);
		expect(wav.length).toBe(44 + 20000);
		expect(readWavFile(wav)).toEqual({
			riffOk: true,
			chunks: ['fmt ', 'data'],
			format: 1,
			channels: 1,
			sampleRate: 8000,
			byteRate: 8000,
			blockAlign: 1,
			bits: 8,
			dataBytes: 20000,
			seconds: 2.5,
		});
	});

	test('holds a tone (not silence) around the 8-bit midpoint; deterministic', () => {
		const wav = sampleWav(0.1);
		const samples = [...wav.subarray(44)];
		expect(Math.min(...samples)).toBe(104);
		expect(Math.max(...samples)).toBe(152);
		expect(sampleWav(0.1).equals(wav)).toBe(true);
	});

	test('readWav (the simulator’s own reader, for uploads) agrees, and refuses other bytes', () => {
		expect(readWav(sampleWav(7.2))).toEqual({
			format: 1,
			channels: 1,
			sampleRate: 8000,
			bits: 8,
			seconds: 7.2,
		});
		expect(() => readWav(Buffer.from('not a wav file at all, just text'))).toThrow(
			'not a RIFF/WAVE file',
		);
	});
});
