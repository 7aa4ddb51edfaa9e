/**
 * Records the requests of every configuration in version1-requests.matrix.ts into
 * version1-requests.json: `npm run capture:version1`. Not part of `npx jest` (its name does
 * not end in .test.ts). Read version1-requests.test.ts before running it.
 */
import { runVersion1Case, VERSION1_CASES } from './version1-requests.matrix';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeVersion1Fixture } = require('../../helpers/version1-fixture');

it('records the requests of every typeVersion 1 configuration', async () => {
	const cases = [];
	for (const testCase of VERSION1_CASES) {
		const run = await runVersion1Case(testCase);
		expect({ name: testCase.name, error: run.error }).toEqual({ name: testCase.name });
		cases.push({ name: testCase.name, requests: run.requests });
	}
	const names = VERSION1_CASES.map((c) => c.name);
	expect(new Set(names).size).toBe(names.length);
	writeVersion1Fixture(cases);
});
