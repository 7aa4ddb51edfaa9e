import {
	CANVAS_PRESETS,
	SUBTITLE_1080P,
	SUBTITLE_4K,
} from '../../../../nodes/Chanjing/avatarVideo/canvas';
import { MAX_CANVAS_SIDE } from '../../../../nodes/Chanjing/fields/videoCanvas';
import { MAX_SCRIPT_CHARACTERS } from '../../../../nodes/Chanjing/avatarVideo/paths';
import {
	canvasOf,
	findAvatarVideoInputProblem,
	isProblem,
	subtitleBoxOf,
} from '../../../../nodes/Chanjing/avatarVideo/videoChecks';
import type { AvatarVideoInput } from '../../../../nodes/Chanjing/avatarVideo/videoInput';

/** Avatar Video → Create's checks of the input alone (no request): the first problem, naming the field. */

/** What readAvatarVideoInput gives for the panel's defaults with an avatar, a script and a voice. */
function input(extra: Partial<AvatarVideoInput> = {}): AvatarVideoInput {
	return {
		avatar: 'dp-1',
		figureType: '',
		driveWith: 'text',
		script: '大家好',
		voice: 'voice-1',
		speed: 1,
		pitch: 1,
		canvas: 'portrait',
		background: 'color',
		backgroundColor: '#EDEDED',
		subtitles: false,
		subtitle: {},
		resolution: 0,
		options: {},
		...extra,
	};
}

describe('canvasOf', () => {
	it.each(Object.entries(CANVAS_PRESETS))('the preset %s is its size', (canvas, preset) => {
		expect(canvasOf(input({ canvas }))).toEqual({ width: preset.width, height: preset.height });
	});

	it('Custom: Canvas Width and Height, whole numbers written as text too', () => {
		expect(canvasOf(input({ canvas: 'custom', canvasWidth: 720, canvasHeight: ' 1280 ' }))).toEqual(
			{
				width: 720,
				height: 1280,
			},
		);
	});

	it.each([
		[{ canvasWidth: 0, canvasHeight: 100 }, `Canvas Width`, '0'],
		[
			{ canvasWidth: 100, canvasHeight: MAX_CANVAS_SIDE + 1 },
			'Canvas Height',
			`${MAX_CANVAS_SIDE + 1}`,
		],
		[{ canvasWidth: 10.5, canvasHeight: 100 }, 'Canvas Width', '10.5'],
		[{ canvasWidth: '1e3', canvasHeight: 100 }, 'Canvas Width', '"1e3"'],
	])('Custom %j: %s refused', (sizes, field, shown) => {
		expect(canvasOf(input({ canvas: 'custom', ...sizes }))).toEqual({
			field,
			message: `must be a whole number from 1 to ${MAX_CANVAS_SIDE}, got ${shown}`,
		});
	});

	it('a canvas that is neither a preset nor Custom names every choice', () => {
		const names = Object.values(CANVAS_PRESETS).map((p) => p.name);
		expect(canvasOf(input({ canvas: 'square' }))).toEqual({
			field: 'Canvas',
			message: `must be ${names.join(', ')} or Custom, got "square"`,
		});
	});
});

describe('isProblem', () => {
	it('a problem has a field and a message; a size or a box has not', () => {
		expect(isProblem({ field: 'Canvas', message: 'x' })).toBe(true);
		expect(isProblem({ width: 1, height: 1 })).toBe(false);
	});
});

