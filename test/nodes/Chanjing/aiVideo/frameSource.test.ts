import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';

/**
 * First and Last Frame Source in Video → Generate's panel, as n8n decides what a user sees and
 * which defaults a saved node gets (NodeHelpers).
 */
const description = new Chanjing().description;
const FRAME_FIELDS = [
	'firstFrameSource',
	'firstFrameBinaryProperty',
	'lastFrameSource',
	'lastFrameBinaryProperty',
];

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

/** The frame fields n8n shows for these values. */
function frameFieldsShown(values: INodeParameters, version = 2): string[] {
	const all = parametersOf(version, values);
	return description.properties
		.filter((p) => FRAME_FIELDS.includes(p.name))
		.filter((p) =>
			NodeHelpers.displayParameter(all, p, { typeVersion: version } as never, description),
		)
		.map((p) => p.name);
}

/** The Options collection of version 2's Generate and whether n8n shows one of its options. */
function optionShown(name: string, root: INodeParameters): boolean {
	const values = parametersOf(2, root);
	const collection = description.properties.find(
		(p) =>
			p.name === 'options' &&
			NodeHelpers.displayParameter(values, p, { typeVersion: 2 } as never, description, values),
	) as INodeProperties;
	const option = (collection.options as INodeProperties[]).find((o) => o.name === name)!;
	return NodeHelpers.displayParameter({}, option, { typeVersion: 2 } as never, description, values);
}

describe('which frame fields the panel shows', () => {
	it('text to video: none', () => {
		expect(frameFieldsShown({ mode: 'textToVideo', firstFrameSource: 'binary' })).toEqual([]);
	});

	it('first frame: its source, and its binary property only with Binary', () => {
		expect(frameFieldsShown({ mode: 'firstFrameToVideo' })).toEqual(['firstFrameSource']);
		expect(
			frameFieldsShown({
				mode: 'firstFrameToVideo',
				firstFrameSource: 'binary',
				lastFrameSource: 'binary',
			}),
		).toEqual(['firstFrameSource', 'firstFrameBinaryProperty']);
	});

	it('first and last frame: both sources, each binary property with its own Binary', () => {
		expect(
			frameFieldsShown({ mode: 'firstAndLastFrameToVideo', lastFrameSource: 'binary' }),
		).toEqual(['firstFrameSource', 'lastFrameSource', 'lastFrameBinaryProperty']);
	});

	it('a source defaults to URL', () => {
		const values = parametersOf(2, { mode: 'firstAndLastFrameToVideo' });
		expect([values.firstFrameSource, values.lastFrameSource]).toEqual(['url', 'url']);
	});
});

describe('the binary properties of the frames', () => {
	it('the two binary frames have distinct defaults from version 2 (version 1 keeps "data")', () => {
		const binary = {
			mode: 'firstAndLastFrameToVideo',
			firstFrameSource: 'binary',
			lastFrameSource: 'binary',
		};
		const v2 = parametersOf(2, binary);
		expect(v2.firstFrameBinaryProperty).toBe('data');
		expect(v2.lastFrameBinaryProperty).toBe('lastFrame');
		const v1 = parametersOf(1, binary);
		expect([v1.firstFrameBinaryProperty, v1.lastFrameBinaryProperty]).toEqual(['data', 'data']);
	});

	it('Same Image for Both Frames is offered only with a binary last frame', () => {
		expect(
			optionShown('sameImageForBothFrames', {
				mode: 'firstAndLastFrameToVideo',
				lastFrameSource: 'binary',
			}),
		).toBe(true);
		expect(
			optionShown('sameImageForBothFrames', {
				mode: 'firstAndLastFrameToVideo',
				lastFrameSource: 'url',
			}),
		).toBe(false);
		expect(optionShown('sameImageForBothFrames', { mode: 'firstFrameToVideo' })).toBe(false);
	});
});
