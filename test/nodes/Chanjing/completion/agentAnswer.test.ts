import nock from 'nock';
import type { INode, INodeParameters, INodeProperties } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import {
	ALLOWED_DURATIONS_S,
	DEFAULT_CLARITY,
	MAX_PROMPT_CHARACTERS,
	TOP_CLARITY,
	TOP_CLARITY_MAX_DURATION_S,
} from '../../../../nodes/Chanjing/aiVideo/hailuo';
import { envelope, expectSubmit, TEXT_BODY } from '../../../helpers/chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingToolNode, runTools, type ToolSeen } from '../../../helpers/tool-workflow';
import { rawTask, ID, PROMPT, TASK_PATH, VIDEO_URL } from '../../../helpers/video-task';
import mcpWorkflow from '../../../e2e/workflows/mcp-server-chanjing-tools.json';

/** The Chanjing Tool nodes of the example MCP workflow that the README and the demo ship. */
function exampleToolNodes(): INode[] {
	const workflow = mcpWorkflow as unknown as { nodes: INode[] };
	return workflow.nodes
		.filter((node) => node.type === 'n8n-nodes-chanjing.chanjingTool')
		.map((node) => chanjingToolNode(node.name, node.parameters));
}

function toolNamed(tools: ToolSeen[], name: string): ToolSeen {
	const tool = tools.find((t) => t.name === name);
	if (!tool) throw new Error(`no tool ${name} among ${tools.map((t) => t.name).join(', ')}`);
	return tool;
}

function expectTask(...answers: object[]) {
	const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });
	for (const answer of answers) scope.get(TASK_PATH).query({ unique_id: ID }).reply(200, answer);
	return scope;
}

const generateTool = (parameters: Record<string, unknown> = {}) =>
	chanjingToolNode('generate_video', {
		resource: 'video',
		operation: 'generate',
		mode: 'textToVideo',
		prompt: "={{ $fromAI('prompt', 'What the video shows', 'string') }}",
		duration: "={{ $fromAI('duration', 'Seconds: 6 or 10', 'number', 6) }}",
		...parameters,
	});

const getTool = (options: INodeParameters = {}) =>
	chanjingToolNode('get_video', {
		resource: 'video',
		operation: 'get',
		creationId: "={{ $fromAI('creationId', 'From generate_video', 'string') }}",
		options,
	});

const realTiming = { ...pollTiming };

beforeEach(() => {
	// One simulated second lasts one millisecond: the polls are the ones a user gets, only faster.
	pollTiming.msPerSecond = 1;
});

afterEach(() => {
	Object.assign(pollTiming, realTiming);
});

describe('the example MCP workflow, as n8n builds its tools', () => {
	it('offers each tool with every parameter the model fills', async () => {
		const { tools } = await runTools(exampleToolNodes(), []);

		expect(tools.map((t) => t.name).sort()).toEqual([
			'generate_video',
			'generate_video_from_image',
			'get_video',
		]);
		const generate = toolNamed(tools, 'generate_video');
		expect(Object.keys(generate.parameters).sort()).toEqual(['clarity', 'duration', 'prompt']);
		expect(generate.parameters.prompt).toMatchObject({ type: 'string', required: true });
		expect(generate.parameters.clarity).toMatchObject({
			type: 'number',
			default: DEFAULT_CLARITY,
			required: false,
		});
		expect(generate.parameters.duration).toMatchObject({
			type: 'number',
			default: ALLOWED_DURATIONS_S[0],
			required: false,
		});
		const fromImage = toolNamed(tools, 'generate_video_from_image');
		expect(Object.keys(fromImage.parameters).sort()).toEqual([
			'clarity',
			'duration',
			'firstFrameUrl',
			'prompt',
		]);
		expect(fromImage.parameters.firstFrameUrl).toMatchObject({ type: 'string', required: true });
		const get = toolNamed(tools, 'get_video');
		expect(get.parameters).toEqual({
			creationId: expect.objectContaining({ type: 'string', required: true }),
		});
	});

	it("states the node's own limits to the model", async () => {
		const { tools } = await runTools(exampleToolNodes(), []);
		const generate = toolNamed(tools, 'generate_video');
		const clarityField = new Chanjing().description.properties.find(
			(p) => p.name === 'clarity',
		) as INodeProperties;
		const clarities = (clarityField.options as Array<{ value: number }>).map((o) => o.value);

		expect(generate.description).toMatch(/costs Chanjing credits/);
		expect(generate.description).toMatch(/get_video/);
		expect(generate.parameters.prompt.description).toContain(`At most ${MAX_PROMPT_CHARACTERS}`);
		expect(generate.parameters.duration.description).toContain(ALLOWED_DURATIONS_S.join(' or '));
		expect(generate.parameters.clarity.description).toContain(clarities.join(' or '));
		expect(generate.parameters.clarity.description).toContain(
			`${TOP_CLARITY} only with a duration of ${TOP_CLARITY_MAX_DURATION_S}`,
		);
		expect(toolNamed(tools, 'get_video').description).toMatch(/free of charge/);
	});

	it('describes a tool by its action when Tool Description is left automatic', async () => {
		const { tools } = await runTools([generateTool(), getTool()], []);

		expect(toolNamed(tools, 'generate_video').description).toBe('Generate video in Chanjing');
		expect(toolNamed(tools, 'get_video').description).toBe('Get video in Chanjing');
	});
});

