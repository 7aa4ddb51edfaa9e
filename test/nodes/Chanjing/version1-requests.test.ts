/**
 * A workflow saved with typeVersion 1 of the Chanjing node sends exactly the requests it sent
 * when version 1 was the newest: same order, method, URL with query string, headers that the
 * node decides (access_token, accept, content-type, content-length) and body, byte for byte.
 *
 * version1-requests.json holds those requests, recorded from the commit named in its
 * `sourceCommit` for every configuration in version1-requests.matrix.ts (the one place the
 * configurations are defined, as n8n saves them). Each one runs here as a typeVersion 1 node
 * through n8n-core's WorkflowExecute, with nock answering as Chanjing, its storage and its CDN
 * (test/helpers/recording-chanjing.ts), and what went out on the wire must equal the recording.
 *
 * When this test fails, version 1 changed: fix the code, not the recording. Recording again is
 * right only when a change to version 1's requests is intended, and none is: users' saved
 * workflows keep sending what they sent (put a new behaviour in a new typeVersion).
 *
 * A new configuration added to the matrix is recorded with
 *
 *   npm run capture:version1
 *
 * which records only the configurations the file does not have yet (each with the commit it
 * was recorded from), refuses uncommitted changes under nodes/ or credentials/, and writes
 * nothing when a configuration already recorded sends something else now. Check with
 * `git diff test/nodes/Chanjing/version1-requests.json` that only new cases were added.
 */
import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { CHANJING_TYPE } from '../../helpers/node-types';
import type { RecordedRequest } from '../../helpers/recording-chanjing';
import {
	runVersion1Case,
	VERSION1_CASES,
	version1Description,
	version1ParameterList,
	version1Properties,
} from './version1-requests.matrix';

interface Fixture {
	sourceCommit: string;
	/** Every parameter name and option value version 1 offered when it was recorded. */
	version1Parameters: string[];
	cases: Array<{ name: string; recordedFrom?: string; requests: RecordedRequest[] }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fixture = require('./version1-requests.json') as Fixture;

const recorded = new Map(fixture.cases.map((c) => [c.name, c.requests]));

function usedByCases(): Set<string> {
	const used = new Set<string>();
	const visit = (parameters: INodeParameters) => {
		for (const [name, value] of Object.entries(parameters)) {
			used.add(name);
			if (value && typeof value === 'object' && !Array.isArray(value))
				visit(value as INodeParameters);
			else used.add(`${name}=${String(value)}`);
		}
	};
	for (const testCase of VERSION1_CASES) visit(testCase.parameters);
	return used;
}

describe('typeVersion 1 sends the recorded requests', () => {
	it('has a recording for every configuration of the matrix and none other', () => {
		expect(fixture.sourceCommit).toMatch(/^[0-9a-f]{40}$/);
		for (const c of fixture.cases)
			expect(c.recordedFrom ?? fixture.sourceCommit).toMatch(/^[0-9a-f]{40}$/);
		expect([...recorded.keys()].sort()).toEqual(VERSION1_CASES.map((c) => c.name).sort());
	});

	it('covers every parameter and option value version 1 had when it was recorded', () => {
		const used = usedByCases();
		expect(fixture.version1Parameters.length).toBeGreaterThan(40);
		expect(fixture.version1Parameters.filter((p) => !used.has(p))).toEqual([]);
	});

	it('still offers every parameter and option value on version 1 (saved workflows use them)', () => {
		const offered = new Set(version1ParameterList());
		expect(fixture.version1Parameters.filter((p) => !offered.has(p))).toEqual([]);
	});

	it('stores parameters the way n8n saves them (defaults left out)', () => {
		const properties = version1Properties();
		for (const testCase of VERSION1_CASES.filter((c) => !c.defaultsWrittenOut)) {
			const node = {
				name: 'Chanjing',
				type: CHANJING_TYPE,
				typeVersion: 1,
				parameters: testCase.parameters,
			};
			const saved = NodeHelpers.getNodeParameters(
				properties,
				testCase.parameters,
				false,
				false,
				node as never,
				version1Description(),
			);
			expect({ name: testCase.name, parameters: saved }).toEqual({
				name: testCase.name,
				parameters: testCase.parameters,
			});
		}
	});

	it.each(VERSION1_CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
		const run = await runVersion1Case(testCase);

		expect(run.error).toBeUndefined();
		expect(run.requests).toEqual(recorded.get(testCase.name));
	});
});
