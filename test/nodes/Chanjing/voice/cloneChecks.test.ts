import { findCloneInputProblem } from '../../../../nodes/Chanjing/voice/cloneChecks';
import type { CloneInput } from '../../../../nodes/Chanjing/voice/cloneInput';
import { VOICE_LANGUAGES, VOICE_MODELS } from '../../../../nodes/Chanjing/voice/paths';

/**
 * Voice → Clone's checks of the input alone (no request): the first problem of an item, naming
 * the field as the panel does and what it allows. (Through n8n, before any request:
 * cloneBody.test.ts; the recording's bytes, format and length: media/voiceSampleRules.)
 */

/** What readCloneInput gives for a recording by URL with the panel's defaults. */
function input(extra: Partial<CloneInput> = {}): CloneInput {
	return {
		name: 'My narrator',
		audioSource: 'url',
		audioUrl: 'https://example.com/my-voice.mp3',
		audioBinaryProperty: undefined,
		model: 'cicada3.0-turbo',
		language: 'cn',
		callbackUrl: '',
		...extra,
	};
}

const check = (extra: Partial<CloneInput>) => findCloneInputProblem(input(extra));

describe('findCloneInputProblem: a good item', () => {
	it('a recording by URL with the defaults has no problem', () => {
		expect(check({})).toBeUndefined();
	});

	it('a binary recording needs only its property (the URL is not read)', () => {
		expect(
			check({ audioSource: 'binary', audioUrl: undefined, audioBinaryProperty: 'recording' }),
		).toBeUndefined();
	});

	it.each(VOICE_MODELS.map((model) => model.value))('Model %s is allowed', (model) => {
		expect(check({ model })).toBeUndefined();
	});

	it.each(VOICE_LANGUAGES.map((language) => language.value))(
		'Language %s is allowed',
		(language) => {
			expect(check({ language })).toBeUndefined();
		},
	);

	it('spaces around a URL, a model, a language and a Callback URL are allowed', () => {
		expect(
			check({
				audioUrl: ' https://example.com/my-voice.wav ',
				model: ' cicada1.0 ',
				language: ' en\n',
				callbackUrl: ' http://127.0.0.1:5678/webhook/voice ',
			}),
		).toBeUndefined();
	});
});

describe('findCloneInputProblem: Name', () => {
	it.each(['', '   ', '\t\n', null, undefined])('%j is empty', (name) => {
		expect(check({ name })).toEqual({
			field: 'Name',
			message: 'is empty; name the voice to clone',
		});
	});

	it('exactly 100 characters is allowed; 101 is refused, the limit named', () => {
		expect(check({ name: 'x'.repeat(100) })).toBeUndefined();
		expect(check({ name: 'x'.repeat(101) })).toEqual({
			field: 'Name',
			message: 'has 101 characters; the node allows at most 100',
		});
	});

	it('characters are counted as a person counts them: 100 emoji are 100, not 200', () => {
		expect(check({ name: '🎙'.repeat(100) })).toBeUndefined();
		expect(check({ name: '声'.repeat(101) })).toMatchObject({ field: 'Name' });
	});

	it('a number from an expression is not text', () => {
		expect(check({ name: 42 })).toEqual({ field: 'Name', message: 'must be text, got 42' });
	});

	it('a control character is named with its position', () => {
		expect(check({ name: 'My\u0007voice' })).toEqual({
			field: 'Name',
			message:
				'contains the control character U+0007 at position 3; remove it (line breaks and tabs are fine)',
		});
	});

	it('only zero-width characters is refused, naming the field', () => {
		expect(check({ name: '\u200B\u200B' })).toMatchObject({
			field: 'Name',
			message: expect.stringMatching(/^has only invisible characters/),
		});
	});
});

describe('findCloneInputProblem: Audio Source, Audio URL, Audio Binary Property', () => {
	it.each([
		['a file name', 'my-voice.mp3', '"my-voice.mp3"'],
		['an empty URL', '', '""'],
		['a URL without a host', 'https://', '"https://"'],
		['an FTP URL', 'ftp://example.com/my-voice.mp3', '"ftp://example.com/my-voice.mp3"'],
		['a number', 7, '7'],
	])('%s is refused as Audio URL, what it must lead to named', (_what, audioUrl, shown) => {
		expect(check({ audioUrl })).toEqual({
			field: 'Audio URL',
			message: `must be the public http(s) URL of an MP3, WAV or M4A recording, got ${shown}`,
		});
	});

	it.each(['', '  ', null])(
		'binary with the property %j: names what the property holds',
		(prop) => {
			expect(check({ audioSource: 'binary', audioBinaryProperty: prop })).toEqual({
				field: 'Audio Binary Property',
				message: 'is empty; name the binary property that holds the recording',
			});
		},
	);

	it.each([
		['file', '"file"'],
		[undefined, 'undefined'],
		['URL', '"URL"'],
	])('Audio Source %j names both sources in the panel order', (audioSource, shown) => {
		expect(check({ audioSource })).toEqual({
			field: 'Audio Source',
			message: `must be URL or Binary File, got ${shown}`,
		});
	});
});

describe('findCloneInputProblem: Model, Language, Callback URL', () => {
	it('an unknown model names every model as "Name (value)"', () => {
		expect(check({ model: 'Cicada3.0-turbo' })).toEqual({
			field: 'Model',
			message:
				'must be Cicada 3.0 Turbo (cicada3.0-turbo), Cicada 3.0 (cicada3.0) or Cicada 1.0 (cicada1.0), got "Cicada3.0-turbo"',
		});
	});

	it.each([
		['fr', '"fr"'],
		['', '""'],
		['Chinese', '"Chinese"'],
	])('Language %j is refused, cn and en named', (language, shown) => {
		expect(check({ language })).toEqual({
			field: 'Language',
			message: `must be Chinese (cn) or English (en), got ${shown}`,
		});
	});

	it.each(['', '  ', undefined, null])(
		'an empty Callback URL (%j) is fine: none is sent',
		(url) => {
			expect(check({ callbackUrl: url })).toBeUndefined();
		},
	);

	it.each([
		['hook', '"hook"'],
		['www.example.com/hook', '"www.example.com/hook"'],
		['ws://example.com/hook', '"ws://example.com/hook"'],
	])('Callback URL %j is refused', (callbackUrl, shown) => {
		expect(check({ callbackUrl })).toEqual({
			field: 'Callback URL',
			message: `must be an http:// or https:// URL, got ${shown}`,
		});
	});
});

describe('findCloneInputProblem: the first problem, in the panel order', () => {
	it('Name, then the recording, Model, Language, Callback URL', () => {
		const bad = {
			name: ' ',
			audioUrl: 'x',
			model: 'x',
			language: 'x',
			callbackUrl: 'x',
		};
		const fields: string[] = [];
		let remaining: Partial<CloneInput> = { ...bad };
		for (let problem = check(remaining); problem; problem = check(remaining)) {
			fields.push(problem.field);
			const fixed = {
				Name: { name: 'ok' },
				'Audio URL': { audioUrl: 'https://example.com/a.mp3' },
				Model: { model: 'cicada1.0' },
				Language: { language: 'en' },
				'Callback URL': { callbackUrl: '' },
			}[problem.field];
			if (!fixed) break;
			remaining = { ...remaining, ...fixed };
		}
		expect(fields).toEqual(['Name', 'Audio URL', 'Model', 'Language', 'Callback URL']);
	});
});