describe('Generate as a tool', () => {
	it('submits once and tells the model how to get the video', async () => {
		const submit = expectSubmit(TEXT_BODY, envelope(0, ID, 'success', 'trace-9'));

		const { results, toolRuns } = await runTools(
			[generateTool()],
			[{ tool: 'generate_video', args: { prompt: PROMPT } }],
		);

		expect(submit.isDone()).toBe(true);
		const [answer] = JSON.parse(results[0].text as string);
		expect(answer).toEqual({
			creationId: ID,
			traceId: 'trace-9',
			status: 'submitted',
			message: expect.stringContaining('creationId'),
		});
		expect(answer.message).toMatch(/Get/);
		expect(answer.message).toMatch(/costs Chanjing credits/);
		expect(toolRuns.generate_video).toEqual([[answer]]);
	});

	it('refuses a bad argument with the field and the fix, before any request', async () => {
		const { results } = await runTools(
			[generateTool()],
			[
				{ tool: 'generate_video', args: { prompt: PROMPT, duration: 7 } },
				{ tool: 'generate_video', args: { prompt: ' ' } },
			],
		);

		expect(results[0].error).toBe(
			"Duration must be 6 or 10 seconds, got 7\n\nDetails: Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Duration'.",
		);
		expect(results[1].error).toMatch(/^Prompt is empty/);
	});

	it("passes on Chanjing's refusal with its message and what to do", async () => {
		expectSubmit(TEXT_BODY, envelope(40000, null, '蝉豆不足'));

		const { results } = await runTools(
			[generateTool()],
			[{ tool: 'generate_video', args: { prompt: PROMPT } }],
		);

		expect(results[0].error).toMatch(
			/^Your Chanjing account is out of credits \(code 40000: 蝉豆不足\)/,
		);
		expect(results[0].error).toMatch(/Top up/);
	});
});

describe('Get as a tool', () => {
	it.each([
		['Generating', /not ready yet.*again/],
		['Success', new RegExp(`ready: ${VIDEO_URL}`)],
	])('answers a %s task with what to do next', async (progress, message) => {
		const poll = expectTask(envelope(0, rawTask(progress)));

		const { results } = await runTools(
			[getTool()],
			[{ tool: 'get_video', args: { creationId: ID } }],
		);

		expect(poll.isDone()).toBe(true);
		const [answer] = JSON.parse(results[0].text as string);
		expect(answer.creationId).toBe(ID);
		expect(answer.message).toMatch(message);
	});

	it('says why a task failed', async () => {
		expectTask(envelope(0, rawTask('Fail', { err_msg: 'prompt rejected by review' })));

		const { results } = await runTools(
			[getTool()],
			[{ tool: 'get_video', args: { creationId: ID } }],
		);

		const [answer] = JSON.parse(results[0].text as string);
		expect(answer.status).toBe('failed');
		expect(answer.message).toMatch(/failed: prompt rejected by review/);
	});

	it('explains an unknown creation ID', async () => {
		expectTask(envelope(40000, null, '任务不存在'));

		const { results } = await runTools(
			[getTool()],
			[{ tool: 'get_video', args: { creationId: ID } }],
		);

		expect(results[0].error).toMatch(/no task with this creation ID \(code 40000: 任务不存在\)/);
		expect(results[0].error).toMatch(/creationId that Generate returned/);
	});

	it('waits when told to, but never downloads the video or returns binary data', async () => {
		// No interceptor for the video file: a download would fail the call and the test.
		const poll = expectTask(envelope(0, rawTask('Generating')), envelope(0, rawTask('Success')));

		const { results, run } = await runTools(
			[getTool({ waitForCompletion: true, downloadVideo: true, pollIntervalSeconds: 5 })],
			[{ tool: 'get_video', args: { creationId: ID } }],
		);

		expect(poll.isDone()).toBe(true);
		expect(results[0].error).toBeUndefined();
		const [answer] = JSON.parse(results[0].text as string);
		expect(answer).toMatchObject({ status: 'succeeded', videoUrl: VIDEO_URL });
		expect(answer.message).toMatch(/Download Video is ignored/);
		expect(JSON.stringify(run.data.resultData.runData)).not.toMatch(/"binary"/);
	});
});
