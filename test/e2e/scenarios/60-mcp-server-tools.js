'use strict';
/**
 * `n8n start`: the example workflow "Chanjing as MCP tools" (MCP Server Trigger, version 2, with
 * bearer auth; the Chanjing Tool as generate_video, generate_video_from_image and get_video,
 * parameters from `$fromAI()`),
 * activated, and the official MCP SDK as the client at `<base>/mcp/chanjing-video`:
 * - without the bearer token the trigger refuses the client;
 * - tools/list over Streamable HTTP and over SSE: both tools with their descriptions and every
 *   parameter (name, type, default, description) as n8n builds them from the workflow;
 * - generate_video → small JSON with the simulator's creation ID, status submitted and what to
 *   do next;
 * - get_video → the task and what to do next, then (once rendered) status succeeded with the URL;
 * - a second workflow's get_video_when_done (Get with Wait for Completion and Download Video on)
 *   waits for the task and answers its URL, without downloading the video;
 * - bad arguments (a duration of 7, 1080p for 10 s, an empty prompt, a string for a number, a
 *   frame that is no URL) →
 *   a readable error and no request to Chanjing; an unknown creation ID → Chanjing's message.
 * No tool result carries binary data. The render is held until get_video and then
 * get_video_when_done have seen the task unfinished, then ended (a fixed render time of 1.5 s
 * raced the first get_video on a loaded machine).
 */
const { staticTokenCredential } = require('../fixtures');
const { connectMcp, resultText } = require('../mcp-client');
const { HELD_RENDER_MS, finishRenders } = require('../webhook-run');

const BEARER = 'mcp-e2e-bearer-token';
const MCP_PATH = 'chanjing-video';
const WAIT_PATH = 'chanjing-video-wait';
const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
const TASK_PATH = '/open/v1/ai_creation/task';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function bearerCredential() {
	return {
		id: 'e2eMcpBearer',
		name: 'MCP clients (bearer token)',
		type: 'httpBearerAuth',
		data: { token: BEARER },
	};
}

/** The tools as an MCP client sees them, keyed by name; fails on any lost or changed parameter. */
function checkToolSchemas(assert, tools) {
	const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
	assert.deepEqual(
		Object.keys(byName).sort(),
		['generate_video', 'generate_video_from_image', 'get_video'],
		'tool names',
	);

	const gen = byName.generate_video;
	assert.match(gen.description, /Hailuo 02/);
	assert.match(gen.description, /costs Chanjing credits/);
	assert.match(gen.description, /get_video/);
	const gp = gen.inputSchema.properties;
	assert.deepEqual(
		Object.keys(gp).sort(),
		['clarity', 'duration', 'prompt'],
		'generate_video parameters',
	);
	assert.equal(gp.prompt.type, 'string');
	assert.equal(gp.clarity.type, 'number');
	assert.equal(gp.clarity.default, 720);
	assert.equal(gp.duration.type, 'number');
	assert.equal(gp.duration.default, 6);
	assert.deepEqual(gen.inputSchema.required, ['prompt']);
	assert.match(gp.prompt.description, /At most 2000 characters/);
	assert.match(gp.clarity.description, /720 or 1080\. 1080 only with a duration of 6/);
	assert.match(gp.duration.description, /6 or 10/);

	const img = byName.generate_video_from_image;
	assert.match(img.description, /animates an image/);
	assert.match(img.description, /costs Chanjing credits/);
	const ip = img.inputSchema.properties;
	assert.deepEqual(
		Object.keys(ip).sort(),
		['clarity', 'duration', 'firstFrameUrl', 'prompt'],
		'generate_video_from_image parameters',
	);
	assert.equal(ip.firstFrameUrl.type, 'string');
	assert.match(ip.firstFrameUrl.description, /Public http or https URL of the image/);
	assert.deepEqual([...img.inputSchema.required].sort(), ['firstFrameUrl', 'prompt']);

	const get = byName.get_video;
	assert.match(get.description, /status/);
	assert.match(get.description, /videoUrl/);
	const tp = get.inputSchema.properties;
	assert.deepEqual(Object.keys(tp), ['creationId'], 'get_video parameters');
	assert.equal(tp.creationId.type, 'string');
	assert.match(tp.creationId.description, /generate_video/);
	assert.deepEqual(get.inputSchema.required, ['creationId']);
	return byName;
}

