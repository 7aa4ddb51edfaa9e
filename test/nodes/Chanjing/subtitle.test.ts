import { type INode, type INodeParameters, Workflow } from 'n8n-workflow';

import { subtitle } from '../../../nodes/Chanjing/subtitle';
import { CHANJING_TYPE, nodeTypes } from '../../helpers/node-types';

/** The subtitle as n8n's expression engine renders it under the node on the canvas. */
function rendered(parameters: INodeParameters, typeVersion = 2): unknown {
	const node: INode = {
		id: 'n',
		name: 'Chanjing',
		type: CHANJING_TYPE,
		typeVersion,
		position: [0, 0],
		parameters,
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(
		workflow.getNode('Chanjing')!,
		subtitle,
		'manual',
		{},
	);
}

describe('the canvas subtitle, in words', () => {
	it.each([
		[{}, 'Generate Video · MiniMax Hailuo 02 · Text to Video'],
		[
			{ model: 'kling-v2-5-turbo-normal', mode: 'firstFrameToVideo' },
			'Generate Video · Kling v2.5 Turbo · First Frame to Video',
		],
		[{ model: 'custom' }, 'Generate Video · Custom Model'],
		[{ resource: 'image', model: 'doubao-seedream-4.0' }, 'Generate Image · Seedream 4.0'],
		[{ resource: 'image', operation: 'getAll' }, 'Get Many Images'],
		[{ operation: 'get' }, 'Get Video'],
		[{ resource: 'avatar', operation: 'getAll' }, 'Get Many Avatars'],
		[{ resource: 'speech', operation: 'generate' }, 'Generate Speech'],
		[{ resource: 'avatarVideo', operation: 'create' }, 'Create Avatar Video'],
		[{ resource: 'avatarVideo', operation: 'getAll' }, 'Get Many Avatar Videos'],
		[{ resource: 'avatarVideo', operation: 'delete' }, 'Delete Avatar Video'],
		[{ resource: 'speech', operation: 'get' }, 'Get Speech'],
		[{ resource: 'voice', operation: 'getAll' }, 'Get Many Voices'],
		[{ resource: 'account', operation: 'getBalance' }, 'Get Balance'],
		[{ resource: 'account', operation: 'getInfo' }, 'Get Account Info'],
	])('%j → %s', (parameters, expected) => {
		expect(rendered(parameters as INodeParameters)).toBe(expected);
	});

	it('reads a version 1 node (no Model saved) as Hailuo 02', () => {
		expect(rendered({ mode: 'firstAndLastFrameToVideo' }, 1)).toBe(
			'Generate Video · MiniMax Hailuo 02 · First and Last Frame to Video',
		);
	});
});
