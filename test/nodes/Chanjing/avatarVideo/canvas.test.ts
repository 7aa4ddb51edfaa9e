import {
	avatarBox,
	offCanvas,
	recommendedSubtitleBox,
} from '../../../../nodes/Chanjing/avatarVideo/canvas';

/** Where the avatar and the subtitles go on the canvas. */
describe('recommendedSubtitleBox', () => {
	it("Chanjing's 1080p box on the 1080×1920 canvas and on larger canvases without 4K (VC)", () => {
		const box = { x: 31, y: 1521, width: 1000, height: 200, fontSize: 64 };
		expect(recommendedSubtitleBox({ width: 1080, height: 1920 }, false)).toEqual(box);
		expect(recommendedSubtitleBox({ width: 2160, height: 3840 }, false)).toEqual(box);
		expect(recommendedSubtitleBox({ width: 1080, height: 1920 }, true)).toEqual(box);
	});

	it("Chanjing's 4K box for 4K output on a canvas at least 2160×3840 (VC create_task's rule)", () => {
		expect(recommendedSubtitleBox({ width: 2160, height: 3840 }, true)).toEqual({
			x: 80,
			y: 2840,
			width: 2000,
			height: 1000,
			fontSize: 150,
		});
	});

	it('on a landscape canvas the 1080p box scaled to it, so that it stays on the canvas', () => {
		const canvas = { width: 1920, height: 1080 };
		const box = recommendedSubtitleBox(canvas, false);
		expect(box).toEqual({ x: 55, y: 856, width: 1778, height: 113, fontSize: 36 });
		expect(offCanvas(box, canvas)).toBeUndefined();
	});
});

describe('avatarBox', () => {
	it('a figure of the canvas’s shape fills it, as Chanjing’s script sends it', () => {
		expect(avatarBox({ width: 1080, height: 1920 }, { width: 1080, height: 1920 })).toEqual({
			x: 0,
			y: 0,
			width: 1080,
			height: 1920,
		});
	});

	it('a standing figure on a landscape canvas: fitted, centred across, on the bottom edge', () => {
		expect(avatarBox({ width: 1920, height: 1080 }, { width: 1080, height: 1920 })).toEqual({
			x: 656,
			y: 0,
			width: 608,
			height: 1080,
		});
		expect(avatarBox({ width: 1080, height: 1920 }, { width: 1080, height: 1080 })).toEqual({
			x: 0,
			y: 840,
			width: 1080,
			height: 1080,
		});
	});

	it('a circle figure is centred both ways; an unknown size fills the canvas', () => {
		expect(avatarBox({ width: 1080, height: 1920 }, { width: 1080, height: 1080 }, true)).toEqual({
			x: 0,
			y: 420,
			width: 1080,
			height: 1080,
		});
		expect(avatarBox({ width: 1920, height: 1080 }, {})).toEqual({
			x: 0,
			y: 0,
			width: 1920,
			height: 1080,
		});
	});
});
