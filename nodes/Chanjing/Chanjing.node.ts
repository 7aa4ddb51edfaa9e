import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { imageFields, imageOperations } from './descriptions/image/Image.resource';
import { modeActionsStop } from './descriptions/nodesPanel';
import { LATEST_VERSION, NODE_VERSIONS, onVersion } from './descriptions/shared/versions';
import { subtitle } from './descriptions/subtitle';
import { searchImageTasks, searchVideoTasks } from './methods/taskSearch';
import { videoFields, videoOperations } from './descriptions/video/Video.resource';
import { CREDENTIAL_TYPE, DEFAULT_BASE_URL } from './shared/api';

const VIDEO = { name: 'Video', value: 'video' };
const IMAGE = { name: 'Image', value: 'image' };

function resourceField(options: Array<typeof VIDEO>): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options,
		default: 'video',
	};
}

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
		description: 'Generate videos and images with the models of the Chanjing Open API',
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
			...onVersion(2, [resourceField([IMAGE, VIDEO])]),
			videoOperations,
			...videoFields,
			imageOperations,
			...imageFields,
		],
	};

	methods = {
		listSearch: { searchVideoTasks, searchImageTasks },
	};
}
