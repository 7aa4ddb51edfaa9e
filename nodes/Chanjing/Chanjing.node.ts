import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { videoFields, videoOperations } from './descriptions/video/Video.resource';
import { CREDENTIAL_TYPE, DEFAULT_BASE_URL } from './shared/api';

export class Chanjing implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chanjing',
		name: 'chanjing',
		icon: { light: 'file:chanjing.svg', dark: 'file:chanjing.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Generate videos with MiniMax Hailuo 02 on the Chanjing (蝉镜) Open API',
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
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Video', value: 'video' }],
				default: 'video',
			},
			videoOperations,
			...videoFields,
		],
	};
}
