import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { accountResource } from './account/Account.resource';
import { aiImageResource } from './aiImage/Image.resource';
import { aiVideoResource } from './aiVideo/Video.resource';
import { CREDENTIAL_TYPE, DEFAULT_BASE_URL } from './api/credential';
import { avatarResource } from './avatar/Avatar.resource';
import { avatarVideoResource } from './avatarVideo/AvatarVideo.resource';
import { type ChanjingResource, resourceField } from './fields/resource';
import { lipSyncResource } from './lipSync/LipSync.resource';
import { LATEST_VERSION, NODE_VERSIONS, onVersion } from './fields/versions';
import { modeActionsStop } from './nodesPanel';
import { speechResource } from './speech/Speech.resource';
import { subtitle } from './subtitle';
import { voiceResource } from './voice/Voice.resource';

/** Chanjing's products as resources of the node: one line each. */
const RESOURCES: ChanjingResource[] = [
	aiVideoResource,
	aiImageResource,
	avatarVideoResource,
	speechResource,
	lipSyncResource,
	avatarResource,
	voiceResource,
	accountResource,
];

/**
 * Version 1 has only Video, so its Resource is fixed and not shown (as its Model is). n8n 1.x's
 * nodes panel lists the operations of every property named "resource" with options, whatever
 * its version: a second Resource dropdown would list each video action twice.
 */
const VERSION_1_RESOURCE: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'hidden',
	default: 'video',
};

export class Chanjing implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chanjing',
		name: 'chanjing',
		icon: { light: 'file:chanjing.svg', dark: 'file:chanjing.dark.svg' },
		group: ['transform'],
		version: NODE_VERSIONS,
		defaultVersion: LATEST_VERSION,
		subtitle,
		description:
			'Digital-human (avatar) videos, text to speech, and AI videos and images with the Chanjing Open API',
		defaults: { name: 'Chanjing' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: {
			// prepareAccessToken sets the credential's Base URL on every request (no per-item
			// expression); this default is only the host n8n treats as the node's own when the
			// credential restricts HTTP request domains.
			baseURL: DEFAULT_BASE_URL,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		properties: [
			modeActionsStop,
			...onVersion(1, [VERSION_1_RESOURCE]),
			...onVersion(2, [resourceField(RESOURCES, aiVideoResource.value)]),
			...RESOURCES.flatMap((resource) => resource.properties),
		],
	};

	methods = {
		listSearch: Object.assign({}, ...RESOURCES.map((resource) => resource.listSearch ?? {})),
		loadOptions: Object.assign({}, ...RESOURCES.map((resource) => resource.loadOptions ?? {})),
	};
}
