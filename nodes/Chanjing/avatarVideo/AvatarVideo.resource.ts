import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { explainForModel } from '../completion/agentAnswer';
import { completeTask } from '../completion/complete';
import type { ChanjingResource } from '../fields/resource';
import { searchAvatars } from '../lookups/avatarSearch';
import { getFonts } from '../lookups/fonts';
import { lookupGetManyHooks } from '../lookups/getMany';
import { searchVoices } from '../lookups/voiceSearch';
import { chanjingRoute } from '../routing/route';
import { toCreationResult } from '../submit/creationResult';
import { submitOnce } from '../submit/submitOnce';
import { avatarVideoAdapter } from './adapter';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import { CREATE_VIDEO_PATH, DELETE_VIDEO_PATH, VIDEO_LIST_PATH, VIDEO_PATH } from './paths';
import { prepareAvatarVideo } from './videoBody';
import { toAvatarVideoResult, toDeleted, videoIdBody, videoIdQuery } from './videoIdHooks';
import { searchAvatarVideos } from './videoSearch';

const list = lookupGetManyHooks(getAll.videoListing);

const avatarVideoOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create avatar video',
		description:
			'Make a digital human (avatar) speak a script with a voice, or lip-sync an audio file, on a canvas with optional subtitles; each video costs Chanjing credits',
		routing: chanjingRoute(
			{ method: 'POST', url: CREATE_VIDEO_PATH },
			{
				preSend: [prepareAvatarVideo],
				postReceive: [toCreationResult(avatarVideoAdapter)],
				// A create is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(avatarVideoAdapter),
				after: [
					completeTask(avatarVideoAdapter, { downloadNeedsWait: true }),
					explainForModel(avatarVideoAdapter),
				],
			},
		),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete avatar video',
		description: 'Delete an avatar video from your Chanjing account by its video ID',
		routing: chanjingRoute(
			{ method: 'POST', url: DELETE_VIDEO_PATH },
			{ preSend: [videoIdBody], postReceive: [toDeleted] },
		),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get avatar video',
		description:
			'Get an avatar video by its video ID: status, progress, video, subtitle and cover URLs, optionally waiting for it and downloading the MP4',
		routing: chanjingRoute(
			{ method: 'GET', url: VIDEO_PATH },
			{
				preSend: [videoIdQuery],
				postReceive: [toAvatarVideoResult],
				after: [
					completeTask(avatarVideoAdapter, { downloadNeedsWait: false }),
					explainForModel(avatarVideoAdapter),
				],
			},
		),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many avatar videos',
		description: 'List the avatar videos of your Chanjing account',
		routing: chanjingRoute(
			{ method: 'POST', url: VIDEO_LIST_PATH },
			{ preSend: [list.preSend], postReceive: [list.postReceive] },
		),
	},
];

const avatarVideoOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['avatarVideo'] } },
	options: avatarVideoOperationOptions,
	default: 'create',
};

/** Avatar Video: Chanjing's digital human reading a script (数字人视频合成). */
export const avatarVideoResource: ChanjingResource = {
	name: 'Avatar Video',
	value: 'avatarVideo',
	properties: [
		avatarVideoOperations,
		...create.description,
		...get.description,
		...getAll.description,
		...del.description,
	],
	listSearch: { searchAvatars, searchVoices, searchAvatarVideos },
	loadOptions: { getFonts },
};
