import { readSentences } from '../../../../nodes/Chanjing/speech/sentences';

/** Sentence timings in seconds (SPEC), rescaled the way Chanjing's pipeline does when they look like ms (D8). */
describe('sentence timings', () => {
	it('seconds stay seconds', () => {
		expect(readSentences([{ start_time: 0, end_time: 1.5, subtitle: '你好。' }], 1.5)).toEqual([
			{ start: 0, end: 1.5, text: '你好。' },
		]);
	});

	it('milliseconds (last end over 2000 and over twice the audio) become seconds', () => {
		expect(
			readSentences(
				[
					{ start_time: 0, end_time: 1450, subtitle: 'a' },
					{ start_time: 1450, end_time: 3200, subtitle: 'b' },
				],
				3.2,
			),
		).toEqual([
			{ start: 0, end: 1.45, text: 'a' },
			{ start: 1.45, end: 3.2, text: 'b' },
		]);
	});

	it('a long speech in seconds is not taken for milliseconds', () => {
		expect(readSentences([{ start_time: 2000, end_time: 2500, subtitle: 'x' }], 2500)).toEqual([
			{ start: 2000, end: 2500, text: 'x' },
		]);
	});

	it('rows without times are left out; no subtitles is an empty list', () => {
		expect(readSentences([{ subtitle: 'x' }, null, 'y'], 1)).toEqual([]);
		expect(readSentences(null, 1)).toEqual([]);
	});
});
