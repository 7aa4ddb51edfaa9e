/**
 * One submit body per model, with the example values of its documentation page as Chanjing's
 * pages give them (Hailuo 02, Seedance 1.0 Lite and Seedream 3.0 as on the page; the others with
 * the example values the model catalogue records, and prompts and reference URLs of our own where
 * it records none). Not a test file.
 */
const RES = 'https://res.chanjing.cc/chanjing/res/aigc_creation/photo';

export const START = `${RES}/start.jpg`;
export const END = `${RES}/end.jpg`;

export const PAGE_EXAMPLES: Record<string, Record<string, unknown>> = {
	'MiniMax-Hailuo-02': {
		start_frame: START,
		end_frame: END,
		ref_prompt: '小狗在草地上奔跑,镜头跟随,阳光自然',
		creation_type: 4,
		clarity: 720,
		video_duration: 6,
		model_code: 'MiniMax-Hailuo-02',
	},
	'Doubao-Seedance-1.0-lite-i2v': {
		start_frame: START,
		end_frame: END,
		ref_prompt: '女孩在花海中转身微笑,镜头缓慢推进,柔和日光',
		creation_type: 4,
		aspect_ratio: '9:16',
		clarity: 1080,
		video_duration: 5,
		model_code: 'Doubao-Seedance-1.0-lite-i2v',
	},
	'tx_kling2.5': {
		start_frame: START,
		ref_prompt: '海浪拍打礁石,慢动作',
		creation_type: 4,
		aspect_ratio: '16:9',
		clarity: 1080,
		quality_mode: 'pro',
		video_duration: 5,
		model_code: 'tx_kling2.5',
	},
	'tx_kling-v2-1-master': {
		ref_img_url: ['start.jpg', 'end.jpg'],
		ref_prompt: '城市夜景延时摄影',
		creation_type: 4,
		aspect_ratio: '9:16',
		clarity: 1080,
		quality_mode: 'pro',
		video_duration: 5,
		model_code: 'tx_kling-v2-1-master',
	},
	'kling-v2-5-turbo-normal': {
		ref_img_url: [],
		ref_prompt: '一只猫在窗台上伸懒腰',
		creation_type: 4,
		aspect_ratio: '16:9',
		quality_mode: 'std',
		video_duration: 5,
		model_code: 'kling-v2-5-turbo-normal',
	},
	'doubao-seedream-3.0-t2i': {
		ref_prompt: '赛博朋克城市夜景,霓虹灯,雨夜,电影镜头',
		creation_type: 3,
		aspect_ratio: '16:9',
		clarity: 2048,
		number_of_images: 1,
		model_code: 'doubao-seedream-3.0-t2i',
	},
	'doubao-seedream-4.0': {
		ref_img_url: [`${RES}/ref.jpg`],
		ref_prompt: '水彩风格的山间小屋',
		creation_type: 3,
		aspect_ratio: '1:1',
		clarity: 2048,
		number_of_images: 2,
		model_code: 'doubao-seedream-4.0',
	},
	'kling-v2-1': {
		ref_img_url: [`${RES}/ref.jpg`],
		ref_prompt: '一杯拿铁咖啡,俯拍,自然光',
		creation_type: 3,
		aspect_ratio: '3:4',
		clarity: 1024,
		number_of_images: 1,
		model_code: 'kling-v2-1',
	},
	'wan2.2-t2i': {
		ref_prompt: '雪山下的湖泊,清晨薄雾',
		creation_type: 3,
		aspect_ratio: '1:1',
		quality_mode: 'std',
		number_of_images: 4,
		model_code: 'wan2.2-t2i',
	},
};

/** The example body of `model` with `overrides` (an `undefined` value removes the field). */
export function exampleOf(
	model: string,
	overrides: Record<string, unknown> = {},
): Record<string, unknown> {
	const body: Record<string, unknown> = { ...PAGE_EXAMPLES[model], ...overrides };
	for (const [k, v] of Object.entries(body)) if (v === undefined) delete body[k];
	return body;
}

export const VIDEO_MODELS = [
	'MiniMax-Hailuo-02',
	'Doubao-Seedance-1.0-lite-i2v',
	'tx_kling2.5',
	'tx_kling-v2-1-master',
	'kling-v2-5-turbo-normal',
];
export const IMAGE_MODELS = [
	'doubao-seedream-3.0-t2i',
	'doubao-seedream-4.0',
	'kling-v2-1',
	'wan2.2-t2i',
];
