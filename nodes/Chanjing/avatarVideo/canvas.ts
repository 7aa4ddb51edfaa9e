/**
 * The video's canvas and what is placed on it: the size presets, the avatar's box and the
 * subtitles' recommended box. Pure functions; coordinates are pixels from the top-left corner.
 */

export interface Size {
	width: number;
	height: number;
}

export interface Box extends Size {
	x: number;
	y: number;
}

/** Canvas presets: Chanjing's default 1080×1920 [VC] and the usual landscape and 4K sizes. */
export const CANVAS_PRESETS: Record<string, Size & { name: string }> = {
	portrait: { name: 'Portrait 9:16 (1080×1920)', width: 1080, height: 1920 },
	landscape: { name: 'Landscape 16:9 (1920×1080)', width: 1920, height: 1080 },
	portrait4k: { name: 'Portrait 9:16 4K (2160×3840)', width: 2160, height: 3840 },
	landscape4k: { name: 'Landscape 16:9 4K (3840×2160)', width: 3840, height: 2160 },
};

/**
 * Chanjing's recommended subtitle boxes ("官方推荐默认值", VC reference and create_task): for 1080p
 * (x 31, y 1521, width 1000, height 200, font size 64) and for 4K (80, 2840, 2000, 1000, 150).
 */
export const SUBTITLE_1080P = { x: 31, y: 1521, width: 1000, height: 200, fontSize: 64 };
export const SUBTITLE_4K = { x: 80, y: 2840, width: 2000, height: 1000, fontSize: 150 };
export const SUBTITLE_STROKE_WIDTH = 7;
export const SUBTITLE_COLOR = '#FFFFFF';

/**
 * The subtitle box and font size Chanjing recommends for this canvas: the 4K box for 4K output on
 * a canvas at least 2160×3840 (VC create_task's rule), the 1080p box on a canvas at least
 * 1080×1920; on a smaller or landscape canvas, where Chanjing's box would leave it, the 1080p box
 * scaled to the canvas (the node's own choice: the same margins, in proportion).
 */
export function recommendedSubtitleBox(canvas: Size, uhd: boolean): Box & { fontSize: number } {
	if (uhd && canvas.width >= 2160 && canvas.height >= 3840) return { ...SUBTITLE_4K };
	if (canvas.width >= 1080 && canvas.height >= 1920) return { ...SUBTITLE_1080P };
	const sx = canvas.width / 1080;
	const sy = canvas.height / 1920;
	return {
		x: Math.round(SUBTITLE_1080P.x * sx),
		y: Math.round(SUBTITLE_1080P.y * sy),
		width: Math.round(SUBTITLE_1080P.width * sx),
		height: Math.round(SUBTITLE_1080P.height * sy),
		fontSize: Math.max(12, Math.round(SUBTITLE_1080P.fontSize * Math.min(sx, sy))),
	};
}

/**
 * Where the avatar goes: its figure scaled to fit the canvas, centred across, standing on the
 * bottom edge (a circle figure centred both ways). A figure of the canvas's own shape fills it,
 * which is what Chanjing's script sends (0, 0, figure width and height). Without a known figure
 * size the avatar fills the canvas.
 */
export function avatarBox(canvas: Size, figure: Partial<Size>, circle = false): Box {
	const fw = Number(figure.width);
	const fh = Number(figure.height);
	if (!(fw > 0 && fh > 0)) return { x: 0, y: 0, ...canvas };
	const scale = Math.min(canvas.width / fw, canvas.height / fh);
	const width = Math.round(fw * scale);
	const height = Math.round(fh * scale);
	const x = Math.round((canvas.width - width) / 2);
	const y = circle ? Math.round((canvas.height - height) / 2) : canvas.height - height;
	return { x, y, width, height };
}

/** Which edge of the canvas a box leaves, if any. */
export function offCanvas(box: Box, canvas: Size): 'across' | 'down' | undefined {
	if (box.x < 0 || box.x + box.width > canvas.width) return 'across';
	if (box.y < 0 || box.y + box.height > canvas.height) return 'down';
	return undefined;
}
