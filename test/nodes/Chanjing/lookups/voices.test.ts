import {
	languageName,
	toClonedVoice,
	toPublicVoice,
} from '../../../../nodes/Chanjing/lookups/voices';
import { CDN, clonedVoice, publicVoice } from '../../../helpers/lookups';

/** Chanjing's voice entries (list_common_audio, list_customised_audio) as the node reads them. */

describe('toPublicVoice', () => {
	it('an entry of list_common_audio: always ready, the audition as sample', () => {
		expect(toPublicVoice(publicVoice(1, { desc: ' 温柔女声 ' }))).toEqual({
			kind: 'public',
			id: 'voice-1',
			name: '温柔1',
			gender: 'female',
			language: 'cn',
			description: '温柔女声',
			sampleUrl: `${CDN}/voices/voice-1.wav`,
			status: 'ready',
		});
	});

	it('no name: the ID; no audition: no sample; no ID: not a voice', () => {
		expect(toPublicVoice({ id: 'voice-9', audition: '' })).toMatchObject({
			name: 'voice-9',
			sampleUrl: null,
		});
		expect(toPublicVoice({ name: '温柔' })).toBeUndefined();
	});
});

describe('toClonedVoice', () => {
	it('a ready entry of list_customised_audio: its model type as description, progress', () => {
		expect(toClonedVoice(clonedVoice('C-Audio-1'))).toEqual({
			kind: 'cloned',
			id: 'C-Audio-1',
			name: 'Cloned C-Audio-1',
			gender: '',
			language: 'cn',
			description: 'cicada3.0-turbo',
			sampleUrl: `${CDN}/C-Audio-1.wav`,
			status: 'ready',
			progress: 100,
			errorMessage: null,
		});
	});

	it.each([
		[0, 'queued'],
		[1, 'cloning'],
		[2, 'ready'],
		[3, 'expired'],
		[4, 'failed'],
		[99, 'deleted'],
		['4', 'failed'],
		[7, '7'],
		[null, 'unknown'],
	])('status %j reads as %j', (status, expected) => {
		expect(toClonedVoice(clonedVoice('C-Audio-1', 0, { status }))?.status).toBe(expected);
	});

	it('a failed clone: why, and no progress when Chanjing sends none', () => {
		expect(
			toClonedVoice(clonedVoice('C-Audio-2', 4, { err_msg: '音频质量差', progress: '' })),
		).toMatchObject({
			status: 'failed',
			errorMessage: '音频质量差',
			progress: null,
			sampleUrl: null,
		});
	});

	it('no ID: not a voice', () => {
		expect(toClonedVoice({ name: 'x', status: 2 })).toBeUndefined();
	});
});

describe('languageName', () => {
	it("Chanjing's language words in English, in any case; others as sent", () => {
		expect(['cn', 'ZH', 'en', 'multilingual', 'ja', ''].map(languageName)).toEqual([
			'Chinese',
			'Chinese',
			'English',
			'Multilingual',
			'ja',
			'',
		]);
	});
});
