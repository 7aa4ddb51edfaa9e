import { readGenerateInput, readModel } from '../../../../nodes/Chanjing/aiVideo/videoInput';
import { videoModel } from '../../../../nodes/Chanjing/aiVideo/videoModels';
import { itemContext } from '../../../helpers/item-context';

const FIRST = 'https://example.com/first.jpg';
const LAST = 'https://example.com/last.jpg';
const BODY = {
	ref_prompt: 'A puppy',
	clarity: '720',
	video_duration: 6,
	callback: 'https://n8n.example.com/hook',
	aspect_ratio: '16:9',
	quality_mode: 'pro',
};

describe('readModel', () => {
	it('a node saved before the Model choice is Hailuo 02', () => {
		expect(readModel(itemContext())).toBe(videoModel('MiniMax-Hailuo-02'));
	});

	it('an unknown model code is Hailuo 02 too', () => {
		expect(readModel(itemContext({ parameters: { model: 'gone' } }))).toBe(
			videoModel('MiniMax-Hailuo-02'),
		);
	});

	it('a documented model by its code', () => {
		expect(readModel(itemContext({ parameters: { model: 'tx_kling2.5' } }))).toBe(
			videoModel('tx_kling2.5'),
		);
	});

	it('Custom with its fields', () => {
		expect(
			readModel(
				itemContext({
					parameters: { model: 'custom', customModelCode: 'x-1', creationType: '4' },
				}),
			),
		).toEqual({ custom: true, code: 'x-1', creationType: '4', additionalBodyFields: '{}' });
	});
});

describe('readGenerateInput', () => {
	it('text to video: the routed fields from the body, no frames read', () => {
		const input = readGenerateInput(
			itemContext({ parameters: { mode: 'textToVideo', firstFrameUrl: FIRST } }),
			BODY,
		);

		expect(input).toEqual({
			model: videoModel('MiniMax-Hailuo-02'),
			mode: 'textToVideo',
			prompt: 'A puppy',
			firstFrameUrl: undefined,
			lastFrameUrl: undefined,
			firstFrameSource: undefined,
			lastFrameSource: undefined,
			firstFrameBinaryProperty: undefined,
			lastFrameBinaryProperty: undefined,
			sameImageAllowed: false,
			clarity: '720',
			duration: 6,
			callbackUrl: 'https://n8n.example.com/hook',
			frameFields: 'startEndFrame',
			aspectRatio: '16:9',
			qualityMode: 'pro',
		});
	});

	it('first and last frame from URLs (a node saved before Frame Source means URL)', () => {
		const input = readGenerateInput(
			itemContext({
				parameters: { mode: 'firstAndLastFrameToVideo', firstFrameUrl: FIRST, lastFrameUrl: LAST },
			}),
			BODY,
		);

		expect(input).toMatchObject({
			firstFrameSource: 'url',
			lastFrameSource: 'url',
			firstFrameUrl: FIRST,
			lastFrameUrl: LAST,
			firstFrameBinaryProperty: undefined,
		});
	});

	it('first frame only: the last frame is not read', () => {
		const input = readGenerateInput(
			itemContext({
				parameters: { mode: 'firstFrameToVideo', firstFrameUrl: FIRST, lastFrameUrl: LAST },
			}),
			BODY,
		);

		expect(input).toMatchObject({ firstFrameUrl: FIRST, lastFrameUrl: undefined });
		expect(input.lastFrameSource).toBeUndefined();
	});

	it('binary frames: their properties, "data" by default, no URLs', () => {
		const input = readGenerateInput(
			itemContext({
				parameters: {
					mode: 'firstAndLastFrameToVideo',
					firstFrameSource: 'binary',
					lastFrameSource: 'binary',
					lastFrameBinaryProperty: 'end',
					firstFrameUrl: FIRST,
				},
			}),
			BODY,
		);

		expect(input).toMatchObject({
			firstFrameSource: 'binary',
			lastFrameSource: 'binary',
			firstFrameBinaryProperty: 'data',
			lastFrameBinaryProperty: 'end',
			firstFrameUrl: undefined,
			lastFrameUrl: undefined,
		});
	});

	it('one image for both frames: always allowed on version 1, on version 2 only when asked', () => {
		expect(readGenerateInput(itemContext({ typeVersion: 1 }), BODY).sameImageAllowed).toBe(true);
		expect(readGenerateInput(itemContext({ typeVersion: 2 }), BODY).sameImageAllowed).toBe(false);
		expect(
			readGenerateInput(
				itemContext({ parameters: { options: { sameImageForBothFrames: true } } }),
				BODY,
			).sameImageAllowed,
		).toBe(true);
	});

	it('Send Frames As is Hailuo 02’s option; other models name their frames as their page does', () => {
		expect(
			readGenerateInput(itemContext({ parameters: { options: { frameFields: 'both' } } }), BODY)
				.frameFields,
		).toBe('both');
		expect(
			readGenerateInput(
				itemContext({
					parameters: { model: 'tx_kling-v2-1-master', options: { frameFields: 'both' } },
				}),
				BODY,
			).frameFields,
		).toBe('refImgUrl');
		expect(
			readGenerateInput(
				itemContext({ parameters: { model: 'custom', customModelCode: 'x' } }),
				BODY,
			).frameFields,
		).toBe('startEndFrame');
	});

	it('a Custom model has no Mode: text to video, whatever was left in the field', () => {
		const input = readGenerateInput(
			itemContext({
				parameters: { model: 'custom', mode: 'firstFrameToVideo', firstFrameUrl: FIRST },
			}),
			BODY,
		);

		expect(input).toMatchObject({ mode: 'textToVideo', firstFrameUrl: undefined });
	});
});
