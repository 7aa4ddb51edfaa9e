import type { INode } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../nodes/Chanjing/Chanjing.node';
import { ChanjingTrigger } from '../../nodes/ChanjingTrigger/ChanjingTrigger.node';
import { LATEST_VERSION } from '../../nodes/Chanjing/fields/versions';
import { DEMO_MEDIA, EXAMPLE_CREDENTIAL_ID, exampleForDemo, loadAllExamples } from './examples';

interface Parameters {
	content?: string;
	operation?: string;
	mode?: string;
	resume?: string;
	waitForCompletion?: boolean;
	downloadVideo?: boolean;
	creationId?: { __rl?: boolean; mode?: string; value?: string };
	options?: { callbackUrl?: string };
}
interface Node {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Parameters;
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
const TRIGGER = 'n8n-nodes-chanjing.chanjingTrigger';
const triggers = (wf: Workflow) => wf.nodes.filter((n) => n.type === TRIGGER);
const description = new Chanjing().description;

describe('examples/: workflows written for users', () => {
	it.each(examples)('%s: named, annotated, connected, on the example credential', (_f, wf) => {
		expect(wf.name).toMatch(/^Chanjing example \d+: /);
		expect(wf.id).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(new Set(wf.nodes.map((n) => n.id)).size).toBe(wf.nodes.length);
		const note = wf.nodes.find((n) => n.type === 'n8n-nodes-base.stickyNote');
		expect(note?.parameters.content).toMatch(/\*\*Run:\*\*/);
		expect(note?.parameters.content).toMatch(/\*\*Expect:\*\*/);
		expect(chanjing(wf).length + triggers(wf).length).toBeGreaterThan(0);
		for (const node of triggers(wf)) {
			expect(node.credentials?.chanjingApi.id).toBe(EXAMPLE_CREDENTIAL_ID);
			expect(JSON.stringify(wf.connections)).toContain(`"${node.name}":{"main"`);
		}
		for (const node of chanjing(wf)) {
			expect(node.credentials?.chanjingApi.id).toBe(EXAMPLE_CREDENTIAL_ID);
			// reached from the trigger: some connection leads into it
			expect(JSON.stringify(wf.connections)).toContain(`"node":"${node.name}"`);
		}
	});

	// A user who adds the node gets the latest version; an example shows the same panel.
	it.each(examples)(
		'%s: Chanjing nodes of the latest version, with its parameters only',
		(_f, wf) => {
			for (const node of chanjing(wf)) {
				expect({ node: node.name, typeVersion: node.typeVersion }).toEqual({
					node: node.name,
					typeVersion: LATEST_VERSION,
				});
				// What the panel of that version shows, defaults filled in: a parameter the version
				// does not have (e.g. version 1's Options → Wait for Completion) is not in it.
				const shown = NodeHelpers.getNodeParameters(
					description.properties,
					node.parameters as INode['parameters'],
					true,
					false,
					node as unknown as INode,
					description,
				);
				expect({ node: node.name, parameters: shown }).toMatchObject({
					node: node.name,
					parameters: node.parameters,
				});
			}
		},
	);

	it('cover every mode, waiting with download, the callback with a Wait node, Get and Get Many', () => {
		const nodes = examples.flatMap(([, wf]) => chanjing(wf).map((n) => ({ wf, p: n.parameters })));
		const generate = nodes.filter((n) => n.p.operation === 'generate');
		expect(new Set(generate.map((n) => n.p.mode))).toEqual(
			new Set(['textToVideo', 'firstFrameToVideo', 'firstAndLastFrameToVideo']),
		);
		expect(generate.some((n) => n.p.waitForCompletion && n.p.downloadVideo)).toBe(true);
		const callback = generate.find(
			(n) => n.p.options?.callbackUrl === '={{ $execution.resumeUrl }}',
		);
		expect(
			callback?.wf.nodes.find((n) => n.type === 'n8n-nodes-base.wait')?.parameters.resume,
		).toBe('webhook');
		expect(nodes.map((n) => n.p.operation)).toEqual(expect.arrayContaining(['get', 'getAll']));
		const get = nodes.find((n) => n.p.operation === 'get');
		expect(get?.p.creationId).toEqual({
			__rl: true,
			mode: 'id',
			value: '={{ $json.creationId }}',
		});
	});

	it("cover Chanjing's own products: a script becoming an avatar video, text to speech", () => {
		const nodes = examples.flatMap(([, wf]) =>
			chanjing(wf).map((n) => n.parameters as Record<string, unknown>),
		);
		const video = nodes.find((p) => p.resource === 'avatarVideo');
		expect(video).toMatchObject({ subtitles: true, waitForCompletion: true, downloadVideo: true });
		expect(video?.driveWith ?? 'text').toBe('text');
		const speech = nodes.find((p) => p.resource === 'speech');
		expect(speech).toMatchObject({ voice: { __rl: true, mode: 'list' } });
		// waiting and the download are on by default for speech: the example leaves them so
		expect(speech).not.toHaveProperty('waitForCompletion');
	});

	it('cover the Chanjing Trigger in both modes, with its panel defaults filled in', () => {
		const { description: trigger } = new ChanjingTrigger();
		const nodes = examples.flatMap(([, wf]) => triggers(wf));
		const modes = nodes.map((n) => (n.parameters as Record<string, unknown>).triggerMode);
		expect(modes.sort()).toEqual(['polling', 'webhook']);
		for (const node of nodes) {
			const shown = NodeHelpers.getNodeParameters(
				trigger.properties,
				node.parameters as INode['parameters'],
				true,
				false,
				node as unknown as INode,
				trigger,
			);
			const { pollTimes, ...parameters } = node.parameters as Record<string, unknown>;
			expect(shown).toMatchObject(parameters);
			if ((node.parameters as Record<string, unknown>).triggerMode === 'polling')
				expect(pollTimes).toEqual({ item: [{ mode: 'everyMinute' }] });
		}
	});

	it("cover a user's own voice and video: a recording cloned, then spoken; a video trained, then presenting", () => {
		const flows = examples.map(([, wf]) =>
			chanjing(wf).map((n) => n.parameters as Record<string, unknown>),
		);
		const voiceFlow = flows.find((nodes) => nodes.some((p) => p.operation === 'clone'));
		expect(voiceFlow?.[0]).toMatchObject({ resource: 'voice', audioSource: 'binary' });
		expect(voiceFlow?.[0]).not.toHaveProperty('waitForCompletion');
		expect(voiceFlow?.[1]).toMatchObject({
			resource: 'speech',
			voice: { __rl: true, mode: 'id', value: '={{ $json.voiceId }}' },
		});
		const avatarFlow = flows.find((nodes) => nodes.some((p) => p.operation === 'createCustom'));
		expect(avatarFlow?.[0]).toMatchObject({ resource: 'avatar', waitForCompletion: true });
		expect(avatarFlow?.[1]).toMatchObject({
			resource: 'avatarVideo',
			avatar: { __rl: true, mode: 'id', value: '={{ $json.avatarId }}' },
			voice: { __rl: true, mode: 'id', value: '={{ $json.voiceId }}' },
		});
	});

	it('in the demo, the placeholder links of the own-material examples point at the simulator', () => {
		const texts = examples.map(([, wf]) => JSON.stringify(wf));
		for (const placeholder of Object.keys(DEMO_MEDIA)) {
			expect(texts.filter((text) => text.includes(placeholder))).toHaveLength(1);
		}
		const demo = texts.map((text) => exampleForDemo(text, 'http://127.0.0.1:9'));
		expect(demo.join('')).not.toMatch(/https:\/\/example\.com\/(my-voice|me-speaking)/);
		expect(demo.join('')).toContain('"url":"http://127.0.0.1:9/assets/samples/recording.wav"');
		expect(demo.join('')).toContain('"url":"http://127.0.0.1:9/assets/samples/presenter.mp4"');
	});
});
