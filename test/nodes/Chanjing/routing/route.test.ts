import type { INodePropertyRouting } from 'n8n-workflow';

import { prepareAccessToken, retryOnRejectedToken } from '../../../../nodes/Chanjing/auth/hooks';
import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
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

describe('every operation of every resource takes part', () => {
	const selectors = new Chanjing().description.properties.filter(
		(property) => property.name === 'operation',
	);
	const operations = selectors.flatMap((selector) =>
		(selector.options as Array<{ value: string; routing?: INodePropertyRouting }>).map(
			(option) => ({
				name: `${String(selector.displayOptions?.show?.resource)} ${option.value}`,
				routing: option.routing,
			}),
		),
	);

	it('every operation has its routing', () => {
		expect(operations.map((o) => [o.name, Boolean(o.routing?.request)])).toEqual([
			['video generate', true],
			['video get', true],
			['video getAll', true],
			['image generate', true],
			['image get', true],
			['image getAll', true],
			['avatarVideo create', true],
			['avatarVideo delete', true],
			['avatarVideo get', true],
			['avatarVideo getAll', true],
			['speech generate', true],
			['speech get', true],
			['lipSync create', true],
			['lipSync get', true],
			['lipSync getAll', true],
			['avatar createCustom', true],
			['avatar delete', true],
			['avatar get', true],
			['avatar getAll', true],
			['voice clone', true],
			['voice delete', true],
			['voice get', true],
			['voice getAll', true],
			['account getBalance', true],
			['account getInfo', true],
		]);
	});

	it.each(operations.filter((o) => o.routing?.request).map((o) => [o.name, o.routing!] as const))(
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
