import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { envelope, expectSubmit } from '../../../helpers/chanjing-api';
import { expectUpload, itemWith, useFastUploads } from '../../../helpers/file-api';
import { expectGenerateBody, expectStoppedBeforeSubmit } from '../../../helpers/generate';
import { runChanjing, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../../nodes/Chanjing/aiCreation/paths';

/**
 * The video models (videoModels.ts) as Chanjing receives them: Video → Generate on node version
 * 2, one request per model and mode, as each model's page on doc.chanjing.cc names the fields
 * (see shared/models.ts for the sources). The bodies below are written from those pages, not
 * from the node.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngImage } = require('../../../helpers/images');

const V2 = { typeVersion: 2 };
const PROMPT = 'A paper boat drifts down a rainy street';
const START = 'https://example.com/start.jpg';
const END = 'https://example.com/end.jpg';

function video(model: string, parameters: Record<string, unknown> = {}) {
	return {
		resource: 'video',
		operation: 'generate',
		model,
		prompt: PROMPT,
		...parameters,
	};
}

function without(body: Record<string, unknown>, key: string): Record<string, unknown> {
	return Object.fromEntries(Object.entries(body).filter(([name]) => name !== key));
}

const expectBody = (parameters: INodeParameters, body: Record<string, unknown>) =>
	expectGenerateBody(parameters, body, V2);

describe('Video → Generate (version 2): the body each model receives', () => {
	describe('MiniMax Hailuo 02 (the default model)', () => {
		it('sends what version 1 sends: no aspect_ratio, no quality_mode', async () => {
			await expectBody(
				{ resource: 'video', operation: 'generate', prompt: PROMPT },
				{
					creation_type: 4,
					model_code: 'MiniMax-Hailuo-02',
					ref_prompt: PROMPT,
					clarity: 720,
					video_duration: 6,
				},
			);
		});
	});

	describe('Doubao Seedance 1.0 Lite', () => {
		const base = {
			creation_type: 4,
			model_code: 'Doubao-Seedance-1.0-lite-i2v',
			ref_prompt: PROMPT,
			clarity: 1080,
			video_duration: 5,
			aspect_ratio: '9:16',
		};
		it('text to video: the page defaults (1080, 9:16) and the example duration 5', async () => {
			await expectBody(video('Doubao-Seedance-1.0-lite-i2v'), base);
		});
		it('first frame: start_frame', async () => {
			await expectBody(
				video('Doubao-Seedance-1.0-lite-i2v', {
					mode: 'firstFrameToVideo',
					firstFrameUrl: START,
					aspectRatio: '16:9',
					clarity: 720,
					videoDuration: 10,
				}),
				{ ...base, clarity: 720, video_duration: 10, aspect_ratio: '16:9', start_frame: START },
			);
		});
		it('first and last frame: start_frame and end_frame', async () => {
			await expectBody(
				video('Doubao-Seedance-1.0-lite-i2v', {
					mode: 'firstAndLastFrameToVideo',
					firstFrameUrl: START,
					lastFrameUrl: END,
				}),
				{ ...base, start_frame: START, end_frame: END },
			);
		});
	});

	describe('Kling 2.5 (Tencent)', () => {
		const base = {
			creation_type: 4,
			model_code: 'tx_kling2.5',
			ref_prompt: PROMPT,
			clarity: 1080,
			video_duration: 5,
			aspect_ratio: '16:9',
			quality_mode: 'pro',
		};
		it('text to video with the page example values', async () => {
			await expectBody(video('tx_kling2.5'), base);
		});
		it('first and last frame as start_frame/end_frame; Quality Mode "Not Sent" leaves it out', async () => {
			await expectBody(
				video('tx_kling2.5', {
					mode: 'firstAndLastFrameToVideo',
					firstFrameUrl: START,
					lastFrameUrl: END,
					qualityMode: '',
				}),
				{ ...without(base, 'quality_mode'), start_frame: START, end_frame: END },
			);
		});
		it('a prompt that resolves to nothing is not sent (the page: Chanjing uses its default)', async () => {
			await expectBody(video('tx_kling2.5', { prompt: '={{ "" }}' }), without(base, 'ref_prompt'));
		});
	});

	describe('Kling v2.1 Master (Tencent): frames as ref_img_url', () => {
		const base = {
			creation_type: 4,
			model_code: 'tx_kling-v2-1-master',
			ref_prompt: PROMPT,
			clarity: 1080,
			video_duration: 5,
			aspect_ratio: '9:16',
			quality_mode: 'pro',
		};
		it('text to video', async () => {
			await expectBody(video('tx_kling-v2-1-master'), base);
		});
		it('first frame: ref_img_url [first]', async () => {
			await expectBody(
				video('tx_kling-v2-1-master', { mode: 'firstFrameToVideo', firstFrameUrl: START }),
				{ ...base, ref_img_url: [START] },
			);
		});
		it('first and last frame: ref_img_url [first, last], as the page example', async () => {
			await expectBody(
				video('tx_kling-v2-1-master', {
					mode: 'firstAndLastFrameToVideo',
					firstFrameUrl: START,
					lastFrameUrl: END,
				}),
				{ ...base, ref_img_url: [START, END] },
			);
		});
	});

	describe('Kling v2.5 Turbo: no clarity, aspect ratio for text to video only', () => {
		const base = {
			creation_type: 4,
			model_code: 'kling-v2-5-turbo-normal',
			ref_prompt: PROMPT,
			video_duration: 5,
			quality_mode: 'std',
		};
		it('text to video: aspect_ratio and quality_mode std', async () => {
			await expectBody(video('kling-v2-5-turbo-normal'), { ...base, aspect_ratio: '16:9' });
		});
		it('first frame: ref_img_url [first], no aspect_ratio', async () => {
			await expectBody(
				video('kling-v2-5-turbo-normal', {
					mode: 'firstFrameToVideo',
					firstFrameUrl: START,
					qualityMode: 'pro',
				}),
				{ ...base, quality_mode: 'pro', ref_img_url: [START] },
			);
		});
	});

	describe('Custom', () => {
		it('sends the model code, the creation type and the JSON fields, last', async () => {
			await expectBody(
				video('custom', {
					customModelCode: ' Doubao-Seedance-1.0-pro ',
					additionalBodyFields: '{ "video_duration": 5, "aspect_ratio": "16:9", "style": "anime" }',
				}),
				{
					creation_type: 4,
					model_code: 'Doubao-Seedance-1.0-pro',
					ref_prompt: PROMPT,
					video_duration: 5,
					aspect_ratio: '16:9',
					style: 'anime',
				},
			);
		});
	});
});

describe('Video → Generate (version 2): bad values stopped before any request', () => {
	it.each([
		[
			'a Quality Mode the page does not state (Kling v2.5 Turbo: std or pro)',
			video('kling-v2-5-turbo-normal', { qualityMode: '={{ "ultra" }}' }),
			/^Quality Mode must be Standard or Pro for Kling v2\.5 Turbo, got "ultra"/,
		],
		[
			'a mode the model does not offer',
			video('kling-v2-5-turbo-normal', {
				mode: 'firstAndLastFrameToVideo',
				firstFrameUrl: START,
				lastFrameUrl: END,
			}),
			/^Mode "firstAndLastFrameToVideo" is not available for Kling v2\.5 Turbo; choose Text to Video or First Frame to Video/,
		],
		[
			'a duration that is not a whole number of seconds',
			video('Doubao-Seedance-1.0-lite-i2v', { videoDuration: 4.5 }),
			/^Duration \(Seconds\) must be a whole number of seconds, got 4\.5/,
		],
		[
			'a clarity that is not a number (the page gives 720 and 1080 as examples)',
			video('tx_kling2.5', { clarity: '={{ "hd" }}' }),
			/^Clarity must be a whole number \(e\.g\. 720p or 1080p\), got "hd"/,
		],
		[
			'a prompt that resolves to nothing where the page requires one',
			video('Doubao-Seedance-1.0-lite-i2v', { prompt: '={{ " " }}' }),
			/^Prompt is empty/,
		],
		[
			'a Custom model whose code resolves to nothing',
			video('custom', { customModelCode: '={{ "" }}' }),
			/^Model Code is empty/,
		],
		[
			'Additional Body Fields that are not JSON',
			video('custom', { customModelCode: 'x-1', additionalBodyFields: '{ video_duration: 5 }' }),
			/^Additional Body Fields \(JSON\) is not valid JSON/,
		],
		[
			'Additional Body Fields that set model_code',
			video('custom', { customModelCode: 'x-1', additionalBodyFields: '{ "model_code": "y" }' }),
			/^Additional Body Fields \(JSON\) must not contain "model_code"/,
		],
		[
			'a Creation Type that is not a whole number',
			video('custom', { customModelCode: 'x-1', creationType: '={{ "video" }}' }),
			/^Creation Type must be a whole number/,
		],
	])('%s', async (_name, parameters, message) => {
		await expectStoppedBeforeSubmit(parameters, message, V2);
	});

	it('an unstated value of the right kind is let through (aspect ratio 21:9 on Seedance)', async () => {
		const scope = nock(TEST_BASE_URL)
			.post(SUBMIT_PATH, (body) => body.aspect_ratio === '21:9')
			.reply(200, envelope(0, 'creation-2'));
		const { error } = await runChanjing({
			parameters: video('Doubao-Seedance-1.0-lite-i2v', { aspectRatio: '={{ "21:9" }}' }),
			node: V2,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('Video → Generate (version 2): binary frames of models other than Hailuo 02', () => {
	useFastUploads();

	it("are held to no size rule of Hailuo 02's (their pages state none): a 200×200 frame is sent", async () => {
		const small = pngImage(200, 200);
		const upload = expectUpload({ bytes: small, ext: 'png', mimeType: 'image/png', fileId: 'v-1' });
		const submit = expectSubmit({
			creation_type: 4,
			model_code: 'kling-v2-5-turbo-normal',
			ref_prompt: PROMPT,
			video_duration: 5,
			quality_mode: 'std',
			ref_img_url: [upload.fullPath],
		});

		const { error } = await runChanjing({
			parameters: video('kling-v2-5-turbo-normal', {
				mode: 'firstFrameToVideo',
				firstFrameSource: 'binary',
			}),
			inputItems: [itemWith({ data: small })],
			node: V2,
		});

		expect(error).toBeUndefined();
		for (const scope of [upload.create, upload.put, upload.detail, submit])
			expect(scope.isDone()).toBe(true);
	});

	it('while Hailuo 02 refuses the same frame before any upload', async () => {
		const { error } = await runChanjing({
			parameters: video('MiniMax-Hailuo-02', {
				mode: 'firstFrameToVideo',
				firstFrameSource: 'binary',
			}),
			inputItems: [itemWith({ data: pngImage(200, 200) })],
			node: V2,
		});

		expect(error?.message).toMatch(/needs the short side to be at least 300 px/);
	});
});
