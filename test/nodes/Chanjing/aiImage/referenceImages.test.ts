import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Chanjing } from '../../../../nodes/Chanjing/Chanjing.node';
import { IMAGE_MODELS } from '../../../../nodes/Chanjing/aiImage/imageModels';

/** Image → Generate's Reference Images fields in the panel, as n8n decides what a user sees. */
const description = new Chanjing().description;
const FIELDS = ['referenceImageSource', 'referenceImageUrls', 'referenceImageBinaryProperties'];

function parametersOf(values: INodeParameters): INodeParameters {
	return NodeHelpers.getNodeParameters(
		description.properties,
		{ resource: 'image', operation: 'generate', ...values },
		true,
		false,
		{ typeVersion: 2 } as never,
		description,
	) as INodeParameters;
}

function shown(values: INodeParameters): string[] {
	const all = parametersOf(values);
	return description.properties
		.filter((p) => FIELDS.includes(p.name))
		.filter((p) => NodeHelpers.displayParameter(all, p, { typeVersion: 2 } as never, description))
		.map((p) => p.name);
}

describe('Reference Images in the panel', () => {
	it.each(IMAGE_MODELS.map((model) => [model.name, model.code, model.referenceImages === true]))(
		'%s: offered only when its page takes ref_img_url',
		(_name, code, takesReferences) => {
			expect(shown({ model: code as string }).includes('referenceImageSource')).toBe(
				takesReferences,
			);
		},
	);

	it('not offered for Custom (its references go in its JSON fields)', () => {
		expect(shown({ model: 'custom', referenceImageSource: 'url' })).toEqual([]);
	});

	it('None by default; the URLs with URLs, the binary properties ("data") with Binary', () => {
		const model = IMAGE_MODELS.find((m) => m.referenceImages)!.code;
		expect(parametersOf({ model }).referenceImageSource).toBe('none');
		expect(shown({ model })).toEqual(['referenceImageSource']);
		expect(shown({ model, referenceImageSource: 'url' })).toEqual([
			'referenceImageSource',
			'referenceImageUrls',
		]);
		expect(shown({ model, referenceImageSource: 'binary' })).toEqual([
			'referenceImageSource',
			'referenceImageBinaryProperties',
		]);
		expect(
			parametersOf({ model, referenceImageSource: 'binary' }).referenceImageBinaryProperties,
		).toBe('data');
	});
});
