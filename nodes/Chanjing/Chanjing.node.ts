import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { videoFields, videoOperations } from './descriptions/video/Video.resource';

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
		credentials: [{ name: 'chanjingApi', required: true }],
		requestDefaults: {
			// One rule everywhere: spaces trimmed, an empty Base URL means Chanjing's own host.
			baseURL:
				'={{ String($credentials.baseUrl ?? "").trim().replace(/\\/+$/, "") || "https://open-api.chanjing.cc" }}',
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
