import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ChanjingResource } from '../fields/resource';
import { chanjingRoute } from '../routing/route';
import { lookupGetManyHooks, lookupListFields } from '../lookups/getMany';
import { PUBLIC_VOICES_PATH } from '../lookups/paths';
import { voiceListing, voiceTypeField } from '../lookups/voiceListing';
import { searchVoices } from '../lookups/voiceSearch';

const getMany = lookupGetManyHooks(voiceListing);

const voiceOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many voices',
		description:
			"List Chanjing's public voices or your cloned voices: the voiceId that Speech → Generate and Avatar Video → Create take",
		routing: chanjingRoute(
			{ method: 'GET', url: PUBLIC_VOICES_PATH },
			{ preSend: [getMany.preSend], postReceive: [getMany.postReceive] },
		),
	},
];

const voiceOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['voice'] } },
	options: voiceOperationOptions,
	default: 'getAll',
};

/** Voice: the voices text is spoken with, public and cloned. */
export const voiceResource: ChanjingResource = {
	name: 'Voice',
	value: 'voice',
	properties: [
		voiceOperations,
		...updateDisplayOptions({ show: { resource: ['voice'], operation: ['getAll'] } }, [
			voiceTypeField,
			...lookupListFields,
		]),
	],
	listSearch: { searchVoices },
};
