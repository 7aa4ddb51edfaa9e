import { findCustomAvatarInputProblem } from '../../../../nodes/Chanjing/avatar/createChecks';
import type { CustomAvatarInput } from '../../../../nodes/Chanjing/avatar/createInput';
import { AVATAR_LANGUAGES, TRAIN_TYPES } from '../../../../nodes/Chanjing/avatar/paths';

/**
 * Avatar → Create Custom Avatar's checks of the input alone (no request): the first problem of an
 * item, naming the field as the panel does and what it allows. (Through n8n, before any request:
 * createBody.test.ts; the video's bytes, format and length: media/trainingVideoRules.)
 */

/** What readCustomAvatarInput gives for a binary video with the panel's defaults. */
function input(extra: Partial<CustomAvatarInput> = {}): CustomAvatarInput {
	return {
		name: 'My presenter',
		videoSource: 'binary',
		videoUrl: undefined,
		videoBinaryProperty: 'data',
		train: 'both',
		language: 'cn',
		uhd: false,
		skipVoiceFailure: false,
		callbackUrl: '',
		...extra,
	};
}

const check = (extra: Partial<CustomAvatarInput>) => findCustomAvatarInputProblem(input(extra));
const byUrl = {
	videoSource: 'url',
	videoUrl: 'https://example.com/me.mp4',
	videoBinaryProperty: undefined,
};

describe('findCustomAvatarInputProblem: a good item', () => {
	it('a binary video with the defaults has no problem', () => {
		expect(check({})).toBeUndefined();
	});

	it('a video by URL, spaces around it allowed', () => {
		expect(check(byUrl)).toBeUndefined();
		expect(check({ ...byUrl, videoUrl: ' https://example.com/me.mov ' })).toBeUndefined();
	});

	it.each(TRAIN_TYPES.map((train) => train.value))('Train %s is allowed', (train) => {
		expect(check({ train, language: train === 'both' ? 'cn' : undefined })).toBeUndefined();
	});

	it.each(AVATAR_LANGUAGES.map((language) => language.value))(
		'Language %s is allowed with a voice',
		(language) => {
			expect(check({ language })).toBeUndefined();
		},
	);

	it('Figure Only does not read Language: whatever it holds, no problem', () => {
		expect(check({ train: 'figure', language: undefined })).toBeUndefined();
		expect(check({ train: 'figure', language: 'fr' })).toBeUndefined();
	});

	it('4K and Skip Voice Failure need no check', () => {
		expect(check({ uhd: true, skipVoiceFailure: true })).toBeUndefined();
	});
});

describe('findCustomAvatarInputProblem: Name', () => {
	it.each(['', '  ', '\n', null, undefined])('%j is empty', (name) => {
		expect(check({ name })).toEqual({
			field: 'Name',
			message: 'is empty; name the avatar to train',
		});
	});

	it('exactly 100 characters is allowed; 101 is refused, the limit named', () => {
		expect(check({ name: '主'.repeat(100) })).toBeUndefined();
		expect(check({ name: 'x'.repeat(101) })).toEqual({
			field: 'Name',
			message: 'has 101 characters; the node allows at most 100',
		});
	});

	it('an object from an expression is not text', () => {
		expect(check({ name: { first: 'Ann' } })).toEqual({
			field: 'Name',
			message: 'must be text, got {"first":"Ann"}',
		});
	});

	it('a control character is named with its position', () => {
		expect(check({ name: '\u001bpresenter' })).toEqual({
			field: 'Name',
			message:
				'contains the control character U+001B at position 1; remove it (line breaks and tabs are fine)',
		});
	});
});

describe('findCustomAvatarInputProblem: Video Source, Video URL, Video Binary Property', () => {
	it.each(['', ' ', null, undefined])('binary with the property %j names what it holds', (prop) => {
		expect(check({ videoBinaryProperty: prop })).toEqual({
			field: 'Video Binary Property',
			message: 'is empty; name the binary property that holds the video',
		});
	});

	it.each([
		['a file name', 'me.mp4', '"me.mp4"'],
		['nothing', '', '""'],
		['a relative path', '/videos/me.mp4', '"/videos/me.mp4"'],
		['a data URL', 'data:video/mp4;base64,AAAA', '"data:video/mp4;base64,AAAA"'],
	])('%s is refused as Video URL, the formats named', (_what, videoUrl, shown) => {
		expect(check({ ...byUrl, videoUrl })).toEqual({
			field: 'Video URL',
			message: `must be the public http(s) URL of an MP4, MOV or WebM video, got ${shown}`,
		});
	});

	it.each([
		['video', '"video"'],
		[null, 'null'],
	])('Video Source %j names both sources in the panel order', (videoSource, shown) => {
		expect(check({ videoSource })).toEqual({
			field: 'Video Source',
			message: `must be Binary File or URL, got ${shown}`,
		});
	});
});

describe('findCustomAvatarInputProblem: Train, Language, Callback URL', () => {
	it.each([
		['voice', '"voice"'],
		['', '""'],
		[1, '1'],
	])('Train %j is refused, both choices named', (train, shown) => {
		expect(check({ train })).toEqual({
			field: 'Train',
			message: `must be Figure and Voice (both) or Figure Only (figure), got ${shown}`,
		});
	});

	it.each([
		['fr', '"fr"'],
		['English', '"English"'],
		[undefined, 'undefined'],
	])('with a voice, Language %j is refused, cn and en named', (language, shown) => {
		expect(check({ language })).toEqual({
			field: 'Language',
			message: `must be Chinese (cn) or English (en), got ${shown}`,
		});
	});

	it.each(['', ' ', undefined])('an empty Callback URL (%j) is fine', (callbackUrl) => {
		expect(check({ callbackUrl })).toBeUndefined();
	});

	it.each([
		['hook', '"hook"'],
		['mailto:me@example.com', '"mailto:me@example.com"'],
	])('Callback URL %j is refused', (callbackUrl, shown) => {
		expect(check({ callbackUrl })).toEqual({
			field: 'Callback URL',
			message: `must be an http:// or https:// URL, got ${shown}`,
		});
	});
});

describe('findCustomAvatarInputProblem: the first problem, in the panel order', () => {
	it('Name, then the video, Train, Language, Callback URL', () => {
		const fixes: Record<string, Partial<CustomAvatarInput>> = {
			Name: { name: 'ok' },
			'Video URL': { videoUrl: 'https://example.com/me.mp4' },
			Train: { train: 'both' },
			Language: { language: 'en' },
			'Callback URL': { callbackUrl: '' },
		};
		let item: Partial<CustomAvatarInput> = {
			...byUrl,
			name: '',
			videoUrl: 'x',
			train: 'x',
			language: 'x',
			callbackUrl: 'x',
		};
		const fields: string[] = [];
		for (let problem = check(item); problem && fixes[problem.field]; problem = check(item)) {
			fields.push(problem.field);
			item = { ...item, ...fixes[problem.field] };
		}
		expect(fields).toEqual(['Name', 'Video URL', 'Train', 'Language', 'Callback URL']);
	});
});
