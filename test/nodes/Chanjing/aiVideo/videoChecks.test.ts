import { WorkflowHasIssuesError } from 'n8n-core';
import nock from 'nock';

import { envelope, generateParameters, TEXT_BODY } from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../../nodes/Chanjing/aiCreation/paths';
import { findGenerateInputProblem } from '../../../../nodes/Chanjing/aiVideo/videoChecks';
import type { GenerateInput } from '../../../../nodes/Chanjing/aiVideo/videoInput';
import { videoModel, type VideoModel } from '../../../../nodes/Chanjing/aiVideo/videoModels';

const START = 'https://example.com/start.jpg';
const END = 'https://example.com/end.jpg';

const badInputs: Array<[string, Record<string, unknown>, RegExp]> = [
	['an empty prompt from an expression', { prompt: '={{ $json.missing }}' }, /^Prompt is empty/],
	['a whitespace prompt', { prompt: '   \n\t ' }, /^Prompt is empty/],
	[
		'a prompt over 2000 characters',
		{ prompt: '镜'.repeat(2001) },
		/^Prompt has 2001 characters; Hailuo 02 allows at most 2000/,
	],
	[
		'a first frame that is not a URL',
		{ mode: 'firstFrameToVideo', firstFrameUrl: 'start.jpg' },
		/^First Frame URL must be a public http:\/\/ or https:\/\/ URL of an image, got "start.jpg"/,
	],
	[
		'a first frame on ftp',
		{ mode: 'firstFrameToVideo', firstFrameUrl: 'ftp://example.com/a.jpg' },
		/^First Frame URL must be a public http/,
	],
	[
		'a missing first frame',
		{ mode: 'firstFrameToVideo', firstFrameUrl: '={{ "" }}' },
		/^First Frame URL is required in this mode/,
	],
	[
		'a missing last frame',
		{ mode: 'firstAndLastFrameToVideo', firstFrameUrl: START, lastFrameUrl: ' ' },
		/^Last Frame URL is required in this mode/,
	],
	[
		'a last frame that is not a URL',
		{ mode: 'firstAndLastFrameToVideo', firstFrameUrl: START, lastFrameUrl: 'javascript:alert(1)' },
		/^Last Frame URL must be a public http/,
	],
	[
		'a last frame without a first frame',
		{ mode: 'firstAndLastFrameToVideo', firstFrameUrl: '={{ null }}', lastFrameUrl: END },
		/^First Frame URL is empty but a Last Frame URL is set/,
	],
	[
		'a duration other than 6 or 10',
		{ duration: '={{ 8 }}' },
		/^Duration must be 6 or 10 seconds, got 8/,
	],
	[
		'1080 with 10 seconds',
		{ clarity: 1080, duration: 10 },
		/^Clarity 1080p is only available with a Duration of 6 seconds/,
	],
	[
		'a clarity that is not a positive integer',
		{ clarity: '={{ -720 }}' },
		/^Clarity must be 720p or 1080p for Hailuo 02, got -720/,
	],
	['a fractional clarity', { clarity: '={{ 720.5 }}' }, /^Clarity must be 720p or 1080p/],
	[
		'a clarity arriving as a non-numeric string',
		{ clarity: '={{ "high" }}' },
		/^Clarity must be 720p or 1080p for Hailuo 02, got "high"/,
	],
	[
		'a clarity Hailuo 02 does not render',
		{ clarity: '={{ 999 }}' },
		/^Clarity must be 720p or 1080p for Hailuo 02, got 999/,
	],
	[
		'a prompt of zero-width characters only',
		{ prompt: '={{ "\u200B\u200C\u200D\uFEFF " }}' },
		/^Prompt has only invisible characters/,
	],
	[
		'a prompt with a control character',
		{ prompt: '={{ "A puppy\u0007 runs" }}' },
		/^Prompt contains the control character U\+0007 at position 8/,
	],
	[
		'a duration arriving as a non-numeric string',
		{ duration: '={{ "six" }}' },
		/^Duration must be 6 or 10 seconds, got "six"/,
	],
	[
		'a callback that is not an http(s) URL',
		{ options: { callbackUrl: 'mailto:ops@example.com' } },
		/^Callback URL must be an http:\/\/ or https:\/\/ URL, got "mailto:ops@example.com"/,
	],
];

describe('bad input is stopped before any request', () => {
	it.each(badInputs)('%s', async (_name, parameters, message) => {
		const { error, items } = await runChanjing({ parameters: generateParameters(parameters) });

		expect(items).toBeUndefined();
		expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(
			/^Nothing was sent to Chanjing for this item\. Fix the value in the parameter '(Prompt|First Frame URL|Last Frame URL|Clarity|Duration|Callback URL)'\./,
		);
		expect(error?.context?.itemIndex).toBe(0);
	});
});

it('an empty required field typed in the node is refused by n8n itself, before the node runs', async () => {
	await expect(runChanjing({ parameters: generateParameters({ prompt: '' }) })).rejects.toThrow(
		WorkflowHasIssuesError,
	);
});

