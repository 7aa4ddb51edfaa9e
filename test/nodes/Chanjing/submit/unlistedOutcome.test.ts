import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { unlistedOutcomeError } from '../../../../nodes/Chanjing/submit/unlistedOutcome';
import { speechAdapter } from '../../../../nodes/Chanjing/speech/adapter';

/** A lost answer of a product Chanjing keeps no list of: said plainly, never sent again. */
describe('unlistedOutcomeError', () => {
	it('says a paid task may exist, why it cannot be looked up, and what to look for', () => {
		const ctx = {
			getNode: () => ({ name: 'Chanjing' }),
			getItemIndex: () => 2,
		} as unknown as IExecuteSingleFunctions;
		const error = unlistedOutcomeError(
			ctx,
			speechAdapter,
			{ text: { text: 'Hello there' } },
			Date.UTC(2026, 10, 25, 8),
			'the connection closed before an answer',
		);
		expect(error.message).toBe(
			'A paid speech task may exist: the connection closed before an answer, and Chanjing keeps no list to check it in',
		);
		expect(error.description).toBe(
			'Chanjing offers no list of speech tasks, so a task made by a lost answer cannot be found. The node did not send it again. Running this item again may pay twice: check your Chanjing console (or Account → Get Balance) for a speech of the text "Hello there" made after 2026-11-25T08:00:00.000Z first.',
		);
		expect(error.context.itemIndex).toBe(2);
	});
});
