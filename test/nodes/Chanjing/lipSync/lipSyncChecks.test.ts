import type { INodeProperties } from 'n8n-workflow';

import { MAX_CANVAS_SIDE } from '../../../../nodes/Chanjing/fields/videoCanvas';
import { description as createPanel } from '../../../../nodes/Chanjing/lipSync/create.operation';
import {
	customCanvasOf,
	findLipSyncInputProblem,
	LIP_SYNC_MODELS,
} from '../../../../nodes/Chanjing/lipSync/lipSyncChecks';
import type { LipSyncInput } from '../../../../nodes/Chanjing/lipSync/lipSyncInput';
import { MAX_LIP_SYNC_TEXT_CHARACTERS } from '../../../../nodes/Chanjing/lipSync/paths';

/**
 * Lip Sync → Create's checks of the input alone (no request): the first problem, naming the
 * field as the panel names it and what is allowed. (That a problem stops the item before any
 * request: LipSync.resource.test.ts.)
 */

/** What readLipSyncInput gives for the panel's defaults with a script and a voice. */
function input(extra: Partial<LipSyncInput> = {}): LipSyncInput {
	return {
		videoSource: 'binary',
		videoBinaryProperty: 'data',
		driveWith: 'text',
		script: '大家好，欢迎来到蝉镜。',
		voice: 'voice-1',
		speed: 1,
		pitch: 1,
		model: 0,
		canvas: 'video',
		options: {},
		...extra,
	};
}

const custom = (canvasWidth: unknown, canvasHeight: unknown) =>
	input({ canvas: 'custom', canvasWidth, canvasHeight });

/** Each wrong input alone, the field its problem names and the message. */
const PROBLEMS: Array<[string, Partial<LipSyncInput>, string, string]> = [
	[
		'a video URL that is a file name',
		{ videoSource: 'url', videoUrl: 'clip.mp4' },
		'Video URL',
		'must be the public http(s) URL of an MP4, MOV or WebM video, got "clip.mp4"',
	],
	[
		'an ftp video URL',
		{ videoSource: 'url', videoUrl: 'ftp://example.com/clip.mp4' },
		'Video URL',
		'must be the public http(s) URL of an MP4, MOV or WebM video, got "ftp://example.com/clip.mp4"',
	],
	[
		'no video URL',
		{ videoSource: 'url', videoUrl: '' },
		'Video URL',
		'must be the public http(s) URL of an MP4, MOV or WebM video, got ""',
	],
	[
		'a blank video binary property',
		{ videoBinaryProperty: '  ' },
		'Video Binary Property',
		'is empty; name the binary field of the video',
	],
	[
		'an unknown video source',
		{ videoSource: 'youtube' as never },
		'Video Source',
		'must be Binary File or URL, got "youtube"',
	],
	['an empty script', { script: '' }, 'Script', 'is empty; describe the speech to generate'],
	[
		'a script one character too long',
		{ script: '字'.repeat(MAX_LIP_SYNC_TEXT_CHARACTERS + 1) },
		'Script',
		`has ${MAX_LIP_SYNC_TEXT_CHARACTERS + 1} characters; Chanjing allows at most ${MAX_LIP_SYNC_TEXT_CHARACTERS}`,
	],
	['no voice', { voice: ' ' }, 'Voice', 'is empty; pick one From List or give its ID'],
	['speed 0.4', { speed: 0.4 }, 'Speed', 'must be a number from 0.5 to 2, got 0.4'],
	['pitch 3.5', { pitch: 3.5 }, 'Pitch', 'must be a number from 0.1 to 3, got 3.5'],
	[
		'an audio URL that is no URL',
		{ driveWith: 'audioUrl', audioUrl: 'voice.mp3' },
		'Audio URL',
		'must be the public http(s) URL of a WAV, MP3 or M4A file, got "voice.mp3"',
	],
	[
		'an empty audio binary property',
		{ driveWith: 'audioBinary', audioBinaryProperty: '' },
		'Audio Binary Property',
		'is empty; name the binary field of the audio',
	],
	[
		'an unknown Drive With',
		{ driveWith: 'video' as never },
		'Drive With',
		'must be Text, Audio URL or Audio From Binary, got "video"',
	],
	['model 3', { model: 3 }, 'Model', 'must be Basic, Pro or Cartoon, got 3'],
	['model "pro"', { model: 'pro' }, 'Model', 'must be Basic, Pro or Cartoon, got "pro"'],
	['no model', { model: undefined }, 'Model', 'must be Basic, Pro or Cartoon, got undefined'],
	[
		'a custom canvas without a width',
		{ canvas: 'custom', canvasHeight: 1920 },
		'Canvas Width',
		`must be a whole number from 1 to ${MAX_CANVAS_SIDE}, got undefined`,
	],
	[
		'an unknown canvas',
		{ canvas: 'square' },
		'Canvas',
		`must be Video's Own Size or Custom, got "square"`,
	],
	[
		'drive mode "loop"',
		{ options: { driveMode: 'loop' } },
		'Drive Mode',
		'must be Sequential or Random Frames, got "loop"',
	],
	[
		'backway 0',
		{ options: { backway: 0 } },
		'When Footage Runs Out',
		'must be Play Forward Again or Play Reversed, got 0',
	],
	['volume 0', { options: { volume: 0 } }, 'Volume', 'must be a whole number from 1 to 100, got 0'],
	[
		'volume 101',
		{ options: { volume: 101 } },
		'Volume',
		'must be a whole number from 1 to 100, got 101',
	],
	[
		'volume 50.5',
		{ options: { volume: 50.5 } },
		'Volume',
		'must be a whole number from 1 to 100, got 50.5',
	],
	[
		'a callback that is no URL',
		{ options: { callbackUrl: 'hook' } },
		'Callback URL',
		'must be an http:// or https:// URL, got "hook"',
	],
];

