import nock from 'nock';

import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { requestTimeouts } from '../../../../nodes/Chanjing/transport/timeouts';
import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';

/**
 * Issue 21, point 8: every error after a task was made names its creation ID in the message
 * itself (later nodes read only `{ error: message }`) and says to fetch it with Get, never to run
 * Generate again (which pays twice). Through n8n-core with nock.
 */
const TASK_PATH = '/open/v1/ai_creation/task';
const ID = 'b1c2d3e4-0000-4000-8000-000000000021';
const VIDEO_URL = `https://cdn.chanjing.example/videos/${ID}.mp4`;
const GET_HINT = `fetch it with the Get operation and creation ID ${ID}. Do not run Generate again for this item: it would pay for a second video task.`;

function rawTask(progressDesc: string, extra: Record<string, unknown> = {}) {
	return {
		unique_id: ID,
		create_time: 1795500000,
		type: 4,
		progress_desc: progressDesc,
		err_msg: '',
		output_url: progressDesc === 'Success' ? [VIDEO_URL] : [],
		model_code: 'MiniMax-Hailuo-02',
		motion_info: { ref_prompt: TEXT_BODY.ref_prompt, clarity: 720, video_duration: 6 },
		...extra,
	};
}

function polls(...answers: Array<object | [number, string]>) {
	const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });
	for (const answer of answers) {
		const interceptor = scope.get(TASK_PATH).query({ unique_id: ID });
		if (Array.isArray(answer)) interceptor.reply(answer[0], answer[1]);
		else interceptor.reply(200, answer);
	}
	return scope;
}

const generate = (options: Record<string, unknown>, continueOnFail = false) =>
	runChanjing({
		parameters: generateParameters({
			options: { waitForCompletion: true, pollIntervalSeconds: 5, ...options },
		}),
		continueOnFail,
	});

const saved = { ...pollTiming, ...requestTimeouts };
beforeEach(() => {
	pollTiming.msPerSecond = 1;
	expectSubmit(TEXT_BODY, envelope(0, ID));
});
afterEach(() => {
	pollTiming.msPerSecond = saved.msPerSecond;
	requestTimeouts.downloadMs = saved.downloadMs;
});

describe('errors after the task was made name it and say to fetch it with Get', () => {
	it('status checks keep failing (HTTP 503 six times)', async () => {
		polls(...Array.from({ length: 6 }, () => [503, 'busy'] as [number, string]));

		const { error } = await generate({});

		expect(error?.message).toBe(
			`Could not check video ${ID}: Chanjing answered HTTP 503 (6 checks in a row failed)`,
		);
		expect(error?.description).toContain(GET_HINT);
		expect(error?.description).not.toMatch(/retry later/);
		expect(error?.description).toContain("Chanjing's last answer: busy");
	});

	it('with On Error = Continue the error item itself carries the ID', async () => {
		polls(...Array.from({ length: 6 }, () => [503, 'busy'] as [number, string]));

		const { items } = await generate({}, true);

		expect(items?.[0].json.error).toBe(
			`Could not check video ${ID}: Chanjing answered HTTP 503 (6 checks in a row failed)`,
		);
	});

	it('a status check Chanjing refuses (40000): its code stays the error code', async () => {
		polls(envelope(40000, null, '参数错误'));

		const { error } = await generate({});

		expect(error?.message).toBe(
			`Could not check video ${ID}: Chanjing rejected a parameter (code 40000: 参数错误)`,
		);
		expect(error?.description).toContain(GET_HINT);
		expect(String((error as { httpCode?: string }).httpCode)).toBe('40000');
	});

	it('Max Wait passes (On Timeout = error)', async () => {
		polls(...Array.from({ length: 13 }, () => envelope(0, rawTask('Generating'))));

		const { error } = await generate({ maxWaitMinutes: 1 });

		expect(error?.message).toBe(`Video ${ID} was not ready after 1 min (last status: generating)`);
		expect(error?.description).toContain(GET_HINT);
	});

	it('the download fails (HTML instead of the video)', async () => {
		polls(envelope(0, rawTask('Success')));
		nock('https://cdn.chanjing.example')
			.get(`/videos/${ID}.mp4`)
			.reply(200, '<html>login</html>', { 'Content-Type': 'text/html' });

		const { error } = await generate({ downloadVideo: true });

		expect(error?.message).toMatch(
			new RegExp(`^Could not download video ${ID} from cdn.chanjing.example: `),
		);
		expect(error?.description).toContain(GET_HINT);
	});

	it('a task that failed keeps its own words (running again is right: nothing was charged)', async () => {
		polls(envelope(0, rawTask('Fail', { err_msg: 'busy' })));

		const { error } = await generate({});

		expect(error?.message).toBe(`Chanjing could not generate video ${ID}: busy`);
		expect(error?.description).not.toContain('fetch it with the Get operation');
	});
});
