import { AUDIO_MAX_BYTES, readAudioFile } from '../../../../nodes/Chanjing/media/audioRules';

/** A digital human's audio from its first bytes: WAV, MP3 or M4A under 100 MB. */
describe('readAudioFile', () => {
	const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')]);
	it.each([
		[wav, 'wav'],
		[Buffer.from('ID3\u0004\u0000'), 'mp3'],
		[Buffer.from([0xff, 0xfb, 0x90, 0x00]), 'mp3'],
		[Buffer.concat([Buffer.alloc(4), Buffer.from('ftypM4A ')]), 'm4a'],
	])('%s → %s', (head, format) => {
		expect(readAudioFile(head, 1000)).toEqual({ format });
	});

	it('refuses what is not audio, an empty file and 100 MB or more', () => {
		expect(readAudioFile(Buffer.from('%PDF-1.7'), 10)).toEqual({
			problem: 'is not a WAV, MP3 or M4A audio file',
		});
		expect(readAudioFile(wav, 0)).toEqual({ problem: 'is empty' });
		expect(readAudioFile(wav, AUDIO_MAX_BYTES)).toEqual({
			problem: 'is 100.0 MB; the node sends audio under 100 MB',
		});
	});
});