describe('customCanvasOf', () => {
	it("the video's own size: undefined (read from the file later), whatever width is left over", () => {
		expect(customCanvasOf(input())).toBeUndefined();
		expect(customCanvasOf(input({ canvasWidth: 0 }))).toBeUndefined();
	});

	it('Custom: Canvas Width and Height as whole numbers, written as text too', () => {
		expect(customCanvasOf(custom(1080, 1920))).toEqual({ width: 1080, height: 1920 });
		expect(customCanvasOf(custom(' 720 ', '1280'))).toEqual({ width: 720, height: 1280 });
	});

	it('Custom: 1 and the largest side are allowed', () => {
		expect(customCanvasOf(custom(1, MAX_CANVAS_SIDE))).toEqual({
			width: 1,
			height: MAX_CANVAS_SIDE,
		});
	});

	it.each([
		[0, 100, 'Canvas Width', '0'],
		[MAX_CANVAS_SIDE + 1, 100, 'Canvas Width', `${MAX_CANVAS_SIDE + 1}`],
		[1080.5, 100, 'Canvas Width', '1080.5'],
		['', 100, 'Canvas Width', '""'],
		['1e3', 100, 'Canvas Width', '"1e3"'],
		[-1, 100, 'Canvas Width', '-1'],
		[100, undefined, 'Canvas Height', 'undefined'],
		[100, null, 'Canvas Height', 'null'],
		[100, 0, 'Canvas Height', '0'],
	])('Custom %j × %j: %s refused', (width, height, field, shown) => {
		expect(customCanvasOf(custom(width, height))).toEqual({
			field,
			message: `must be a whole number from 1 to ${MAX_CANVAS_SIDE}, got ${shown}`,
		});
	});

	it('the width is named before the height when both are wrong', () => {
		expect(customCanvasOf(custom(0, 0))).toMatchObject({ field: 'Canvas Width' });
	});

	it("a canvas that is neither the video's own size nor Custom names both choices", () => {
		expect(customCanvasOf(input({ canvas: 'portrait' }))).toEqual({
			field: 'Canvas',
			message: `must be Video's Own Size or Custom, got "portrait"`,
		});
	});
});

