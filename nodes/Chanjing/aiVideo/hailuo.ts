/** Facts about MiniMax Hailuo 02 on Chanjing that the fields, checks and request share. */
export const HAILUO_02_MODEL_CODE = 'MiniMax-Hailuo-02';

export const ALLOWED_DURATIONS_S = [6, 10];

export const DEFAULT_CLARITY = 720;

/** The clarities (p) Hailuo 02 renders. */
export const ALLOWED_CLARITIES = [720, 1080];

/** Hailuo 02 renders its top clarity only for the short duration. */
export const TOP_CLARITY = 1080;
export const TOP_CLARITY_MAX_DURATION_S = 6;

export const MAX_PROMPT_CHARACTERS = 2000;

/** Frame images (MiniMax's Hailuo 02 limits): JPG/PNG/WebP under 20 MB, short side ≥ 300 px, 2:5..5:2. */
export const FRAME_MAX_BYTES = 20 * 1024 * 1024;
export const FRAME_MIN_SHORT_SIDE_PX = 300;
export const FRAME_MAX_ASPECT_RATIO = 5 / 2;
