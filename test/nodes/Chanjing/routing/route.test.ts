import type { INodePropertyRouting } from 'n8n-workflow';

import { prepareAccessToken, retryOnRejectedToken } from '../../../../nodes/Chanjing/auth/hooks';
import { videoOperations } from '../../../../nodes/Chanjing/aiVideo/Video.resource';
import { throwOnChanjingError } from '../../../../nodes/Chanjing/routing/errorGate';
import { chanjingRoute } from '../../../../nodes/Chanjing/routing/route';
import { toTaskResult, trimCreationId } from '../../../../nodes/Chanjing/aiCreation/task';

/** The steps runItem runs for an item (the routing's custom-request hook carries them). */
function stepsOf(routing: INodePropertyRouting): { before: unknown[] } {
	return (routing.operations?.pagination as unknown as { steps: { before: unknown[] } }).steps;
}

describe('chanjingRoute', () => {
	it("puts the token hook after the operation's preSend and the token retry and error gate before its postReceive", () => {
		const routing = chanjingRoute(
			{ method: 'GET', url: '/x' },
			{ preSend: [trimCreationId], postReceive: [toTaskResult] },
		);

		expect(routing).toMatchObject({
			request: { method: 'GET', url: '/x' },
			send: { paginate: true },
			output: { postReceive: [retryOnRejectedToken, throwOnChanjingError, toTaskResult] },
		});
		expect(stepsOf(routing).before).toEqual([trimCreationId, prepareAccessToken]);
	});

	it('an operation without hooks of its own still gets the Base URL check, token and error hooks', () => {
		const routing = chanjingRoute({ method: 'POST', url: '/y' });
		expect(routing).toMatchObject({
			request: { method: 'POST', url: '/y' },
			send: { paginate: true },
			output: { postReceive: [retryOnRejectedToken, throwOnChanjingError] },
		});
		expect(stepsOf(routing).before).toEqual([prepareAccessToken]);
	});
});

describe('every operation takes part', () => {
	const operations = videoOperations.options as Array<{
		value: string;
		routing?: INodePropertyRouting;
	}>;

	it('every operation has its routing', () => {
		expect(operations.map((o) => [o.value, Boolean(o.routing?.request)])).toEqual([
			['generate', true],
			['get', true],
			['getAll', true],
		]);
	});

	it.each(operations.filter((o) => o.routing?.request).map((o) => [o.value, o.routing!] as const))(
		'%s: the token is checked last before sending, and a rejected one is renewed before the error gate',
		(_operation, routing) => {
			expect(stepsOf(routing).before.at(-1)).toBe(prepareAccessToken);
			expect(routing.output?.postReceive?.slice(0, 2)).toEqual([
				retryOnRejectedToken,
				throwOnChanjingError,
			]);
		},
	);
});
