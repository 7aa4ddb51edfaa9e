import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../nodes/Chanjing/Chanjing.node';

const { description } = new Chanjing();

/**
 * n8n's nodes panel (editor-ui `modeCategory`, 1.123.x and 2.41.x): for a node in the AI
 * category, the options of the first property named "mode" (any case) become a second group
 * of actions, named by each option's `action` or its name in Start Case.
 */
function modeActions(properties: INodeProperties[]): string[] {
	const mode = properties.find((property) => property.name?.toLowerCase() === 'mode');
	return (mode?.options ?? []).map(
		(option) => ('action' in option && option.action) || option.name,
	);
}

/**
 * n8n 1.123.x's nodes panel (editor-ui `resourceCategories`): the actions of every property
 * named "resource", whatever version it is shown on, each option with the operations shown
 * for it. (2.41.x takes only the properties shown on the default version.)
 */
function resourceActions1x(properties: INodeProperties[]): string[] {
	return properties
		.filter((property) => property.name === 'resource')
		.flatMap((resource) =>
			(resource.options ?? []).flatMap((option) => {
				const value = (option as { value: string }).value;
				const operation = properties.find(
					(property) =>
						property.name === 'operation' &&
						(property.displayOptions?.show?.resource?.includes(value) ??
							resource.options?.length === 1),
				);
				return (operation?.options ?? []).map((o) => ('action' in o && o.action) || o.name);
			}),
		);
}

/** The parameters n8n keeps for a node of this version, defaults included (a saved workflow). */
function parametersOf(
	properties: INodeProperties[],
	version: number,
	values: INodeParameters,
): INodeParameters {
	return NodeHelpers.getNodeParameters(
		properties,
		values,
		true,
		false,
		{ typeVersion: version } as never,
		description,
	) as INodeParameters;
}

describe('the nodes panel', () => {
	it('lists no mode actions: the first "mode" property has no options', () => {
		expect(modeActions(description.properties)).toEqual([]);
		// Without it the panel would list the Mode of Generate as actions of their own.
		expect(modeActions(description.properties.slice(1))).toEqual([
			'Text to Video',
			'First Frame to Video',
			'First and Last Frame to Video',
		]);
	});

	it("lists each action once, also on n8n 1.x (version 1's Resource is hidden)", () => {
		const actions = resourceActions1x(description.properties);
		expect(actions).toEqual(
			expect.arrayContaining(['Generate video', 'Get video', 'Get many videos']),
		);
		expect(actions).toEqual([...new Set(actions)]);
		// A Resource dropdown on version 1 too would list the video actions twice.
		const resource = description.properties.find((p) => p.name === 'resource' && p.options)!;
		const twoResources = [
			{
				...resource,
				options: resource.options?.filter((o) => (o as { value: string }).value === 'video'),
			},
			...description.properties,
		];
		expect(resourceActions1x(twoResources)).toHaveLength(actions.length + 3);
	});

	it('names actions without articles', () => {
		for (const action of resourceActions1x(description.properties))
			expect(action).not.toMatch(/\b(a|an|the)\b/i);
	});

	it.each([1, 2])('the placeholder changes no parameter of a version %i node', (version) => {
		const nodes: INodeParameters[] = [
			{ resource: 'video', operation: 'generate' },
			{ resource: 'video', operation: 'generate', mode: 'firstFrameToVideo', prompt: 'p' },
			{ resource: 'video', operation: 'get', creationId: 'c-1' },
			{ resource: 'video', operation: 'getAll' },
		];
		for (const values of nodes) {
			const withPlaceholder = parametersOf(description.properties, version, values);
			expect(withPlaceholder).toEqual(
				parametersOf(description.properties.slice(1), version, values),
			);
			expect(withPlaceholder.mode).toBe(
				values.operation === 'generate' ? (values.mode ?? 'textToVideo') : undefined,
			);
		}
	});
});