describe('findLipSyncInputProblem', () => {
	it('the panel’s defaults with a script and a voice: no problem', () => {
		expect(findLipSyncInputProblem(input())).toBeUndefined();
	});

	it('every model of the panel, every option at its allowed ends: no problem', () => {
		expect(LIP_SYNC_MODELS).toEqual([0, 1, 2]);
		for (const model of LIP_SYNC_MODELS) {
			expect(findLipSyncInputProblem(input({ model }))).toBeUndefined();
		}
		for (const options of [
			{ driveMode: '', backway: 1, volume: 1, callbackUrl: '' },
			{ driveMode: 'random', backway: 2, volume: 100, callbackUrl: 'https://example.com/hook' },
			{ volume: ' 60 ', callbackUrl: '   ' },
		]) {
			expect(findLipSyncInputProblem(input({ options }))).toBeUndefined();
		}
	});

	it('footage by URL and speech from an audio file: no script or voice needed', () => {
		expect(
			findLipSyncInputProblem(
				input({
					videoSource: 'url',
					videoBinaryProperty: undefined,
					videoUrl: ' https://example.com/presenter.mov ',
					driveWith: 'audioUrl',
					audioUrl: 'https://example.com/voice.mp3',
					script: undefined,
					voice: undefined,
					speed: undefined,
					pitch: undefined,
				}),
			),
		).toBeUndefined();
	});

	it.each(PROBLEMS)('%s', (_what, extra, field, message) => {
		expect(findLipSyncInputProblem(input(extra))).toEqual({ field, message });
	});

	it('script, voice and rates are not checked when the speech comes from an audio file', () => {
		expect(
			findLipSyncInputProblem(
				input({
					driveWith: 'audioBinary',
					audioBinaryProperty: 'voice',
					script: '',
					voice: '',
					speed: 9,
				}),
			),
		).toBeUndefined();
	});

	it('the first problem wins, in the panel’s order: video, speech, model, canvas, options', () => {
		const everything: Partial<LipSyncInput> = {
			videoBinaryProperty: '',
			script: '',
			model: 9,
			canvas: 'custom',
			canvasWidth: 0,
			options: { volume: 0 },
		};
		const fields: string[] = [];
		let wrong = { ...everything };
		const fixes: Array<Partial<LipSyncInput>> = [
			{ videoBinaryProperty: 'data' },
			{ script: '你好' },
			{ model: 1 },
			{ canvasWidth: 1080, canvasHeight: 1920 },
			{ options: {} },
		];
		for (const fix of fixes) {
			fields.push(findLipSyncInputProblem(input(wrong))?.field ?? 'none');
			wrong = { ...wrong, ...fix };
		}
		fields.push(findLipSyncInputProblem(input(wrong))?.field ?? 'none');
		expect(fields).toEqual([
			'Video Binary Property',
			'Script',
			'Model',
			'Canvas Width',
			'Volume',
			'none',
		]);
	});
});

describe('the checks name fields as the Create panel does', () => {
	function displayNames(properties: INodeProperties[]): string[] {
		return properties.flatMap((property) => [
			property.displayName,
			...displayNames((property.options ?? []).filter((o): o is INodeProperties => 'type' in o)),
		]);
	}

	it('every field a problem names is a field of Lip Sync → Create', () => {
		const named = new Set([...PROBLEMS.map(([, , field]) => field), 'Canvas Height']);
		const panel = displayNames(createPanel);
		expect([...named].filter((field) => !panel.includes(field))).toEqual([]);
		expect(named.size).toBeGreaterThan(15);
	});

	/** A select of the panel (or of its Options): its option names and values. */
	function choicesOf(name: string): Array<{ name: string; value: unknown }> {
		const all = createPanel.flatMap((property) => [
			property,
			...((property.options ?? []).filter((o) => 'type' in o) as INodeProperties[]),
		]);
		const field = all.find((property) => property.name === name);
		return (field?.options ?? []) as Array<{ name: string; value: unknown }>;
	}

	/** Each select, how its value goes into the input, and what its value needs beside it. */
	const selects: Array<[string, string, (value: unknown) => Partial<LipSyncInput>]> = [
		[
			'videoSource',
			'Video Source',
			(value) => ({ videoSource: value as never, videoUrl: 'https://example.com/v.mp4' }),
		],
		[
			'driveWith',
			'Drive With',
			(value) => ({
				driveWith: value as never,
				audioUrl: 'https://example.com/a.mp3',
				audioBinaryProperty: 'audio',
			}),
		],
		['lipSyncModel', 'Model', (value) => ({ model: value })],
		[
			'canvas',
			'Canvas',
			(value) => ({ canvas: value as string, canvasWidth: 720, canvasHeight: 1280 }),
		],
		['driveMode', 'Drive Mode', (value) => ({ options: { driveMode: value } })],
		['backway', 'When Footage Runs Out', (value) => ({ options: { backway: value } })],
	];

	it.each(selects)(
		'%s: every value the panel offers passes; another is refused naming the panel’s choices',
		(name, field, set) => {
			const choices = choicesOf(name);
			expect(choices.length).toBeGreaterThan(1);
			for (const { value } of choices) {
				expect(findLipSyncInputProblem(input(set(value)))).toBeUndefined();
			}
			const names = choices.map((choice) => choice.name);
			const allowed = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
			expect(findLipSyncInputProblem(input(set('nonsense')))).toEqual({
				field,
				message: `must be ${allowed}, got "nonsense"`,
			});
		},
	);
});
