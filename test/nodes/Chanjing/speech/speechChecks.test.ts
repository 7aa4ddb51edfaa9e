import { PITCH_RANGE, SPEED_RANGE } from '../../../../nodes/Chanjing/lookups/speechRates';
import { MAX_SPEECH_CHARACTERS } from '../../../../nodes/Chanjing/speech/paths';
import { findSpeechInputProblem } from '../../../../nodes/Chanjing/speech/speechChecks';
import type { SpeechInput } from '../../../../nodes/Chanjing/speech/speechInput';

/** Speech → Generate's checks of the input alone: the first problem of an item, naming the field. */
function input(extra: Partial<SpeechInput> = {}): SpeechInput {
	return {
		voice: 'voice-1',
		text: '欢迎来到蝉镜。',
		speed: 1,
		pitch: 1,
		watermark: false,
		...extra,
	};
}

describe('findSpeechInputProblem', () => {
	it('a voice, a text and the default rates: no problem', () => {
		expect(findSpeechInputProblem(input())).toBeUndefined();
	});

	it(`exactly ${MAX_SPEECH_CHARACTERS} characters (as a person counts them) are allowed`, () => {
		expect(
			findSpeechInputProblem(input({ text: '😀'.repeat(MAX_SPEECH_CHARACTERS) })),
		).toBeUndefined();
	});

	it('the limits of Speed and Pitch are allowed, also as text from an expression', () => {
		for (const speed of [SPEED_RANGE.min, SPEED_RANGE.max, String(SPEED_RANGE.max)]) {
			for (const pitch of [PITCH_RANGE.min, PITCH_RANGE.max, ` ${PITCH_RANGE.min} `]) {
				expect(findSpeechInputProblem(input({ speed, pitch }))).toBeUndefined();
			}
		}
	});

	it.each<[string, Partial<SpeechInput>, string, string]>([
		['no voice', { voice: '' }, 'Voice', 'is empty; pick one From List or give its ID'],
		[
			'a voice from an empty expression',
			{ voice: undefined },
			'Voice',
			'is empty; pick one From List or give its ID',
		],
		[
			'a voice with a space',
			{ voice: 'a b' },
			'Voice',
			'must be an ID (letters, digits, "-" and "_"), got "a b"',
		],
		[
			'one character too many',
			{ text: 'x'.repeat(MAX_SPEECH_CHARACTERS + 1) },
			'Text',
			`has ${MAX_SPEECH_CHARACTERS + 1} characters; Chanjing allows at most ${MAX_SPEECH_CHARACTERS}`,
		],
		['a blank text', { text: '  ' }, 'Text', 'is empty; describe the speech to generate'],
		['a text that is a number', { text: 42 }, 'Text', 'must be text, got 42'],
		[
			'a text of zero-width spaces',
			{ text: '\u200B\u200B' },
			'Text',
			'has only invisible characters (zero-width spaces or similar); describe the speech to generate',
		],
		[
			'a control character',
			{ text: 'a\u0007b' },
			'Text',
			'contains the control character U+0007 at position 2; remove it (line breaks and tabs are fine)',
		],
		[
			'speed 3',
			{ speed: 3 },
			'Speed',
			`must be a number from ${SPEED_RANGE.min} to ${SPEED_RANGE.max}, got 3`,
		],
		[
			'speed "fast"',
			{ speed: 'fast' },
			'Speed',
			`must be a number from ${SPEED_RANGE.min} to ${SPEED_RANGE.max}, got "fast"`,
		],
		[
			'pitch 0',
			{ pitch: 0 },
			'Pitch',
			`must be a number from ${PITCH_RANGE.min} to ${PITCH_RANGE.max}, got 0`,
		],
	])('%s', (_what, extra, field, message) => {
		expect(findSpeechInputProblem(input(extra))).toEqual({ field, message });
	});

	it('the first problem wins, in the panel’s order: Voice, Text, Speed, Pitch', () => {
		expect(findSpeechInputProblem(input({ voice: '', text: '', speed: 9, pitch: 9 }))?.field).toBe(
			'Voice',
		);
		expect(findSpeechInputProblem(input({ text: '', speed: 9, pitch: 9 }))?.field).toBe('Text');
		expect(findSpeechInputProblem(input({ speed: 9, pitch: 9 }))?.field).toBe('Speed');
	});
});
