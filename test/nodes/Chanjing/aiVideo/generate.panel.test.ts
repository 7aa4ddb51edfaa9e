import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { VIDEO_MODELS } from '../../../../nodes/Chanjing/aiVideo/videoModels';

/**
 * Video → Generate in the panel, as n8n decides what a user sees (NodeHelpers). (The frame
 * sources: frameSource.test.ts.)
 */
const description = new Chanjing().description;
const NODE_V2 = { typeVersion: 2 };

/** The parameters of a saved node of this version, defaults included, as n8n fills them in. */
function parametersOf(version: number, values: INodeParameters): INodeParameters {
	return NodeHelpers.getNodeParameters(
		description.properties,
		{ resource: 'video', operation: 'generate', ...values },
		true,
		false,
		{ typeVersion: version } as never,
		description,
	) as INodeParameters;
}

/** The Options collection of version 2's Generate and whether n8n shows one of its options. */
function optionShown(name: string, root: INodeParameters): boolean {
	const values = parametersOf(2, root);
	const collection = description.properties.find(
		(p) =>
			p.name === 'options' &&
			NodeHelpers.displayParameter(values, p, NODE_V2 as never, description, values),
	) as INodeProperties;
	const option = (collection.options as INodeProperties[]).find((o) => o.name === name)!;
	return NodeHelpers.displayParameter({}, option, NODE_V2 as never, description, values);
}

describe('Video → Generate in the panel', () => {
	it('Model lists the default model first and Custom last', () => {
		const model = description.properties.find(
			(p) =>
				p.name === 'model' &&
				p.type === 'options' &&
				NodeHelpers.displayParameter(parametersOf(2, {}), p, NODE_V2 as never, description),
		)!;
		const names = (model.options as Array<{ name: string }>).map((o) => o.name);
		expect(names[0]).toBe(VIDEO_MODELS[0].name);
		expect(model.default).toBe(VIDEO_MODELS[0].code);
		expect(names.at(-1)).toBe('Custom');
		expect(names).toHaveLength(VIDEO_MODELS.length + 1);
	});

	it('Send Frames As is offered only where frames are sent', () => {
		expect(optionShown('frameFields', { mode: 'textToVideo' })).toBe(false);
		expect(optionShown('frameFields', { mode: 'firstFrameToVideo' })).toBe(true);
		expect(optionShown('frameFields', { mode: 'firstAndLastFrameToVideo' })).toBe(true);
	});
});
