import { toCustomAvatar, toPublicAvatar } from '../../../../nodes/Chanjing/lookups/avatars';
import {
	customAvatarOutput,
	publicAvatarOutput,
	voiceOutput,
} from '../../../../nodes/Chanjing/lookups/outputs';
import { toClonedVoice, toPublicVoice } from '../../../../nodes/Chanjing/lookups/voices';
import {
	CDN,
	clonedVoice,
	customAvatar,
	publicAvatar,
	publicAvatar4k,
	publicVoice,
} from '../../../helpers/lookups';

/** Avatars and voices as Get Many puts them out with Simplify on. */

describe('publicAvatarOutput', () => {
	it('the avatar with its voice, tags, figure types, 4K and figures', () => {
		const avatar = toPublicAvatar(publicAvatar(1))!;
		expect(publicAvatarOutput(avatar)).toEqual({
			avatarId: 'dp-1',
			type: 'public',
			name: '主播1',
			gender: 'female',
			voiceId: 'voice-1',
			voiceName: '声音1',
			tags: ['电商带货', '商务'],
			figureTypes: ['whole_body', 'circle_view'],
			supports4k: false,
			figures: avatar.figures,
		});
	});

	it('4K when one figure offers it; empty texts as null', () => {
		const avatar = toPublicAvatar(publicAvatar4k(2))!;
		expect(publicAvatarOutput(avatar)).toMatchObject({
			supports4k: true,
			figureTypes: ['sit_body'],
		});
		expect(
			publicAvatarOutput(toPublicAvatar({ id: 'dp-3', gender: '', audio_man_id: '' })!),
		).toMatchObject({ gender: null, voiceId: null, voiceName: null, tags: [], figures: [] });
	});

	it('its figures are copies: changing the output leaves the avatar as read', () => {
		const avatar = toPublicAvatar(publicAvatar(1))!;
		const output = publicAvatarOutput(avatar);
		(output.figures as Array<{ type: string }>)[0].type = 'changed';
		expect(avatar.figures[0].type).toBe('whole_body');
	});
});

describe('customAvatarOutput', () => {
	it('the avatar with its status, whether it can be used, and where it was made', () => {
		expect(
			customAvatarOutput(toCustomAvatar(customAvatar('C-1', { support_4k: true }), 0)!),
		).toEqual({
			avatarId: 'C-1',
			type: 'custom',
			name: 'My avatar C-1',
			status: 'ready',
			usable: true,
			voiceId: 'C-1-voice',
			supports4k: true,
			madeOn: 'api',
			previewUrl: `${CDN}/C-1.mp4`,
			coverUrl: `${CDN}/C-1.png`,
			reason: null,
		});
	});

	it('made on the website; a failed one with its reason', () => {
		const failed = toCustomAvatar(customAvatar('C-2', { status: 4, err_reason: '人脸不清晰' }), 1)!;
		expect(customAvatarOutput(failed)).toMatchObject({
			madeOn: 'website',
			status: 'failed',
			usable: false,
			reason: '人脸不清晰',
		});
	});
});

describe('voiceOutput', () => {
	it('a public voice: no progress or error fields', () => {
		expect(voiceOutput(toPublicVoice(publicVoice(2, { lang: '' }))!)).toEqual({
			voiceId: 'voice-2',
			type: 'public',
			name: '温柔2',
			gender: 'male',
			language: null,
			description: null,
			sampleUrl: `${CDN}/voices/voice-2.wav`,
			status: 'ready',
		});
	});

	it('a cloned voice: its progress and why it failed', () => {
		expect(
			voiceOutput(toClonedVoice(clonedVoice('C-Audio-3', 4, { err_msg: '音频质量差' }))!),
		).toEqual({
			voiceId: 'C-Audio-3',
			type: 'cloned',
			name: 'Cloned C-Audio-3',
			gender: null,
			language: 'cn',
			description: 'cicada3.0-turbo',
			sampleUrl: null,
			status: 'failed',
			progress: 40,
			errorMessage: '音频质量差',
		});
	});
});
