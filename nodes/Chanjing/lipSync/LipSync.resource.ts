import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { explainForModel } from '../completion/agentAnswer';
import { completeTask } from '../completion/complete';
import type { ChanjingResource } from '../fields/resource';
import { lookupGetManyHooks } from '../lookups/getMany';
import { searchVoices } from '../lookups/voiceSearch';
import { chanjingRoute } from '../routing/route';
import { toCreationResult } from '../submit/creationResult';
import { submitOnce } from '../submit/submitOnce';
import { lipSyncAdapter } from './adapter';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { prepareLipSync } from './lipSyncBody';
import { CREATE_LIP_SYNC_PATH, LIP_SYNC_LIST_PATH, LIP_SYNC_PATH } from './paths';
import { lipSyncIdQuery, toLipSyncResult } from './videoIdHooks';
import { searchLipSyncVideos } from './videoSearch';

const list = lookupGetManyHooks(getAll.lipSyncListing);

const lipSyncOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create lip-sync video',
		description:
			'Make the person in a video (MP4, MOV or WebM, from binary data or a URL) speak a script with a voice, or an audio file; each video costs Chanjing credits',
		routing: chanjingRoute(
			{ method: 'POST', url: CREATE_LIP_SYNC_PATH },
			{
				preSend: [prepareLipSync],
				postReceive: [toCreationResult(lipSyncAdapter)],
				// A create is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(lipSyncAdapter),
				after: [
					completeTask(lipSyncAdapter, { downloadNeedsWait: true }),
					explainForModel(lipSyncAdapter),
				],
			},
		),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get lip-sync video',
		description:
			'Get a lip-sync video by its video ID: status, progress, video and cover URLs, optionally waiting for it and downloading the MP4',
		routing: chanjingRoute(
			{ method: 'GET', url: LIP_SYNC_PATH },
			{
				preSend: [lipSyncIdQuery],
				postReceive: [toLipSyncResult],
				after: [
					completeTask(lipSyncAdapter, { downloadNeedsWait: false }),
					explainForModel(lipSyncAdapter),
				],
			},
		),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many lip-sync videos',
		description: 'List the lip-sync videos of your Chanjing account',
		routing: chanjingRoute(
			{ method: 'POST', url: LIP_SYNC_LIST_PATH },
			{ preSend: [list.preSend], postReceive: [list.postReceive] },
		),
	},
];

const lipSyncOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['lipSync'] } },
	options: lipSyncOperationOptions,
	default: 'create',
};

/** Lip Sync: a person in the user's own video speaking new words (对口型). */
export const lipSyncResource: ChanjingResource = {
	name: 'Lip Sync',
	value: 'lipSync',
	properties: [lipSyncOperations, ...create.description, ...get.description, ...getAll.description],
	listSearch: { searchVoices, searchLipSyncVideos },
};