/** A tool result is text only, small, and (unless an error) one JSON item without binary. */
function parseToolResult(assert, result, what) {
	assert.ok(Array.isArray(result.content) && result.content.length > 0, `${what}: no content`);
	for (const part of result.content) {
		assert.equal(part.type, 'text', `${what}: a ${part.type} part: ${JSON.stringify(part)}`);
	}
	const text = resultText(result);
	assert.ok(text.length < 4000, `${what}: ${text.length} characters`);
	assert.doesNotMatch(text, /"binary"|base64|"mimeType"/, `${what}: binary in ${text}`);
	if (result.isError) return text;
	const items = JSON.parse(text);
	assert.ok(Array.isArray(items) && items.length === 1, `${what}: one item, got ${text}`);
	return items[0];
}

module.exports = {
	name: 'MCP Server Trigger: MCP client lists the Chanjing tools, generates, gets, gets readable errors',
	async run({ inst, sim, assert, loadWorkflow, apiRequests, time, log }) {
		const wf = loadWorkflow('mcp-server-chanjing-tools');
		const waiting = loadWorkflow('mcp-tool-wait-download');
		await sim.configure({ renderMs: HELD_RENDER_MS });
		await time('import', async () => {
			await inst.importCredentials([staticTokenCredential(sim), bearerCredential()]);
			await inst.importWorkflow(wf);
			await inst.importWorkflow(waiting);
		});
		await time('start', () => inst.start());
		await inst.setupOwnerAndLogin();
		await time('activate', async () => {
			await inst.activateWorkflow(wf.id);
			await inst.activateWorkflow(waiting.id);
		});
		const url = `${inst.baseUrl}/mcp/${MCP_PATH}`;

		const anonymous = await fetch(url, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'application/json, text/event-stream',
			},
			body: JSON.stringify({
				jsonrpc: '2.0',
				id: 1,
				method: 'initialize',
				params: {
					protocolVersion: '2025-03-26',
					capabilities: {},
					clientInfo: { name: 'x', version: '1' },
				},
			}),
		});
		assert.ok([401, 403].includes(anonymous.status), `no token: HTTP ${anonymous.status}`);

		const mcp = await time('connect', () => connectMcp(url, { token: BEARER }));
		const sse = await time('connect SSE', () =>
			connectMcp(url, { token: BEARER, transport: 'sse' }),
		);
		const waiter = await connectMcp(`${inst.baseUrl}/mcp/${WAIT_PATH}`);
		const calls = [];
		const call = async (name, args, client = mcp.client) => {
			const result = await client.callTool({ name, arguments: args });
			calls.push({ name, arguments: args, isError: !!result.isError, text: resultText(result) });
			return result;
		};
		try {
			const { tools } = await time('tools/list', () => mcp.client.listTools());
			checkToolSchemas(assert, tools);
			const overSse = await sse.client.listTools();
			assert.deepEqual(overSse.tools, tools, 'SSE lists the same tools');
			log(`tools/list: ${JSON.stringify(tools)}`);

			// Generate → creation ID
			const prompt = 'A red kite over a green hill, slow dolly, morning light';
			const generated = parseToolResult(
				assert,
				await time('generate_video', () => call('generate_video', { prompt })),
				'generate_video',
			);
			const [task] = await sim.tasks();
			assert.ok(task, 'the simulator has the task');
			assert.equal(generated.creationId, task.unique_id);
			assert.equal(generated.status, 'submitted');
			assert.match(generated.message, /Get operation and this creationId/);
			assert.match(generated.message, /costs Chanjing credits/);
			let reqs = await apiRequests();
			assert.deepEqual(
				reqs.map((r) => `${r.method} ${r.path}`),
				[`POST ${SUBMIT_PATH}`],
			);
			assert.deepEqual(reqs[0].body, {
				creation_type: 4,
				model_code: 'MiniMax-Hailuo-02',
				ref_prompt: prompt,
				clarity: 720,
				video_duration: 6,
			});

			// Get → the task, until it has rendered
			const first = parseToolResult(
				assert,
				await call('get_video', { creationId: generated.creationId }),
				'get_video',
			);
			assert.equal(first.creationId, generated.creationId);
			assert.ok(['queued', 'generating'].includes(first.status), `status ${first.status}`);
			assert.match(first.message, /not ready yet/);

			// Get with Wait for Completion and Download Video, as a tool: waits, never downloads.
			// The render ends once this tool has seen the task unfinished, so that it has to wait.
			const checks = async () => (await apiRequests()).filter((r) => r.path === TASK_PATH).length;
			const checksBefore = await checks();
			const waited = parseToolResult(
				assert,
				await time('get_video_when_done', async () => {
					const answer = call(
						'get_video_when_done',
						{ creationId: generated.creationId },
						waiter.client,
					);
					answer.catch(() => {}); // awaited below; not unhandled while the loop runs
					for (let i = 0; i < 600 && (await checks()) === checksBefore; i++) await sleep(100);
					await finishRenders(sim);
					return answer;
				}),
				'get_video_when_done',
			);
			assert.ok(
				(await checks()) >= checksBefore + 2,
				'get_video_when_done checked, waited, checked',
			);
			assert.equal(waited.status, 'succeeded');
			assert.equal(waited.videoUrl, `${sim.url}/files/${generated.creationId}.mp4`);
			assert.match(waited.message, /Download Video is ignored/);
			const fileRequests = (await sim.requests()).filter((r) => r.path.startsWith('/files/'));
			assert.deepEqual(fileRequests, [], 'no video download');

			let done = first;
			for (let i = 0; i < 20 && done.status !== 'succeeded'; i++) {
				await sleep(500);
				done = parseToolResult(
					assert,
					await call('get_video', { creationId: generated.creationId }),
					'get_video',
				);
			}
			assert.equal(done.status, 'succeeded');
			assert.equal(done.videoUrl, `${sim.url}/files/${generated.creationId}.mp4`);
			assert.equal(done.message, `The video is ready: ${done.videoUrl}`);

			// Bad arguments: readable errors, nothing sent to Chanjing
			const before = (await apiRequests()).length;
			const bad = [
				[{ prompt, duration: 7 }, /Duration must be 6 or 10 seconds, got 7/],
				[
					{ prompt, clarity: 1080, duration: 10 },
					/Clarity 1080p is only available with a Duration of 6 seconds/,
				],
				[{ prompt: '  ' }, /Prompt is empty/],
				[{ prompt, duration: 'ten' }, /duration/i],
			];
			for (const [args, message] of bad) {
				const result = await call('generate_video', args);
				const text = parseToolResult(assert, result, `generate_video ${JSON.stringify(args)}`);
				assert.equal(result.isError, true, `not an error: ${JSON.stringify(args)} → ${text}`);
				assert.match(text, message);
			}
			const notAUrl = await call('generate_video_from_image', {
				prompt,
				firstFrameUrl: 'kite.png',
			});
			assert.equal(notAUrl.isError, true);
			assert.match(
				parseToolResult(assert, notAUrl, 'generate_video_from_image kite.png'),
				/First Frame URL must be a public http:\/\/ or https:\/\/ URL of an image, got "kite\.png"/,
			);
			reqs = await apiRequests();
			assert.equal(
				reqs.length,
				before,
				`requests after bad arguments: ${JSON.stringify(reqs.slice(before))}`,
			);
			assert.equal(reqs.filter((r) => r.path === SUBMIT_PATH).length, 1, 'one submit in all');

			// The image mode sends the frame the model gave
			const firstFrameUrl = `${sim.url}/frames/kite.png`;
			const fromImage = parseToolResult(
				assert,
				await call('generate_video_from_image', { prompt, firstFrameUrl }),
				'generate_video_from_image',
			);
			assert.equal(fromImage.status, 'submitted');
			const imageSubmit = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH).pop();
			assert.equal(imageSubmit.body.start_frame, firstFrameUrl);
			assert.equal(imageSubmit.body.ref_prompt, prompt);
			assert.equal((await sim.tasks())[0].unique_id, fromImage.creationId);

			// Chanjing's own error comes back readable
			const unknown = await call('get_video', { creationId: 'no-such-task' });
			const unknownText = parseToolResult(assert, unknown, 'get_video unknown');
			assert.equal(unknown.isError, true);
			assert.match(unknownText, /no task with this creation ID \(code 40000: 任务不存在\)/);
			assert.match(unknownText, /use the creationId that Generate returned/);
			reqs = await apiRequests();
			assert.deepEqual(
				reqs.slice(-1).map((r) => `${r.method} ${r.path}`),
				[`GET ${TASK_PATH}`],
			);

			for (const c of calls) log(`tools/call ${JSON.stringify(c)}`);
		} finally {
			await waiter.close();
			await sse.close();
			await mcp.close();
		}
	},
};