describe('subtitleBoxOf', () => {
	const portrait = { width: 1080, height: 1920 };

	it("Chanjing's box when the user sets nothing: 1080p, or 4K for 4K output on a 4K canvas", () => {
		expect(subtitleBoxOf(input({ subtitles: true }), portrait)).toEqual(SUBTITLE_1080P);
		expect(
			subtitleBoxOf(input({ subtitles: true, resolution: '1' }), { width: 2160, height: 3840 }),
		).toEqual(SUBTITLE_4K);
	});

	it('the user’s numbers over it, an empty one left to Chanjing’s', () => {
		const subtitle = { x: '40', y: 1500, width: 900, height: '', fontSize: 48 };
		expect(subtitleBoxOf(input({ subtitles: true, subtitle }), portrait)).toEqual({
			x: 40,
			y: 1500,
			width: 900,
			height: SUBTITLE_1080P.height,
			fontSize: 48,
		});
	});

	it.each([
		[{ x: -1 }, 'Subtitle X', 0, '-1'],
		[{ width: 0 }, 'Subtitle Width', 1, '0'],
		[{ fontSize: 'big' }, 'Font Size', 1, '"big"'],
	])('%j: %s refused', (subtitle, field, min, shown) => {
		expect(subtitleBoxOf(input({ subtitles: true, subtitle }), portrait)).toEqual({
			field,
			message: `must be a whole number from ${min} to ${MAX_CANVAS_SIDE}, got ${shown}`,
		});
	});

	it('a box off the canvas across names Subtitle X when the user gave X', () => {
		const x = 200;
		const end = x + SUBTITLE_1080P.width;
		expect(subtitleBoxOf(input({ subtitles: true, subtitle: { x } }), portrait)).toEqual({
			field: 'Subtitle X',
			message: `puts the subtitles off the 1080×1920 canvas (x ${x} + width ${SUBTITLE_1080P.width} = ${end}, more than 1080); keep the box on the canvas`,
		});
	});

	it('a box off the canvas downwards names Subtitle Height when the user gave no Y', () => {
		const height = 500;
		const end = SUBTITLE_1080P.y + height;
		expect(subtitleBoxOf(input({ subtitles: true, subtitle: { height } }), portrait)).toEqual({
			field: 'Subtitle Height',
			message: `puts the subtitles off the 1080×1920 canvas (y ${SUBTITLE_1080P.y} + height ${height} = ${end}, more than 1920); keep the box on the canvas`,
		});
	});
});

