import { EXAMPLE_CREDENTIAL_ID, loadAllExamples } from './examples';

interface Options {
	waitForCompletion?: boolean;
	downloadVideo?: boolean;
	callbackUrl?: string;
}
interface Node {
	id: string;
	name: string;
	type: string;
	parameters: {
		content?: string;
		operation?: string;
		mode?: string;
		resume?: string;
		options?: Options;
	};
	credentials?: Record<string, { id: string }>;
}
interface Workflow {
	id: string;
	name: string;
	nodes: Node[];
	connections: Record<string, unknown>;
}

const examples = loadAllExamples() as Array<[string, Workflow]>;
const chanjing = (wf: Workflow) => wf.nodes.filter((n) => n.type === 'n8n-nodes-chanjing.chanjing');

describe('examples/: workflows written for users', () => {
	it.each(examples)('%s: named, annotated, connected, on the example credential', (_f, wf) => {
		expect(wf.name).toMatch(/^Chanjing example \d: /);
		expect(wf.id).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(new Set(wf.nodes.map((n) => n.id)).size).toBe(wf.nodes.length);
		const note = wf.nodes.find((n) => n.type === 'n8n-nodes-base.stickyNote');
		expect(note?.parameters.content).toMatch(/\*\*Run:\*\*/);
		expect(note?.parameters.content).toMatch(/\*\*Expect:\*\*/);
		expect(chanjing(wf).length).toBeGreaterThan(0);
		for (const node of chanjing(wf)) {
			expect(node.credentials?.chanjingApi.id).toBe(EXAMPLE_CREDENTIAL_ID);
			// reached from the trigger: some connection leads into it
			expect(JSON.stringify(wf.connections)).toContain(`"node":"${node.name}"`);
		}
	});

	it('cover every mode, waiting with download, the callback with a Wait node, Get and Get Many', () => {
		const nodes = examples.flatMap(([, wf]) => chanjing(wf).map((n) => ({ wf, p: n.parameters })));
		const generate = nodes.filter((n) => n.p.operation === 'generate');
		expect(new Set(generate.map((n) => n.p.mode))).toEqual(
			new Set(['textToVideo', 'firstFrameToVideo', 'firstAndLastFrameToVideo']),
		);
		expect(generate.some((n) => n.p.options?.waitForCompletion && n.p.options?.downloadVideo)).toBe(
			true,
		);
		const callback = generate.find(
			(n) => n.p.options?.callbackUrl === '={{ $execution.resumeUrl }}',
		);
		expect(
			callback?.wf.nodes.find((n) => n.type === 'n8n-nodes-base.wait')?.parameters.resume,
		).toBe('webhook');
		expect(nodes.map((n) => n.p.operation)).toEqual(expect.arrayContaining(['get', 'getAll']));
	});
});
