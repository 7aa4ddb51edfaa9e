import {
	checkSpeechDrive,
	readSpeechDrive,
	type SpeechDrive,
} from '../../../../nodes/Chanjing/lookups/speechDrive';
import { itemContext } from '../../../helpers/item-context';

const read = (parameters: Record<string, unknown>) =>
	readSpeechDrive(itemContext({ parameters }), 'audio');

describe('readSpeechDrive', () => {
	it('Text: the script, the voice and its rates, and nothing of the audio', () => {
		expect(
			read({ driveWith: 'text', script: 'Hi', voice: 'C-Audio-1', audioUrl: 'https://x.y/a.mp3' }),
		).toEqual({ driveWith: 'text', script: 'Hi', voice: 'C-Audio-1', speed: 1, pitch: 1 });
	});

	it('Audio URL and Audio From Binary: only their field, the binary one with its default', () => {
		expect(read({ driveWith: 'audioUrl', audioUrl: 'https://x.y/a.mp3', script: 'Hi' })).toEqual({
			driveWith: 'audioUrl',
			audioUrl: 'https://x.y/a.mp3',
		});
		expect(read({ driveWith: 'audioBinary' })).toEqual({
			driveWith: 'audioBinary',
			audioBinaryProperty: 'audio',
		});
	});

	it('Drive With is Text when not set', () => {
		expect(read({}).driveWith).toBe('text');
	});
});

describe('checkSpeechDrive', () => {
	const text: SpeechDrive = {
		driveWith: 'text',
		script: 'Hello',
		voice: 'v-1',
		speed: 1,
		pitch: 1,
	};

	it('takes a script a voice speaks, a recording URL or a binary property', () => {
		expect(checkSpeechDrive(text, 10)).toBeUndefined();
		expect(checkSpeechDrive({ driveWith: 'audioUrl', audioUrl: 'https://x.y/a.wav' }, 10)).toBe(
			undefined,
		);
		expect(checkSpeechDrive({ driveWith: 'audioBinary', audioBinaryProperty: 'data' }, 10)).toBe(
			undefined,
		);
	});

	it.each([
		[{ ...text, script: 'Hello world' }, 'Script'],
		[{ ...text, voice: 'a/b' }, 'Voice'],
		[{ ...text, speed: 3 }, 'Speed'],
		[{ ...text, pitch: 0 }, 'Pitch'],
	])('Text: refuses %j by its field', (input, field) => {
		expect(checkSpeechDrive(input as SpeechDrive, 10)?.field).toBe(field);
	});

	it('refuses a URL that is not http(s), an empty binary property and another Drive With', () => {
		expect(checkSpeechDrive({ driveWith: 'audioUrl', audioUrl: 'ftp://x' }, 10)).toEqual({
			field: 'Audio URL',
			message: 'must be the public http(s) URL of a WAV, MP3 or M4A file, got "ftp://x"',
		});
		expect(checkSpeechDrive({ driveWith: 'audioBinary', audioBinaryProperty: ' ' }, 10)).toEqual({
			field: 'Audio Binary Property',
			message: 'is empty; name the binary field of the audio',
		});
		expect(checkSpeechDrive({ driveWith: 'video' as never }, 10)).toEqual({
			field: 'Drive With',
			message: 'must be Text, Audio URL or Audio From Binary, got "video"',
		});
	});
});