describe('findAvatarVideoInputProblem', () => {
	it('the panel’s defaults with an avatar, a script and a voice: no problem', () => {
		expect(findAvatarVideoInputProblem(input())).toBeUndefined();
	});

	it.each<[string, Partial<AvatarVideoInput>, string, string]>([
		['no avatar', { avatar: ' ' }, 'Avatar', 'is empty; pick one From List or give its ID'],
		[
			'an avatar that is no ID',
			{ avatar: 'dp 1' },
			'Avatar',
			'must be an ID (letters, digits, "-" and "_"), got "dp 1"',
		],
		[
			'an unknown figure type',
			{ figureType: 'standing' },
			'Figure Type',
			'must be Auto, Whole Body, Sitting or Circle, got "standing"',
		],
		[
			'a script too long',
			{ script: '字'.repeat(MAX_SCRIPT_CHARACTERS + 1) },
			'Script',
			`has ${MAX_SCRIPT_CHARACTERS + 1} characters; Chanjing allows at most ${MAX_SCRIPT_CHARACTERS}`,
		],
		['an empty script', { script: '' }, 'Script', 'is empty; describe the speech to generate'],
		['no voice', { voice: '' }, 'Voice', 'is empty; pick one From List or give its ID'],
		['speed 2.5', { speed: 2.5 }, 'Speed', 'must be a number from 0.5 to 2, got 2.5'],
		['pitch 0', { pitch: 0 }, 'Pitch', 'must be a number from 0.1 to 3, got 0'],
		[
			'an audio URL that is no URL',
			{ driveWith: 'audioUrl', audioUrl: 'voice.mp3' },
			'Audio URL',
			'must be the public http(s) URL of a WAV, MP3 or M4A file, got "voice.mp3"',
		],
		[
			'an empty audio binary property',
			{ driveWith: 'audioBinary', audioBinaryProperty: ' ' },
			'Audio Binary Property',
			'is empty; name the binary field of the audio',
		],
		[
			'an unknown Drive With',
			{ driveWith: 'video' as never },
			'Drive With',
			'must be Text, Audio URL or Audio From Binary, got "video"',
		],
		[
			'a background colour by name',
			{ backgroundColor: 'red' },
			'Background Color',
			'must be a colour written #RRGGBB (e.g. #FFFFFF), got "red"',
		],
		[
			'a background image URL that is no URL',
			{ background: 'imageUrl', backgroundImageUrl: 'ftp://example.com/a.jpg' },
			'Background Image URL',
			'must be the public http(s) URL of a JPG or PNG image, got "ftp://example.com/a.jpg"',
		],
		[
			'an empty background binary property',
			{ background: 'imageBinary', backgroundBinaryProperty: '' },
			'Background Binary Property',
			'is empty; name the binary field of the image',
		],
		[
			'a short subtitle colour',
			{ subtitles: true, subtitle: { color: '#FFF' } },
			'Color',
			'must be a colour written #RRGGBB (e.g. #FFFFFF), got "#FFF"',
		],
		[
			'a stroke colour by name',
			{ subtitles: true, subtitle: { strokeColor: 'black' } },
			'Stroke Color',
			'must be a colour written #RRGGBB (e.g. #FFFFFF), got "black"',
		],
		[
			'a stroke width over 100',
			{ subtitles: true, subtitle: { strokeWidth: 101 } },
			'Stroke Width',
			'must be a whole number from 0 to 100, got 101',
		],
		[
			'a font that is no ID',
			{ subtitles: true, subtitle: { fontId: 'a/b' } },
			'Font',
			'must be an ID (letters, digits, "-" and "_"), got "a/b"',
		],
		['resolution 2', { resolution: 2 }, 'Resolution', 'must be 1080p or 4K, got 2'],
		['quality 2', { options: { quality: 2 } }, 'Quality', 'must be Basic or High Quality, got 2'],
		[
			'watermark position 4',
			{ options: { watermarkPosition: 4 } },
			'Watermark Position',
			'must be Top Left, Top Right, Bottom Left or Bottom Right, got 4',
		],
		[
			'drive mode "loop"',
			{ options: { driveMode: 'loop' } },
			'Drive Mode',
			'must be Sequential or Random Frames, got "loop"',
		],
		[
			'backway 3',
			{ options: { backway: 3 } },
			'When Footage Runs Out',
			'must be Play Forward Again or Play Reversed, got 3',
		],
		[
			'language "fr"',
			{ options: { language: 'fr' } },
			'Language',
			'must be Chinese or English, got "fr"',
		],
		[
			'volume 0',
			{ options: { volume: 0 } },
			'Volume',
			'must be a whole number from 1 to 100, got 0',
		],
		[
			'a callback that is no URL',
			{ options: { callbackUrl: 'hook' } },
			'Callback URL',
			'must be an http:// or https:// URL, got "hook"',
		],
	])('%s', (_what, extra, field, message) => {
		expect(findAvatarVideoInputProblem(input(extra))).toEqual({ field, message });
	});

	it('subtitle fields are not checked while subtitles are off', () => {
		expect(
			findAvatarVideoInputProblem(input({ subtitle: { color: 'red', x: -5, fontId: 'a/b' } })),
		).toBeUndefined();
	});

	it('a text-only field is not checked when the video is driven by audio', () => {
		expect(
			findAvatarVideoInputProblem(
				input({
					driveWith: 'audioUrl',
					audioUrl: ' https://example.com/a.mp3 ',
					script: undefined,
					voice: undefined,
					speed: undefined,
				}),
			),
		).toBeUndefined();
	});

	it('the first problem wins: the avatar before the script', () => {
		expect(findAvatarVideoInputProblem(input({ avatar: '', script: '' }))).toMatchObject({
			field: 'Avatar',
		});
	});

	it('a subtitle box off a custom canvas is a problem of the box, not of the canvas', () => {
		expect(
			findAvatarVideoInputProblem(
				input({
					canvas: 'custom',
					canvasWidth: 1080,
					canvasHeight: 1920,
					subtitles: true,
					subtitle: { y: 1800 },
				}),
			),
		).toMatchObject({ field: 'Subtitle Y' });
	});
});
