'use strict';
/**
 * An MCP client (the official SDK, `@modelcontextprotocol/sdk`) connected to an n8n MCP Server
 * Trigger's production URL, `<base>/mcp/<path>`. The trigger (version 2) speaks Streamable HTTP
 * (POST) and SSE (GET) at that one URL on both n8n majors.
 *
 *   const mcp = await connectMcp(`${inst.baseUrl}/mcp/chanjing-video`, { token });
 *   const { tools } = await mcp.client.listTools();
 *   const result = await mcp.client.callTool({ name, arguments });
 *   await mcp.close();
 *
 * From a shell (e.g. against `npm run demo`):
 *   node test/e2e/mcp-client.js <url> --token <t>                       # tools/list
 *   node test/e2e/mcp-client.js <url> --token <t> generate_video '{"prompt":"A kite"}'
 */
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { SSEClientTransport } = require('@modelcontextprotocol/sdk/client/sse.js');
const {
	StreamableHTTPClientTransport,
} = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

const CLIENT_INFO = { name: 'n8n-nodes-chanjing-e2e', version: '1.0.0' };

/** Connects with `transport` 'streamableHttp' (default) or 'sse'; `token` is sent as a bearer token. */
async function connectMcp(url, { token, transport = 'streamableHttp' } = {}) {
	const headers = token ? { Authorization: `Bearer ${token}` } : {};
	const endpoint = new URL(url);
	const t =
		transport === 'sse'
			? new SSEClientTransport(endpoint, {
					requestInit: { headers },
					eventSourceInit: {
						fetch: (input, init) =>
							fetch(input, { ...init, headers: { ...(init && init.headers), ...headers } }),
					},
				})
			: new StreamableHTTPClientTransport(endpoint, { requestInit: { headers } });
	const client = new Client(CLIENT_INFO, { capabilities: {} });
	await client.connect(t);
	return {
		client,
		transport: t,
		close: async () => {
			if (typeof t.terminateSession === 'function') await t.terminateSession().catch(() => {});
			await client.close();
		},
	};
}

/** The text of a tool result (`content: [{type: 'text', text}]`), all parts joined. */
function resultText(result) {
	return (result.content || [])
		.map((part) => (part.type === 'text' ? part.text : `[${part.type}]`))
		.join('\n');
}

module.exports = { connectMcp, resultText };

async function cli(argv) {
	const tokenAt = argv.indexOf('--token');
	const token = tokenAt >= 0 ? argv.splice(tokenAt, 2)[1] : undefined;
	const [url, tool, args] = argv;
	if (!url) throw new Error('usage: mcp-client.js <url> [--token t] [tool [json arguments]]');
	const mcp = await connectMcp(url, { token });
	try {
		const answer = tool
			? await mcp.client.callTool({ name: tool, arguments: JSON.parse(args || '{}') })
			: await mcp.client.listTools();
		console.log(JSON.stringify(answer, null, 2));
	} finally {
		await mcp.close();
	}
}

if (require.main === module) {
	cli(process.argv.slice(2)).catch((e) => {
		console.error(e.message);
		process.exit(1);
	});
}
