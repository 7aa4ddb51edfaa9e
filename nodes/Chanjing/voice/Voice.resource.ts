import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { explainForModel } from '../completion/agentAnswer';
import { completeTask } from '../completion/complete';
import type { ChanjingResource } from '../fields/resource';
import { lookupGetManyHooks, lookupListFields } from '../lookups/getMany';
import { PUBLIC_VOICES_PATH } from '../lookups/paths';
import { voiceListing, voiceTypeField } from '../lookups/voiceListing';
import { searchVoices } from '../lookups/voiceSearch';
import { chanjingRoute } from '../routing/route';
import { toCreationResult } from '../submit/creationResult';
import { submitOnce } from '../submit/submitOnce';
import { voiceAdapter } from './adapter';
import * as clone from './clone.operation';
import { prepareVoiceClone } from './cloneBody';
import * as del from './delete.operation';
import * as get from './get.operation';
import { CLONE_VOICE_PATH, CLONED_VOICE_PATH, DELETE_VOICE_PATH } from './paths';
import {
	nothingToDelete,
	toClonedVoiceResult,
	toDeletedVoice,
	voiceIdBody,
	voiceIdQuery,
} from './voiceIdHooks';
import { searchClonedVoices } from './voiceSearch';

const getMany = lookupGetManyHooks(voiceListing);

const voiceOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Clone',
		value: 'clone',
		action: 'Clone voice',
		description:
			"Clone a person's voice from a recording (URL or binary MP3, WAV or M4A, 15 s to 5 min) and, by default, wait until it is ready: the voiceId that Speech → Generate and Avatar Video → Create take; each clone uses your Chanjing quota",
		routing: chanjingRoute(
			{ method: 'POST', url: CLONE_VOICE_PATH },
			{
				preSend: [prepareVoiceClone],
				postReceive: [toCreationResult(voiceAdapter)],
				// A create is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(voiceAdapter),
				after: [
					completeTask(voiceAdapter, { downloadNeedsWait: true }),
					explainForModel(voiceAdapter),
				],
			},
		),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete voice',
		description:
			'Permanently delete a cloned voice from your Chanjing account by its voice ID (it can no longer speak; this cannot be undone). An empty ID deletes nothing.',
		routing: chanjingRoute(
			{ method: 'POST', url: DELETE_VOICE_PATH },
			{ withoutRequest: nothingToDelete, preSend: [voiceIdBody], postReceive: [toDeletedVoice] },
		),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get voice',
		description:
			'Get a cloned voice by its voice ID: status (queued, cloning, ready, expired, failed, deleted), progress and a sample, optionally waiting until it is ready',
		routing: chanjingRoute(
			{ method: 'GET', url: CLONED_VOICE_PATH },
			{
				preSend: [voiceIdQuery],
				postReceive: [toClonedVoiceResult],
				after: [
					completeTask(voiceAdapter, { downloadNeedsWait: false }),
					explainForModel(voiceAdapter),
				],
			},
		),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many voices',
		description:
			"List Chanjing's public voices or your cloned voices (with their status): the voiceId that Speech → Generate and Avatar Video → Create take",
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

/** Voice: the voices text is spoken with, public and cloned (声音克隆). */
export const voiceResource: ChanjingResource = {
	name: 'Voice',
	value: 'voice',
	properties: [
		voiceOperations,
		...clone.description,
		...get.description,
		...updateDisplayOptions({ show: { resource: ['voice'], operation: ['getAll'] } }, [
			voiceTypeField,
			...lookupListFields,
		]),
		...del.description,
	],
	listSearch: { searchVoices, searchClonedVoices },
};
