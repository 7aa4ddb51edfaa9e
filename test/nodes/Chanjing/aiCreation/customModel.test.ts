import {
	checkCustomModel,
	parseAdditionalBodyFields,
} from '../../../../nodes/Chanjing/aiCreation/customModel';

describe('Additional Body Fields (JSON)', () => {
	it('gives an object as it is, and nothing for an empty value', () => {
		expect(parseAdditionalBodyFields('{ "style": "anime", "seed": 42 }')).toEqual({
			fields: { style: 'anime', seed: 42 },
		});
		expect(parseAdditionalBodyFields({ seed: 1 })).toEqual({ fields: { seed: 1 } });
		expect(parseAdditionalBodyFields('  ')).toEqual({ fields: {} });
	});

	it('explains bad JSON in one line, without quoting the text back', () => {
		const parsed = parseAdditionalBodyFields('{"style": anime,\n"seed": 42}');
		expect(parsed).toEqual({
			problem: {
				field: 'Additional Body Fields (JSON)',
				message: expect.stringMatching(/^is not valid JSON: [^\n]+$/),
			},
		});
		expect(JSON.stringify(parsed)).not.toContain('seed');
	});

	it.each([
		['[1, 2]', /must be a JSON object such as/],
		['"text"', /must be a JSON object such as/],
		[
			'{ "creation_type": 3 }',
			/must not contain "creation_type"; set it in Model Code or Creation Type/,
		],
	])('refuses %s', (value, message) => {
		const parsed = parseAdditionalBodyFields(value);
		expect('problem' in parsed && parsed.problem.message).toMatch(message);
	});
});

describe('the Custom model', () => {
	it.each([
		[{ code: 'seedance 2', creationType: 4 }, 'Model Code'],
		[{ code: 'x-1', creationType: 0 }, 'Creation Type'],
		[{ code: 'x-1', creationType: '' }, 'Creation Type'],
	])('%j is refused for its %s', (model, field) => {
		expect(checkCustomModel({ additionalBodyFields: '{}', ...model })?.field).toBe(field);
	});

	it('takes a code with dots, dashes and underscores and a creation type as text', () => {
		expect(
			checkCustomModel({ code: 'tx_kling-v3.0', creationType: ' 4 ', additionalBodyFields: '' }),
		).toBeUndefined();
	});
});
