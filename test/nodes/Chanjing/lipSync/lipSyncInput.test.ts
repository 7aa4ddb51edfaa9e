import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { description as createPanel } from '../../../../nodes/Chanjing/lipSync/create.operation';
import { readLipSyncInput } from '../../../../nodes/Chanjing/lipSync/lipSyncInput';
import { itemContext } from '../../../helpers/item-context';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/**
 * readLipSyncInput reads each parameter the panel shows for the item's choices, with the panel's
 * defaults, once, and never one it hides; values as entered (the checks and the body trim).
 */
const read = (parameters: Record<string, unknown>) => readLipSyncInput(itemContext({ parameters }));

/** The names readLipSyncInput asks the item for, in order. */
function namesRead(parameters: Record<string, unknown>): string[] {
	const context = itemContext({ parameters });
	const names: string[] = [];
	const spy = {
		...context,
		getNodeParameter: (name: string, fallback?: unknown, options?: unknown) => {
			names.push(name);
			return (context.getNodeParameter as (...a: unknown[]) => unknown)(name, fallback, options);
		},
	} as unknown as IExecuteSingleFunctions;
	readLipSyncInput(spy);
	return names;
}

describe('readLipSyncInput', () => {
	it('nothing set: binary footage in "data", a script, the Basic model, the video’s own size', () => {
		expect(read({})).toEqual({
			videoSource: 'binary',
			videoBinaryProperty: 'data',
			driveWith: 'text',
			script: '',
			voice: '',
			speed: 1,
			pitch: 1,
			model: 0,
			canvas: 'video',
			options: {},
		});
	});

	it('each fallback is the panel’s default of that parameter', () => {
		const panel = (name: string) =>
			(createPanel.find((p) => p.name === name) as INodeProperties).default;
		const input = read({ canvas: 'custom' });
		expect(input.videoSource).toBe(panel('videoSource'));
		expect(input.videoBinaryProperty).toBe(panel('videoBinaryProperty'));
		expect(input.driveWith).toBe(panel('driveWith'));
		expect(input.script).toBe(panel('script'));
		expect(input.speed).toBe(panel('speed'));
		expect(input.pitch).toBe(panel('pitch'));
		expect(input.model).toBe(panel('lipSyncModel'));
		expect(input.canvasWidth).toBe(panel('canvasWidth'));
		expect(input.canvasHeight).toBe(panel('canvasHeight'));
		expect(read({}).canvas).toBe(panel('canvas'));
		expect(read({ videoSource: 'url' }).videoUrl).toBe(panel('videoUrl'));
		expect(read({ driveWith: 'audioUrl' }).audioUrl).toBe(panel('audioUrl'));
		expect(read({ driveWith: 'audioBinary' }).audioBinaryProperty).toBe(
			panel('audioBinaryProperty'),
		);
	});

	it('footage by URL reads the URL as entered, and no binary property', () => {
		const input = read({
			videoSource: 'url',
			videoUrl: ' https://example.com/presenter.mov ',
			videoBinaryProperty: 'video',
		});
		expect(input.videoUrl).toBe(' https://example.com/presenter.mov ');
		expect(input).not.toHaveProperty('videoBinaryProperty');
	});

	it('binary footage reads its property as entered, and no URL', () => {
		const input = read({ videoBinaryProperty: ' clip ', videoUrl: 'https://example.com/v.mp4' });
		expect(input.videoBinaryProperty).toBe(' clip ');
		expect(input).not.toHaveProperty('videoUrl');
	});

	it('speech from a binary recording: its property ("audio" by default), no script or voice', () => {
		const input = read({ driveWith: 'audioBinary', script: 'Hi', voice: 'voice-1' });
		expect(input.audioBinaryProperty).toBe('audio');
		for (const hidden of ['script', 'voice', 'speed', 'pitch', 'audioUrl']) {
			expect(input).not.toHaveProperty(hidden);
		}
	});

	it('the model as n8n hands it over, a number or what an expression gave', () => {
		expect(read({ lipSyncModel: 2 }).model).toBe(2);
		expect(read({ lipSyncModel: 'pro' }).model).toBe('pro');
	});

	it('Custom canvas reads its width and height; the video’s own size reads neither', () => {
		expect(read({ canvas: 'custom', canvasWidth: 720, canvasHeight: '1280' })).toMatchObject({
			canvas: 'custom',
			canvasWidth: 720,
			canvasHeight: '1280',
		});
		const own = read({ canvas: 'video', canvasWidth: 720, canvasHeight: 1280 });
		expect(own).not.toHaveProperty('canvasWidth');
		expect(own).not.toHaveProperty('canvasHeight');
	});

	it('the canvas is read as text', () => {
		expect(read({ canvas: 7 }).canvas).toBe('7');
	});

	it('Options as given; options set to null are read as none', () => {
		const options = {
			driveMode: 'random',
			backway: 2,
			volume: 60,
			callbackUrl: ' https://e.com/h ',
		};
		expect(read({ options }).options).toEqual(options);
		expect(read({ options: null }).options).toEqual({});
	});

	it.each([
		[
			'binary footage, a script, the video’s size',
			{},
			[
				'videoSource',
				'canvas',
				'videoBinaryProperty',
				'driveWith',
				'script',
				'voice',
				'speed',
				'pitch',
				'lipSyncModel',
				'options',
			],
		],
		[
			'footage by URL, an audio URL, a custom canvas',
			{ videoSource: 'url', driveWith: 'audioUrl', canvas: 'custom' },
			[
				'videoSource',
				'canvas',
				'videoUrl',
				'driveWith',
				'audioUrl',
				'lipSyncModel',
				'canvasWidth',
				'canvasHeight',
				'options',
			],
		],
	])('%s: each shown parameter read once, no hidden one', (_what, parameters, expected) => {
		const names = namesRead(parameters);
		expect([...names].sort()).toEqual([...expected].sort());
	});

	it('in n8n-core’s item context, the Voice locator is read as its value', () => {
		const { context } = chanjingSingleContext(
			{ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
			0,
			undefined,
			{
				parameters: {
					resource: 'lipSync',
					operation: 'create',
					script: '你好',
					voice: { __rl: true, mode: 'id', value: ' voice-1 ' },
					lipSyncModel: 1,
				},
			},
		);
		expect(readLipSyncInput(context)).toMatchObject({
			driveWith: 'text',
			script: '你好',
			voice: ' voice-1 ',
			model: 1,
		});
	});
});
