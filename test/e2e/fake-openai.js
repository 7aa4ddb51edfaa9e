'use strict';
/**
 * A scripted chat model on 127.0.0.1 that speaks the OpenAI Chat Completions API (the API
 * n8n's "OpenAI Chat Model" node uses up to version 1.2), so that an AI Agent runs without a
 * real model. `reply(request, index)` returns the assistant message for each call:
 * `{ content }` or `{ toolCalls: [{ name, arguments }] }`. Every request body is recorded.
 *
 *   const model = await startFakeOpenAi({ reply: (body, i) => ... });
 *   // credential openAiApi: { apiKey: 'anything', url: `${model.url}/v1` }
 *   model.requests; await model.close();
 */
const http = require('node:http');

function completion(model, message, index) {
	const toolCalls = (message.toolCalls || []).map((c, i) => ({
		id: `call_${index}_${i}`,
		type: 'function',
		function: { name: c.name, arguments: JSON.stringify(c.arguments) },
	}));
	return {
		id: `chatcmpl-e2e-${index}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [
			{
				index: 0,
				message: {
					role: 'assistant',
					content: message.content ?? null,
					...(toolCalls.length ? { tool_calls: toolCalls } : {}),
				},
				finish_reason: toolCalls.length ? 'tool_calls' : 'stop',
			},
		],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

/** The same answer as Server-Sent Events chunks, for requests with `stream: true`. */
function streamChunks(full) {
	const { message, finish_reason } = full.choices[0];
	const base = {
		id: full.id,
		object: 'chat.completion.chunk',
		created: full.created,
		model: full.model,
	};
	const delta = { role: 'assistant', content: message.content ?? '' };
	if (message.tool_calls) {
		delta.tool_calls = message.tool_calls.map((c, index) => ({ index, ...c }));
	}
	return [
		{ ...base, choices: [{ index: 0, delta, finish_reason: null }] },
		{ ...base, choices: [{ index: 0, delta: {}, finish_reason }], usage: full.usage },
	];
}

async function startFakeOpenAi({ reply }) {
	const requests = [];
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			if (req.method === 'GET' && req.url.endsWith('/models')) {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] }));
				return;
			}
			if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
				return;
			}
			let body;
			try {
				body = JSON.parse(raw);
			} catch {
				res.writeHead(400).end();
				return;
			}
			const index = requests.length;
			requests.push(body);
			let full;
			try {
				full = completion(body.model, reply(body, index), index);
			} catch (e) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { message: `script failed: ${e.message}` } }));
				return;
			}
			if (body.stream) {
				res.writeHead(200, { 'content-type': 'text/event-stream' });
				for (const chunk of streamChunks(full)) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
				res.end('data: [DONE]\n\n');
				return;
			}
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(full));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startFakeOpenAi };
