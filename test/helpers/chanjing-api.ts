import nock from 'nock';

import { TEST_BASE_URL, TEST_TOKEN } from './run-workflow';

export const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';

/** Chanjing's envelope: HTTP 200 whatever happened. */
export function envelope(
	code: number,
	data: unknown = null,
	msg = code === 0 ? 'success' : 'error',
	traceId = 'trace-1',
) {
	return { trace_id: traceId, code, msg, data };
}

/** Expects exactly one POST to `path` with this JSON body and the test token, and answers it. */
export function expectPost(
	path: string,
	body: object,
	answer: object,
	token = TEST_TOKEN,
): nock.Scope {
	return nock(TEST_BASE_URL, {
		reqheaders: { access_token: token, 'content-type': /application\/json/ },
	})
		.post(path, (sent) => {
			expect(sent).toEqual(body);
			return true;
		})
		.reply(200, answer);
}

/** Expects exactly one submit with this JSON body and the test token, and answers it. */
export function expectSubmit(
	body: Record<string, unknown>,
	answer: object = envelope(0, 'creation-1'),
	token = TEST_TOKEN,
): nock.Scope {
	return expectPost(SUBMIT_PATH, body, answer, token);
}

export function generateParameters(parameters: Record<string, unknown> = {}) {
	return {
		resource: 'video',
		operation: 'generate',
		mode: 'textToVideo',
		prompt: 'A puppy runs on the grass',
		...parameters,
	};
}

export const TEXT_BODY = {
	ref_prompt: 'A puppy runs on the grass',
	creation_type: 4,
	model_code: 'MiniMax-Hailuo-02',
	clarity: 720,
	video_duration: 6,
};
