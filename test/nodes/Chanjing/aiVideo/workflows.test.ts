import nock from 'nock';

import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import { envelope } from '../../../helpers/chanjing-api';
import {
	runWorkflowFile,
	TEST_BASE_URL,
	TEST_TOKEN,
	type WorkflowFile,
} from '../../../helpers/run-workflow';
import generate from './generate.workflow.json';
import generateWait from './generate-wait.workflow.json';
import get from './get.workflow.json';
import getAll from './getAll.workflow.json';

/**
 * Happy paths as saved workflows: each `*.workflow.json` runs from its Manual Trigger in
 * n8n-core, and every node must output exactly its `pinData`.
 */

const ID = 'a60747d7-dc05-4afc-b2ef-ee4370ed53c6';
const VIDEO = 'https://res.chanjing.cc/chanjing/res/aigc_creation/video/a60747d7.mp4';

/** A task record as Chanjing's task detail and task list return it. */
function chanjingTask(extra: Record<string, unknown> = {}) {
	return {
		unique_id: ID,
		progress_desc: 'Success',
		output_url: [VIDEO],
		err_msg: '',
		create_time: 1751356800,
		model_code: 'MiniMax-Hailuo-02',
		motion_info: {
			ref_prompt: 'A paper boat drifts down a rainy street',
			clarity: 1080,
			video_duration: 6,
		},
		...extra,
	};
}

/** Chanjing, expecting the test token on every request. */
function chanjing() {
	return nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });
}

async function expectPinnedOutput(workflow: unknown) {
	const file = workflow as WorkflowFile;
	const { outputs, error } = await runWorkflowFile(file);
	expect(error).toBeUndefined();
	const pinned = Object.entries(file.pinData ?? {});
	expect(pinned.length).toBeGreaterThan(0);
	for (const [node, items] of pinned) {
		expect({ node, output: outputs[node] }).toEqual({ node, output: items.map((i) => i.json) });
	}
}

const realTiming = { ...pollTiming };
afterEach(() => Object.assign(pollTiming, realTiming));

it('Generate a video from text', async () => {
	const submit = chanjing()
		.post('/open/v1/ai_creation/task/submit', {
			creation_type: 4,
			model_code: 'MiniMax-Hailuo-02',
			ref_prompt: 'A paper boat drifts down a rainy street',
			clarity: 720,
			video_duration: 6,
		})
		.reply(200, envelope(0, ID, 'success', '96afa792'));

	await expectPinnedOutput(generate);
	expect(submit.isDone()).toBe(true);
});

it('Generate from a first and a last frame and wait', async () => {
	pollTiming.msPerSecond = 1;
	const scope = chanjing()
		.post('/open/v1/ai_creation/task/submit', {
			creation_type: 4,
			model_code: 'MiniMax-Hailuo-02',
			ref_prompt: 'A paper boat drifts down a rainy street',
			clarity: 1080,
			video_duration: 6,
			start_frame: 'https://example.com/start.jpg',
			end_frame: 'https://example.com/end.jpg',
		})
		.reply(200, envelope(0, ID, 'success', '96afa792'))
		.get('/open/v1/ai_creation/task')
		.query({ unique_id: ID })
		.reply(200, envelope(0, chanjingTask({ progress_desc: 'Generating', output_url: [] })))
		.get('/open/v1/ai_creation/task')
		.query({ unique_id: ID })
		.reply(200, envelope(0, chanjingTask()));

	await expectPinnedOutput(generateWait);
	expect(scope.isDone()).toBe(true);
});

it('Get a video', async () => {
	const detail = chanjing()
		.get('/open/v1/ai_creation/task')
		.query({ unique_id: ID })
		.reply(200, envelope(0, chanjingTask()));

	await expectPinnedOutput(get);
	expect(detail.isDone()).toBe(true);
});

it('Get many videos', async () => {
	const list = chanjing()
		.post('/open/v1/ai_creation/task/page', { type: 4, page: 1, page_size: 2, is_success: true })
		.reply(
			200,
			envelope(0, {
				list: [
					chanjingTask(),
					chanjingTask({
						unique_id: '5b1c0000-0000-4000-8000-000000000002',
						output_url: ['https://res.chanjing.cc/chanjing/res/aigc_creation/video/5b1c.mp4'],
						motion_info: { ref_prompt: 'Rain on a tin roof', clarity: 720, video_duration: 10 },
					}),
				],
				page_info: { page: 1, size: 2, total_count: 7, total_page: 4 },
			}),
		);

	await expectPinnedOutput(getAll);
	expect(list.isDone()).toBe(true);
});
