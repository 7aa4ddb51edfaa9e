import { description } from '../../../../nodes/Chanjing/avatar/create.operation';
import { readCustomAvatarInput } from '../../../../nodes/Chanjing/avatar/createInput';
import { itemContext } from '../../../helpers/item-context';

/**
 * readCustomAvatarInput reads what Create Custom Avatar's panel shows for the item's choices, with
 * the panel's defaults, and never a field the choices hide: the URL or the binary property by
 * Video Source, Language and Skip Voice Failure only when a voice is trained. (The body it
 * becomes: createBody.test.ts.)
 */
const read = (parameters: Record<string, unknown>) =>
	readCustomAvatarInput(itemContext({ parameters }));

const panelDefault = (name: string) => description.find((field) => field.name === name)?.default;

describe('readCustomAvatarInput', () => {
	it('nothing set: a binary video in "data", figure and voice in Chinese, 1080p', () => {
		expect(read({})).toEqual({
			name: '',
			videoSource: 'binary',
			videoUrl: undefined,
			videoBinaryProperty: 'data',
			train: 'both',
			language: 'cn',
			uhd: false,
			skipVoiceFailure: false,
			callbackUrl: '',
		});
	});

	it("its fallbacks are the panel's defaults", () => {
		const input = read({});
		for (const name of [
			'videoSource',
			'videoBinaryProperty',
			'train',
			'language',
			'uhd',
		] as const) {
			expect([name, input[name]]).toEqual([name, panelDefault(name)]);
		}
		expect(read({ videoSource: 'url' }).videoUrl).toBe(panelDefault('videoUrl'));
	});

	it('by URL: the URL as given, never the binary property', () => {
		expect(
			read({
				videoSource: 'url',
				videoUrl: ' https://example.com/me.mp4 ',
				videoBinaryProperty: 'video',
			}),
		).toMatchObject({
			videoSource: 'url',
			videoUrl: ' https://example.com/me.mp4 ',
			videoBinaryProperty: undefined,
		});
	});

	it('binary: the property as given, never the URL', () => {
		expect(
			read({
				videoSource: 'binary',
				videoBinaryProperty: 'video',
				videoUrl: 'https://e.com/a.mp4',
			}),
		).toMatchObject({ videoBinaryProperty: 'video', videoUrl: undefined });
	});

	it('figure and voice: Language and Skip Voice Failure as given, the Callback URL', () => {
		expect(
			read({
				name: 'My presenter',
				train: 'both',
				language: 'en',
				uhd: true,
				options: { skipVoiceFailure: true, callbackUrl: 'https://example.com/hook' },
			}),
		).toMatchObject({
			name: 'My presenter',
			train: 'both',
			language: 'en',
			uhd: true,
			skipVoiceFailure: true,
			callbackUrl: 'https://example.com/hook',
		});
	});

	it('Train given with spaces around it (by expression) is read trimmed, as its check reads it', () => {
		expect(
			read({ train: ' both ', language: 'fr', options: { skipVoiceFailure: true } }),
		).toMatchObject({ train: 'both', language: 'fr', skipVoiceFailure: true });
		expect(read({ train: 'figure ', language: 'en' })).toMatchObject({
			train: 'figure',
			language: undefined,
		});
	});

	it('Figure Only: no Language and never Skip Voice Failure, whatever they hold', () => {
		expect(
			read({ train: 'figure', language: 'en', options: { skipVoiceFailure: true } }),
		).toMatchObject({ train: 'figure', language: undefined, skipVoiceFailure: false });
	});

	it('4K and Skip Voice Failure are on only for true, not for "true" or 1', () => {
		for (const value of ['true', 1, 'yes']) {
			expect(read({ uhd: value, options: { skipVoiceFailure: value } })).toMatchObject({
				uhd: false,
				skipVoiceFailure: false,
			});
		}
	});

	it('a Train that is neither is kept as given, for the checks to name, with no Language', () => {
		expect(read({ train: 'voice', language: 'en' })).toMatchObject({
			train: 'voice',
			language: undefined,
		});
	});
});
