/**
 * Records the requests of the configurations in version1-requests.matrix.ts that
 * version1-requests.json does not have yet: `npm run capture:version1`. Recordings already
 * there are never replaced: when the code now sends something else for one of them, nothing is
 * written and this fails (version 1 changed; see version1-requests.test.ts). Not part of
 * `npx jest` (its name does not end in .test.ts).
 */
import type { RecordedRequest } from '../../helpers/recording-chanjing';
import { runVersion1Case, VERSION1_CASES, version1ParameterList } from './version1-requests.matrix';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readVersion1Fixture, writeVersion1Fixture } = require('../../helpers/version1-fixture');

interface RecordedCase {
	name: string;
	recordedFrom?: string;
	requests: RecordedRequest[];
}

it('records the requests of every new typeVersion 1 configuration', async () => {
	const names = VERSION1_CASES.map((c) => c.name);
	expect(new Set(names).size).toBe(names.length);
	const fixture = readVersion1Fixture();
	const earlier = new Map<string, RecordedCase>(
		((fixture?.cases ?? []) as RecordedCase[]).map((c) => [c.name, c]),
	);
	const cases = [];
	const changed: string[] = [];
	for (const testCase of VERSION1_CASES) {
		const run = await runVersion1Case(testCase);
		expect({ name: testCase.name, error: run.error }).toEqual({ name: testCase.name });
		const recorded = earlier.get(testCase.name);
		if (recorded && JSON.stringify(recorded.requests) !== JSON.stringify(run.requests))
			changed.push(testCase.name);
		cases.push(recorded ?? { name: testCase.name, requests: run.requests, isNew: true });
	}
	// version 1 must not change: nothing is written when a recorded case sends something else
	expect(changed).toEqual([]);
	// what version 1 offered is taken once, with the first recording
	writeVersion1Fixture(cases, fixture?.version1Parameters ?? version1ParameterList());
});
