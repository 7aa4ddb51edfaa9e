import { readAvatarVideoInput } from '../../../../nodes/Chanjing/avatarVideo/videoInput';
import { itemContext } from '../../../helpers/item-context';

/**
 * readAvatarVideoInput reads each parameter the panel shows for the item's choices, with the
 * panel's defaults, and never one it hides. (The resource locators arrive as n8n extracts them:
 * their values.)
 */
const read = (parameters: Record<string, unknown>) =>
	readAvatarVideoInput(itemContext({ parameters }));

describe('readAvatarVideoInput', () => {
	it('nothing set: text drive, portrait canvas, colour background, no subtitles, 1080p', () => {
		expect(read({})).toEqual({
			avatar: '',
			figureType: '',
			driveWith: 'text',
			script: '',
			voice: '',
			speed: 1,
			pitch: 1,
			canvas: 'portrait',
			background: 'color',
			backgroundColor: '#EDEDED',
			subtitles: false,
			subtitle: {},
			resolution: 0,
			options: {},
		});
	});

	it('text drive reads the script, voice, speed and pitch as given, and no audio field', () => {
		const input = read({
			avatar: 'dp-1',
			voice: 'voice-2',
			script: 'Hi',
			speed: 1.5,
			pitch: 0.9,
			audioUrl: 'https://example.com/a.mp3',
			audioBinaryProperty: 'voice',
		});
		expect(input).toMatchObject({
			avatar: 'dp-1',
			voice: 'voice-2',
			script: 'Hi',
			speed: 1.5,
			pitch: 0.9,
		});
		expect(input).not.toHaveProperty('audioUrl');
		expect(input).not.toHaveProperty('audioBinaryProperty');
	});

	it('audio URL drive reads only the URL of the drive fields', () => {
		const input = read({
			driveWith: 'audioUrl',
			audioUrl: 'https://example.com/a.mp3',
			script: 'Hi',
			voice: 'v',
		});
		expect(input.audioUrl).toBe('https://example.com/a.mp3');
		for (const hidden of ['script', 'voice', 'speed', 'pitch', 'audioBinaryProperty']) {
			expect(input).not.toHaveProperty(hidden);
		}
	});

	it('binary audio drive reads its property, "data" by default', () => {
		expect(read({ driveWith: 'audioBinary' }).audioBinaryProperty).toBe('data');
		expect(read({ driveWith: 'audioBinary', audioBinaryProperty: 'voice' })).toMatchObject({
			audioBinaryProperty: 'voice',
		});
	});

	it('Custom canvas reads its width and height (1080×1920 by default); a preset reads neither', () => {
		expect(read({ canvas: 'custom' })).toMatchObject({ canvasWidth: 1080, canvasHeight: 1920 });
		expect(read({ canvas: 'custom', canvasWidth: 720, canvasHeight: 1280 })).toMatchObject({
			canvasWidth: 720,
			canvasHeight: 1280,
		});
		const preset = read({ canvas: 'landscape', canvasWidth: 720 });
		expect(preset.canvas).toBe('landscape');
		expect(preset).not.toHaveProperty('canvasWidth');
	});

	it('the background image URL or binary property only for that background', () => {
		expect(
			read({ background: 'imageUrl', backgroundImageUrl: 'https://e.com/b.jpg' }),
		).toMatchObject({
			backgroundImageUrl: 'https://e.com/b.jpg',
		});
		expect(read({ background: 'imageBinary' })).toMatchObject({ backgroundBinaryProperty: 'data' });
		const color = read({
			backgroundImageUrl: 'https://e.com/b.jpg',
			backgroundBinaryProperty: 'x',
		});
		expect(color).not.toHaveProperty('backgroundImageUrl');
		expect(color).not.toHaveProperty('backgroundBinaryProperty');
	});

	it('Subtitle Options only with subtitles on; only true turns them on', () => {
		const options = { color: '#000000', x: 5 };
		expect(read({ subtitles: true, subtitleOptions: options })).toMatchObject({
			subtitles: true,
			subtitle: options,
		});
		expect(read({ subtitles: 'true', subtitleOptions: options })).toMatchObject({
			subtitles: false,
			subtitle: {},
		});
	});

	it('Options as given; options set to null are read as none', () => {
		const options = { quality: 1, callbackUrl: 'https://example.com/h' };
		expect(read({ options }).options).toEqual(options);
		expect(read({ options: null }).options).toEqual({});
	});
});
