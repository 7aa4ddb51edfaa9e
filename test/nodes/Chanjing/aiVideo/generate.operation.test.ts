import nock from 'nock';

import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { runChanjing, TEST_BASE_URL } from '../../../helpers/run-workflow';
import { SUBMIT_PATH } from '../../../../nodes/Chanjing/aiCreation/paths';

const START = 'https://res.chanjing.cc/chanjing/res/aigc_creation/photo/start.jpg';
const END = 'https://res.chanjing.cc/chanjing/res/aigc_creation/photo/end.jpg';

describe('Generate (Hailuo 02): the request Chanjing receives', () => {
	it("text to video sends the body of Chanjing's documentation page with numbers, no frames, no quality_mode or aspect_ratio", async () => {
		const scope = expectSubmit(
			TEXT_BODY,
			envelope(0, 'a60747d7-dc05-4afc-b2ef-ee4370ed53c6', 'success', '96afa792'),
		);

		const { items, error } = await runChanjing({ parameters: generateParameters() });

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items).toEqual([
			{
				json: { creationId: 'a60747d7-dc05-4afc-b2ef-ee4370ed53c6', traceId: '96afa792' },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('first frame to video sends start_frame only', async () => {
		const scope = expectSubmit({ ...TEXT_BODY, start_frame: START, clarity: 1080 });

		const { error } = await runChanjing({
			parameters: generateParameters({
				mode: 'firstFrameToVideo',
				firstFrameUrl: START,
				clarity: 1080,
			}),
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('first and last frame sends start_frame and end_frame by default', async () => {
		const scope = expectSubmit({
			...TEXT_BODY,
			start_frame: START,
			end_frame: END,
			video_duration: 10,
		});

		const { error } = await runChanjing({
			parameters: generateParameters({
				mode: 'firstAndLastFrameToVideo',
				firstFrameUrl: START,
				lastFrameUrl: END,
				duration: 10,
			}),
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it("Frame Fields 'Reference Image List' sends ref_img_url as the code samples of Chanjing's documentation page do", async () => {
		const scope = expectSubmit({ ...TEXT_BODY, ref_img_url: [START, END] });

		await runChanjing({
			parameters: generateParameters({
				mode: 'firstAndLastFrameToVideo',
				firstFrameUrl: START,
				lastFrameUrl: END,
				options: { frameFields: 'refImgUrl' },
			}),
		});

		expect(scope.isDone()).toBe(true);
	});

	it('Frame Fields "Both" sends both forms', async () => {
		const scope = expectSubmit({ ...TEXT_BODY, start_frame: START, ref_img_url: [START] });

		await runChanjing({
			parameters: generateParameters({
				mode: 'firstFrameToVideo',
				firstFrameUrl: ` ${START} `,
				options: { frameFields: 'both' },
			}),
		});

		expect(scope.isDone()).toBe(true);
	});

	it('Callback URL is sent as callback', async () => {
		const scope = expectSubmit({
			...TEXT_BODY,
			callback: 'http://127.0.0.1:5678/webhook-waiting/42',
		});

		const { error } = await runChanjing({
			parameters: generateParameters({
				options: { callbackUrl: ' http://127.0.0.1:5678/webhook-waiting/42 ' },
			}),
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('a frame left over from another mode is not sent', async () => {
		const scope = expectSubmit(TEXT_BODY);

		await runChanjing({
			parameters: generateParameters({
				mode: 'textToVideo',
				firstFrameUrl: START,
				lastFrameUrl: END,
			}),
		});

		expect(scope.isDone()).toBe(true);
	});

	it('sends one request per item, resolves expressions per item and keeps the order', async () => {
		const rows = [
			{ idea: 'a red kite over the sea', seconds: '6', size: 1080 },
			{ idea: 'rain on a tin roof', seconds: 10, size: '720' },
			{ idea: 'a cat asleep on a keyboard', seconds: 6, size: 720 },
		];
		const scope = nock(TEST_BASE_URL);
		rows.forEach((row, index) => {
			scope
				.post(SUBMIT_PATH, {
					...TEXT_BODY,
					ref_prompt: row.idea,
					video_duration: Number(row.seconds),
					clarity: Number(row.size),
				})
				.reply(200, envelope(0, `creation-${index}`, 'success', `trace-${index}`));
		});

		const { items, error } = await runChanjing({
			items: rows,
			parameters: generateParameters({
				prompt: '={{ $json.idea }}',
				duration: '={{ $json.seconds }}',
				clarity: '={{ $json.size }}',
			}),
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items?.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ creationId: 'creation-0', traceId: 'trace-0' }, { item: 0 }],
			[{ creationId: 'creation-1', traceId: 'trace-1' }, { item: 1 }],
			[{ creationId: 'creation-2', traceId: 'trace-2' }, { item: 2 }],
		]);
	});

	it('uses the Base URL of the credential, with or without a trailing slash', async () => {
		const scope = nock('http://127.0.0.1:9999', { reqheaders: { access_token: 'local-token' } })
			.post(SUBMIT_PATH, TEXT_BODY)
			.reply(200, envelope(0, 'creation-local'));

		const { items, error } = await runChanjing({
			parameters: generateParameters(),
			credentials: { accessToken: 'local-token', baseUrl: 'http://127.0.0.1:9999/' },
		});
		expect(error).toBeUndefined();

		expect(scope.isDone()).toBe(true);
		expect(items?.[0].json.creationId).toBe('creation-local');
	});
});