describe('numbers from expressions', () => {
	it('accepts numeric strings and sends them as JSON numbers', async () => {
		const scope = nock(TEST_BASE_URL)
			.post(SUBMIT_PATH, { ...TEXT_BODY, clarity: 1080, video_duration: 6 })
			.reply(200, envelope(0, 'creation-1'));

		const { error } = await runChanjing({
			parameters: generateParameters({ clarity: '={{ "1080" }}', duration: '={{ "6" }}' }),
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('Continue On Fail', () => {
	it('makes the bad item an error item with its index and still sends the good ones', async () => {
		const scope = nock(TEST_BASE_URL)
			.post(SUBMIT_PATH, { ...TEXT_BODY, ref_prompt: 'first good one' })
			.reply(200, envelope(0, 'creation-a'))
			.post(SUBMIT_PATH, { ...TEXT_BODY, ref_prompt: 'second good one' })
			.reply(200, envelope(0, 'creation-c'));

		const { items, error } = await runChanjing({
			items: [{ p: 'first good one' }, { p: '' }, { p: 'second good one' }],
			parameters: generateParameters({ prompt: '={{ $json.p }}' }),
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items![0].json.creationId).toBe('creation-a');
		expect(items![1].json.error).toMatch(/^Prompt is empty/);
		expect(items![2].json.creationId).toBe('creation-c');
	});
});

/** An item's input as readGenerateInput gives it, Hailuo 02 text to video by default. */
function input(patch: Partial<GenerateInput> = {}): GenerateInput {
	return {
		model: videoModel('MiniMax-Hailuo-02') as VideoModel,
		mode: 'textToVideo',
		prompt: 'A puppy runs on the grass',
		firstFrameUrl: undefined,
		lastFrameUrl: undefined,
		sameImageAllowed: false,
		clarity: 720,
		duration: 6,
		frameFields: 'startEndFrame',
		...patch,
	};
}

describe('findGenerateInputProblem (the checks alone)', () => {
	it('finds nothing in a good item', () => {
		expect(findGenerateInputProblem(input())).toBeUndefined();
		expect(
			findGenerateInputProblem(
				input({ mode: 'firstAndLastFrameToVideo', firstFrameUrl: START, lastFrameUrl: END }),
			),
		).toBeUndefined();
	});

	it('names the first problem: prompt, then frames, then clarity and duration, then callback', () => {
		const everythingWrong = input({
			prompt: '',
			mode: 'firstFrameToVideo',
			firstFrameUrl: 'start.jpg',
			clarity: 999,
			callbackUrl: 'mailto:x',
		});
		expect(findGenerateInputProblem(everythingWrong)?.field).toBe('Prompt');
		expect(findGenerateInputProblem({ ...everythingWrong, prompt: 'ok' })?.field).toBe(
			'First Frame URL',
		);
		expect(
			findGenerateInputProblem({ ...everythingWrong, prompt: 'ok', firstFrameUrl: START })?.field,
		).toBe('Clarity');
		expect(
			findGenerateInputProblem({
				...everythingWrong,
				prompt: 'ok',
				firstFrameUrl: START,
				clarity: 720,
			})?.field,
		).toBe('Callback URL');
	});

	it('binary frames are not URL fields: no URL is asked for', () => {
		expect(
			findGenerateInputProblem(
				input({
					mode: 'firstAndLastFrameToVideo',
					firstFrameSource: 'binary',
					lastFrameSource: 'binary',
					firstFrameBinaryProperty: 'start',
					lastFrameBinaryProperty: 'end',
				}),
			),
		).toBeUndefined();
	});

	it('one binary property as both frames is refused unless allowed', () => {
		const both = input({
			mode: 'firstAndLastFrameToVideo',
			firstFrameSource: 'binary',
			lastFrameSource: 'binary',
			firstFrameBinaryProperty: ' data ',
			lastFrameBinaryProperty: 'data',
		});
		expect(findGenerateInputProblem(both)?.field).toBe('Last Frame Binary Property');
		expect(findGenerateInputProblem({ ...both, sameImageAllowed: true })).toBeUndefined();
	});

	it('a Custom model needs no prompt, and its own fields are checked first', () => {
		const custom = {
			custom: true as const,
			code: 'x-1',
			creationType: 4,
			additionalBodyFields: '{}',
		};
		expect(findGenerateInputProblem(input({ model: custom, prompt: undefined }))).toBeUndefined();
		expect(
			findGenerateInputProblem(input({ model: { ...custom, code: '' }, prompt: '\u0007' }))?.field,
		).toBe('Model Code');
		expect(findGenerateInputProblem(input({ model: custom, prompt: '\u0007' }))?.field).toBe(
			'Prompt',
		);
	});

	it('a model other than Hailuo 02: its prompt may be empty where its page says so, no 2000 limit', () => {
		const kling = videoModel('tx_kling2.5') as VideoModel;
		const values = { clarity: 1080, duration: 5, aspectRatio: '16:9', qualityMode: 'pro' };
		expect(
			findGenerateInputProblem(input({ model: kling, prompt: '', ...values })),
		).toBeUndefined();
		expect(
			findGenerateInputProblem(input({ model: kling, prompt: 'a'.repeat(2001), ...values })),
		).toBeUndefined();
		expect(findGenerateInputProblem(input({ prompt: 'a'.repeat(2001) }))?.message).toMatch(
			/Hailuo 02 allows at most 2000/,
		);
	});
});
