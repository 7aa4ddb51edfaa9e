import { description } from '../../../../nodes/Chanjing/voice/clone.operation';
import { readCloneInput } from '../../../../nodes/Chanjing/voice/cloneInput';
import { DEFAULT_VOICE_MODEL } from '../../../../nodes/Chanjing/voice/paths';
import { itemContext } from '../../../helpers/item-context';

/**
 * readCloneInput reads what Voice → Clone's panel shows for the item's choices, with the panel's
 * defaults, and never a field the chosen Audio Source hides. (The body it becomes: cloneBody.test.ts.)
 */
const read = (parameters: Record<string, unknown>) => readCloneInput(itemContext({ parameters }));

describe('readCloneInput', () => {
	it('nothing set: a recording by URL, the default model, Chinese, no Callback URL', () => {
		expect(read({})).toEqual({
			name: '',
			audioSource: 'url',
			audioUrl: '',
			audioBinaryProperty: undefined,
			model: DEFAULT_VOICE_MODEL,
			language: 'cn',
			callbackUrl: '',
		});
	});

	it("its fallbacks are the panel's defaults (a parameter n8n has not filled in reads as the panel shows it)", () => {
		const panelDefault = (name: string) =>
			description.find((field) => field.name === name)?.default;
		const input = read({});
		for (const name of ['audioSource', 'model', 'language'] as const) {
			expect([name, input[name]]).toEqual([name, panelDefault(name)]);
		}
		expect(read({ audioSource: 'binary' }).audioBinaryProperty).toBe(
			panelDefault('audioBinaryProperty'),
		);
	});

	it('by URL: the URL as given, never the binary property', () => {
		const input = read({
			name: ' My narrator ',
			audioSource: 'url',
			audioUrl: ' https://example.com/my-voice.mp3 ',
			audioBinaryProperty: 'recording',
			model: 'cicada1.0',
			language: 'en',
			options: { callbackUrl: 'https://example.com/hook' },
		});
		expect(input).toEqual({
			name: ' My narrator ',
			audioSource: 'url',
			audioUrl: ' https://example.com/my-voice.mp3 ',
			audioBinaryProperty: undefined,
			model: 'cicada1.0',
			language: 'en',
			callbackUrl: 'https://example.com/hook',
		});
	});

	it('binary: the property, "data" by default, never the URL', () => {
		const hidden = { audioUrl: 'https://example.com/old.mp3' };
		expect(read({ audioSource: 'binary', ...hidden })).toMatchObject({
			audioSource: 'binary',
			audioUrl: undefined,
			audioBinaryProperty: 'data',
		});
		expect(read({ audioSource: 'binary', audioBinaryProperty: 'recording' })).toMatchObject({
			audioBinaryProperty: 'recording',
		});
	});

	it('an Audio Source that is neither is kept as given, with neither file field, for the checks to name', () => {
		expect(read({ audioSource: 'file', audioUrl: 'https://example.com/a.mp3' })).toMatchObject({
			audioSource: 'file',
			audioUrl: undefined,
			audioBinaryProperty: undefined,
		});
	});

	it('values an expression resolved to are passed on unchanged, whatever their type', () => {
		expect(read({ name: 42, model: null, language: ['en'] })).toMatchObject({
			name: 42,
			model: null,
			language: ['en'],
		});
	});

	it('Options without a Callback URL read as none', () => {
		expect(read({ options: {} }).callbackUrl).toBe('');
		expect(read({ options: { callbackUrl: 'https://example.com/h' } }).callbackUrl).toBe(
			'https://example.com/h',
		);
	});
});
