import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export const DEFAULT_BASE_URL = 'https://open-api.chanjing.cc';

/** Chanjing answers HTTP 200 with `code: 10400` (10401 in some clients) for a dead token. */
const TOKEN_REJECTED_CODES = [10400, 10401];

export class ChanjingApi implements ICredentialType {
	name = 'chanjingApi';

	displayName = 'Chanjing API';

	icon: Icon = {
		light: 'file:../nodes/Chanjing/chanjing.svg',
		dark: 'file:../nodes/Chanjing/chanjing.dark.svg',
	};

	documentationUrl = 'https://doc.chanjing.cc';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'An access token from the Chanjing open platform (valid for about one day)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description: 'Where the Chanjing Open API is served; change it only for a proxy or a local simulator',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				access_token: '={{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/open/v1/ai_creation/task/page',
			method: 'POST',
			body: { type: 4, page: 1, page_size: 1 },
		},
		rules: TOKEN_REJECTED_CODES.map((code) => ({
			type: 'responseSuccessBody' as const,
			properties: {
				key: 'code',
				value: code,
				message: `Chanjing rejected the access token (code ${code}): it is wrong, has expired or was replaced by a newer one`,
			},
		})),
	};
}
