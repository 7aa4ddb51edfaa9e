import type { AvatarPlan } from '../../../../nodes/Chanjing/avatarVideo/avatarChecks';
import {
	avatarBox,
	SUBTITLE_1080P,
	SUBTITLE_COLOR,
	SUBTITLE_STROKE_WIDTH,
} from '../../../../nodes/Chanjing/avatarVideo/canvas';
import { avatarVideoBody } from '../../../../nodes/Chanjing/avatarVideo/videoBody';
import type { AvatarVideoInput } from '../../../../nodes/Chanjing/avatarVideo/videoInput';

/**
 * avatarVideoBody: the create_video body from a checked input, the avatar's plan, the canvas, the
 * subtitle box and the uploaded file IDs. (The whole preSend, prepareAvatarVideo, with its lists
 * and uploads on the wire: create.operation.test.ts.)
 */
const CANVAS = { width: 1080, height: 1920 };

function input(extra: Partial<AvatarVideoInput> = {}): AvatarVideoInput {
	return {
		avatar: 'dp-1',
		figureType: '',
		driveWith: 'text',
		script: '你好',
		voice: ' voice-1 ',
		speed: '1.2',
		pitch: 0.8,
		canvas: 'portrait',
		background: 'color',
		backgroundColor: ' #102030 ',
		subtitles: false,
		subtitle: {},
		resolution: '0',
		options: {},
		...extra,
	};
}

const PLAN: AvatarPlan = {
	id: 'dp-1',
	figureType: 'whole_body',
	figure: { width: 540, height: 960 },
	circle: false,
};

