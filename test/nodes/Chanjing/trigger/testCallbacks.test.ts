import type { IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import { leaveTestItems, takeTestItems } from '../../../../nodes/Chanjing/trigger/testCallbacks';

function context(workflowId = 'wf-1', node = 'Chanjing Trigger') {
	return {
		getWorkflow: () => ({ id: workflowId }),
		getNode: () => ({ name: node }),
	} as unknown as IWebhookFunctions & IPollFunctions;
}

describe('leaveTestItems and takeTestItems', () => {
	it("hands a test callback's items to the manual poll that follows, once", () => {
		const items = [{ json: { creationId: 'vid-1' } }];
		leaveTestItems(context(), items);
		expect(takeTestItems(context())).toEqual([items]);
		expect(() => takeTestItems(context())).toThrow("No callback reached this node's Test URL");
	});

	it('keeps them apart per workflow and node', () => {
		leaveTestItems(context('wf-1'), [{ json: { n: 1 } }]);
		expect(() => takeTestItems(context('wf-2'))).toThrow();
		expect(() => takeTestItems(context('wf-1', 'Other'))).toThrow();
		expect(takeTestItems(context('wf-1'))).toEqual([[{ json: { n: 1 } }]]);
	});
});
