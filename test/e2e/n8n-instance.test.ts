import { parseExecuteOutput } from './n8n-instance';

const run = { data: { resultData: { error: { message: 'x' } } }, status: 'error' };
const json = JSON.stringify(run, null, 2);

describe('parseExecuteOutput: the run JSON of `n8n execute --rawOutput`', () => {
	it('takes the JSON alone (1.x on success)', () => {
		expect(parseExecuteOutput(json)).toEqual(run);
	});

	it('skips log lines before and an error with its stack after it', () => {
		const stdout = [
			'Execution was NOT successful. See log message for details.',
			'====================================',
			json,
			'Execution error:',
			'Boom',
			'    at x (y.js:1:1)',
		].join('\n');
		expect(parseExecuteOutput(stdout)).toEqual(run);
	});

	it('is not misled by a line of the stack that starts with "}"', () => {
		// A JSON.parse message quoting the user's JSON spans lines: `..." "a": b\n}" is not valid JSON`.
		const message =
			'Field is not valid JSON: Unexpected token \'b\', ..." "a": b\n}" is not valid JSON';
		const stdout = [json, 'Execution error:', message, `NodeApiError: ${message}`, '    at x'].join(
			'\n',
		);
		expect(parseExecuteOutput(stdout)).toEqual(run);
	});

	it('gives undefined when there is no JSON', () => {
		expect(parseExecuteOutput('Error: no such workflow\n')).toBeUndefined();
	});
});