describe('avatarVideoBody', () => {
	it('text drive with the defaults: tts with the script in one string, Chanjing’s defaults for every option', () => {
		expect(avatarVideoBody(input(), PLAN, CANVAS, undefined, {})).toEqual({
			person: { id: 'dp-1', ...avatarBox(CANVAS, PLAN.figure), figure_type: 'whole_body' },
			audio: {
				type: 'tts',
				volume: 100,
				language: 'cn',
				tts: { text: ['你好'], speed: 1.2, audio_man: 'voice-1', pitch: 0.8 },
			},
			bg_color: '#102030',
			screen_width: 1080,
			screen_height: 1920,
			model: 0,
			backway: 1,
			add_compliance_watermark: false,
			compliance_watermark_position: 0,
			resolution_rate: 0,
			subtitle_config: { show: false },
		});
	});

	it('the avatar’s box is its figure fitted to the canvas (a circle centred)', () => {
		const circle = {
			...PLAN,
			figureType: 'circle_view',
			figure: { width: 500, height: 500 },
			circle: true,
		};
		const body = avatarVideoBody(input(), circle, CANVAS, undefined, {});
		expect(body.person).toEqual({
			id: 'dp-1',
			...avatarBox(CANVAS, circle.figure, true),
			figure_type: 'circle_view',
		});
	});

	it('a custom avatar: no figure_type, and source only when the plan has one', () => {
		const plan: AvatarPlan = { id: 'C-1', figure: {}, circle: false };
		const api = avatarVideoBody(input(), plan, CANVAS, undefined, {});
		expect(api.person).toEqual({ id: 'C-1', x: 0, y: 0, width: 1080, height: 1920 });
		expect(api).not.toHaveProperty('source');
		expect(avatarVideoBody(input(), { ...plan, source: 1 }, CANVAS, undefined, {}).source).toBe(1);
	});

	it('an audio URL, trimmed, with the volume and language given as text', () => {
		const body = avatarVideoBody(
			input({
				driveWith: 'audioUrl',
				audioUrl: ' https://example.com/a.mp3 ',
				options: { volume: '80', language: 'en' },
			}),
			PLAN,
			CANVAS,
			undefined,
			{},
		);
		expect(body.audio).toEqual({
			type: 'audio',
			volume: 80,
			language: 'en',
			wav_url: 'https://example.com/a.mp3',
		});
	});

	it('uploaded audio and background are sent by file ID, the background covering the canvas', () => {
		const canvas = { width: 1920, height: 1080 };
		const body = avatarVideoBody(
			input({ driveWith: 'audioBinary', background: 'imageBinary' }),
			PLAN,
			canvas,
			undefined,
			{ audioFileId: 'file-a', backgroundFileId: 'file-b' },
		);
		expect(body.audio).toEqual({ type: 'audio', volume: 100, language: 'cn', file_id: 'file-a' });
		expect(body.bg).toEqual({ file_id: 'file-b', x: 0, y: 0, ...canvas });
	});

	it('a background image URL, trimmed; a colour background sends no bg', () => {
		const body = avatarVideoBody(
			input({ background: 'imageUrl', backgroundImageUrl: ' https://example.com/bg.png ' }),
			PLAN,
			CANVAS,
			undefined,
			{},
		);
		expect(body.bg).toEqual({ src_url: 'https://example.com/bg.png', x: 0, y: 0, ...CANVAS });
		expect(avatarVideoBody(input(), PLAN, CANVAS, undefined, {})).not.toHaveProperty('bg');
	});

	it('subtitles: the box, the default colour and stroke width, no blank stroke colour or font', () => {
		const box = { ...SUBTITLE_1080P };
		const body = avatarVideoBody(
			input({ subtitles: true, subtitle: { strokeColor: ' ', fontId: '' } }),
			PLAN,
			CANVAS,
			box,
			{},
		);
		expect(body.subtitle_config).toEqual({
			show: true,
			x: box.x,
			y: box.y,
			width: box.width,
			height: box.height,
			font_size: box.fontSize,
			color: SUBTITLE_COLOR,
			stroke_width: SUBTITLE_STROKE_WIDTH,
			asr_type: 0,
		});
	});

	it('subtitles with the user’s colour, stroke and font, trimmed; stroke width 0 is kept', () => {
		const box = { x: 1, y: 2, width: 3, height: 4, fontSize: 5 };
		const body = avatarVideoBody(
			input({
				subtitles: true,
				subtitle: {
					color: ' #111111 ',
					strokeColor: ' #222222 ',
					strokeWidth: '0',
					fontId: ' f-9 ',
				},
			}),
			PLAN,
			CANVAS,
			box,
			{},
		);
		expect(body.subtitle_config).toEqual({
			show: true,
			x: 1,
			y: 2,
			width: 3,
			height: 4,
			font_size: 5,
			color: '#111111',
			stroke_color: '#222222',
			stroke_width: 0,
			font_id: 'f-9',
			asr_type: 0,
		});
	});

	it('every option as Chanjing takes it: numbers, drive_mode only when random, the callback trimmed', () => {
		const body = avatarVideoBody(
			input({
				resolution: 1,
				options: {
					quality: '1',
					backway: 2,
					driveMode: 'random',
					complianceWatermark: true,
					watermarkPosition: '2',
					callbackUrl: ' https://example.com/hook ',
				},
			}),
			PLAN,
			CANVAS,
			undefined,
			{},
		);
		expect(body).toMatchObject({
			model: 1,
			backway: 2,
			drive_mode: 'random',
			add_compliance_watermark: true,
			compliance_watermark_position: 2,
			resolution_rate: 1,
			callback: 'https://example.com/hook',
		});
	});

	it('Sequential drive, a watermark flag that is not true and a blank callback are left out or false', () => {
		const body = avatarVideoBody(
			input({ options: { driveMode: '', complianceWatermark: 'true', callbackUrl: '  ' } }),
			PLAN,
			CANVAS,
			undefined,
			{},
		);
		expect(body).not.toHaveProperty('drive_mode');
		expect(body).not.toHaveProperty('callback');
		expect(body.add_compliance_watermark).toBe(false);
	});
});
